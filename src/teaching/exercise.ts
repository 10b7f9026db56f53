/**
 * Exercise cells for the teaching primers: a student fills in an answer, a check cell says right,
 * wrong or not attempted, and with SANCTIONS_LAB_INSTRUCTOR=1 (or "true": the instructor flag) the
 * reference answer is shown and the primers render their worked solutions (solutions mode).
 * `exercise` compares a number with a reference; `exerciseProperty` checks a property that every
 * correct answer has (any method passes, and the check cell shows no answer).
 */
import { showHtml, inKernel, escapeHtml } from "../notebook/display";

export type Verdict = "right" | "wrong" | "not attempted";

export function instructorMode(): boolean {
  const v = process.env.SANCTIONS_LAB_INSTRUCTOR;
  return v === "1" || v === "true";
}

/** Compare a student's number with the reference within a relative tolerance. */
export function checkAnswer(answer: number | null | undefined, reference: number, relTol = 1e-6): Verdict {
  if (answer === null || answer === undefined || Number.isNaN(answer)) return "not attempted";
  return Math.abs(answer - reference) <= relTol * Math.max(1, Math.abs(reference)) ? "right" : "wrong";
}

/** Show the verdict (and, for instructors, the answer) under the check cell. */
export function exercise(name: string, answer: number | null | undefined, reference: number, relTol = 1e-6, explanation = ""): Verdict {
  const v = checkAnswer(answer, reference, relTol);
  const colour = v === "right" ? "#2e7d32" : v === "wrong" ? "#c62828" : "#6d6d6d";
  const extra = instructorMode() ? ` Reference answer: ${reference}. ${explanation}` : v === "not attempted" ? " Fill in the cell above and run this one again." : "";
  const text = `Exercise ${name}: ${v}.${extra}`;
  if (inKernel()) showHtml(`<div style="font-family:monospace"><span style="color:white;background:${colour};padding:1px 6px;border-radius:3px">${v}</span> ${escapeHtml(text)}</div>`);
  else console.log(text);
  return v;
}

/**
 * Check a property of the student's answer instead of comparing it with a stored value: `property`
 * returns true when the answer is correct, false or a short reason when it is not (a thrown error,
 * e.g. from an answer of the wrong shape, counts as wrong and its message is shown). Nothing about the
 * correct answer is printed, in instructor mode either: the primers render worked solutions separately.
 */
export function exerciseProperty<T>(name: string, answer: T | null | undefined, property: (a: T) => boolean | string): Verdict {
  let v: Verdict, reason = "";
  if (answer === null || answer === undefined || (typeof answer === "number" && Number.isNaN(answer))) v = "not attempted";
  else {
    try {
      const r = property(answer);
      v = r === true ? "right" : "wrong";
      if (typeof r === "string") reason = ` ${r}`;
    } catch (e) {
      v = "wrong";
      reason = ` ${(e as Error).message}`;
    }
  }
  const colour = v === "right" ? "#2e7d32" : v === "wrong" ? "#c62828" : "#6d6d6d";
  const extra = v === "not attempted" ? " Fill in the cell above and run this one again." : reason;
  const text = `Exercise ${name}: ${v}.${extra}`;
  if (inKernel()) showHtml(`<div style="font-family:monospace"><span style="color:white;background:${colour};padding:1px 6px;border-radius:3px">${v}</span> ${escapeHtml(text)}</div>`);
  else console.log(text);
  return v;
}

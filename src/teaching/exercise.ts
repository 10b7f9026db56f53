/**
 * Exercise cells for the teaching primers: a student fills in an answer, a check cell says right,
 * wrong or not attempted, and with SANCTIONS_LAB_INSTRUCTOR=1 the reference answer is shown.
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

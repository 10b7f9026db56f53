/**
 * The claims page of the HTML site, in headless Chromium: built from the committed claims, its four
 * filters (paper, kind, grade, display item) hide exactly the rows that do not match.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { REPO_ROOT } from "../../src/data/datadir";
import { launchChromium } from "../../src/notebook/export";
import { aggregate } from "../../src/report/aggregate";
import type { ClaimRecord } from "../../src/report/claims";
import { renderClaimsPage } from "../../src/report/site";

const records = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, "reports", "claims.json"), "utf8")) as ClaimRecord[];
const claims = aggregate(records);

describe("claims page", () => {
  let browser: Awaited<ReturnType<typeof launchChromium>> | null = null;
  afterAll(async () => {
    if (browser) await browser.close();
  });
  it("filters by paper, kind, grade and display item", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sl-site-"));
    const file = renderClaimsPage(records, dir);
    browser = await launchChromium();
    const page = await browser.context.newPage();
    await page.goto(`file://${file}`);
    const visible = () => page.locator("#claims tbody tr:visible").count();
    expect(await page.locator("#claims tbody tr").count()).toBe(claims.length);
    expect(await visible()).toBe(claims.length);
    await expect.poll(() => page.locator("#shown").textContent()).toBe(`${claims.length} of ${claims.length} claims`);

    await page.selectOption("select[name=paper]", "funke-wende-2025");
    expect(await visible()).toBe(claims.filter((c) => c.paper === "funke-wende-2025").length);
    await page.selectOption("select[name=kind]", "reproduction");
    const fw = claims.filter((c) => c.paper === "funke-wende-2025" && c.kind === "reproduction");
    expect(await visible()).toBe(fw.length);
    const grade = fw[0].grade;
    await page.selectOption("select[name=grade]", grade);
    expect(await visible()).toBe(fw.filter((c) => c.grade === grade).length);
    await page.selectOption("select[name=paper]", "");
    await page.selectOption("select[name=kind]", "");
    await page.selectOption("select[name=grade]", "");
    const itemValue = await page.locator("select[name=ditem] option").nth(1).getAttribute("value");
    await page.selectOption("select[name=ditem]", itemValue!);
    const n = await visible();
    expect(n).toBeGreaterThan(0);
    expect(n).toBeLessThan(claims.length);
    const rows = await page.locator("#claims tbody tr:visible").evaluateAll((rs) => rs.map((r) => (r as unknown as { dataset: Record<string, string> }).dataset.ditem));
    expect(new Set(rows)).toEqual(new Set([itemValue]));
  }, 120_000);
});

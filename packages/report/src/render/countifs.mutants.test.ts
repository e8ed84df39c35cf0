// Every COUNTIFS of the summary sheet, evaluated the way Excel does over the
// "Tất cả nhiệm vụ" sheet read back with SheetJS, gives the count the report
// shows. A formula pointing at the wrong column, or matching a lead as a whole
// cell instead of as a member of a "; " list, counts something else and fails.
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as XLSX from "@e965/xlsx";
import { describe, expect, it } from "vitest";
import { writeReportWorkbook } from "./report-workbook.js";
import { sampleModel } from "./sample-model.test-support.js";

/** Split a formula's argument list at commas outside string literals. */
function splitArgs(text: string): string[] {
  const args: string[] = [];
  let current = "";
  let quoted = false;
  let sheetQuoted = false;
  for (const ch of text) {
    if (ch === '"' && !sheetQuoted) quoted = !quoted;
    else if (ch === "'" && !quoted) sheetQuoted = !sheetQuoted;
    if (ch === "," && !quoted && !sheetQuoted) {
      args.push(current);
      current = "";
    } else current += ch;
  }
  args.push(current);
  return args;
}

/** The COUNTIFS terms of a sum "COUNTIFS(…)+COUNTIFS(…)", each as its argument list. */
function countIfsTerms(formula: string): string[][] {
  const terms: string[][] = [];
  let at = 0;
  while (at < formula.length) {
    if (!formula.startsWith("COUNTIFS(", at)) throw new Error(`not a COUNTIFS sum: ${formula}`);
    let i = at + "COUNTIFS(".length;
    let quoted = false;
    for (; i < formula.length; i++) {
      if (formula[i] === '"') quoted = !quoted;
      if (!quoted && formula[i] === ")") break;
    }
    terms.push(splitArgs(formula.slice(at + "COUNTIFS(".length, i)));
    at = i + 1;
    if (formula[at] === "+") at += 1;
  }
  return terms;
}

/** Excel's "=pattern" criterion: whole cell, case-insensitive, * ? wildcards, ~ escapes. */
function criterionRegex(literal: string): RegExp {
  const text = literal.slice(1, -1).replace(/""/g, '"');
  if (!text.startsWith("=")) throw new Error(`not an equality criterion: ${literal}`);
  let source = "";
  const body = text.slice(1);
  for (let i = 0; i < body.length; i++) {
    const ch = body[i] ?? "";
    if (ch === "~" && i + 1 < body.length) source += escapeRegex(body[++i] ?? "");
    else if (ch === "*") source += ".*";
    else if (ch === "?") source += ".";
    else source += escapeRegex(ch);
  }
  return new RegExp(`^${source}$`, "isu");
}
const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

function evaluate(formula: string, wb: XLSX.WorkBook): number {
  let sum = 0;
  for (const args of countIfsTerms(formula)) {
    const conditions: { sheet: XLSX.WorkSheet; column: string; re: RegExp }[] = [];
    for (let k = 0; k < args.length; k += 2) {
      const ref = /^'((?:[^']|'')+)'!\$([A-Z]+):\$\2$/.exec(args[k] ?? "");
      if (!ref) throw new Error(`not a whole-column range: ${args[k]}`);
      const sheet = wb.Sheets[(ref[1] ?? "").replace(/''/g, "'")];
      if (!sheet) throw new Error(`no sheet ${ref[1]}`);
      conditions.push({ sheet, column: ref[2] ?? "", re: criterionRegex(args[k + 1] ?? "") });
    }
    const last = Math.max(
      ...conditions.map((c) => XLSX.utils.decode_range(c.sheet["!ref"] ?? "A1").e.r + 1),
    );
    for (let row = 1; row <= last; row++) {
      const hit = conditions.every(({ sheet, column, re }) => {
        const cell = sheet[`${column}${row}`] as XLSX.CellObject | undefined;
        return cell !== undefined && re.test(String(cell.v ?? ""));
      });
      if (hit) sum += 1;
    }
  }
  return sum;
}

describe("the summary's COUNTIFS, evaluated independently", () => {
  it("each gives the count shown, for the status totals and both breakdowns", async () => {
    const dir = mkdtempSync(join(tmpdir(), "nhiemvu-countifs-"));
    const file = join(dir, "r.xlsx");
    await writeReportWorkbook(sampleModel(), { filename: file });
    const wb = XLSX.read(readFileSync(file), { cellFormula: true });
    const summary = wb.Sheets["Tổng hợp"];
    expect(summary).toBeDefined();
    const formulas = Object.entries(summary ?? {}).filter(
      ([addr, cell]) =>
        !addr.startsWith("!") &&
        typeof (cell as XLSX.CellObject).f === "string" &&
        (cell as XLSX.CellObject).f?.startsWith("COUNTIFS("),
    ) as [string, XLSX.CellObject][];
    const got = formulas.map(([addr, cell]) => [addr, evaluate(cell.f ?? "", wb)]);
    const shown = formulas.map(([addr, cell]) => [addr, cell.v]);
    expect(got).toEqual(shown);
    // 5 status totals + 5 statuses × (2 documents + 3 leads), not a vacuous pass.
    expect(formulas).toHaveLength(5 + 5 * 5);
    expect(shown.filter(([, v]) => v !== 0).length).toBeGreaterThanOrEqual(8);
  });
});

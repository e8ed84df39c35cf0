import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import ExcelJS from "exceljs";
import { defaultCatalogue, TRACKING_SHEET } from "@nhiemvu/core";
import * as XLSX from "@e965/xlsx";
import { beforeAll, describe, expect, it } from "vitest";

// `nhiemvu tracking`: the workbook a user without the add-in starts from.
const MAIN = fileURLToPath(new URL("../apps/cli/dist/main.js", import.meta.url));

function nhiemvu(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [MAIN, ...args], { cwd, encoding: "utf8" });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => {
  if (!existsSync(MAIN)) throw new Error(`${MAIN} is missing: run "npm run build" first`);
});

describe("nhiemvu tracking", () => {
  it("--blank writes the layout's headers, text-formatted columns, lists and a frozen header", async () => {
    const cwd = mkdtempSync(join(tmpdir(), "nhiemvu-tracking-"));
    const run = nhiemvu(["tracking", "--blank"], cwd);
    expect(run.code).toBe(0);
    const file = join(cwd, "out", "so-theo-doi-nhiem-vu.xlsx");
    expect(run.stdout).toContain(file);

    const wb = XLSX.read(readFileSync(file));
    expect(wb.SheetNames).toEqual([TRACKING_SHEET.sheetName, TRACKING_SHEET.listsSheetName]);
    expect(wb.Workbook?.Sheets?.[1]?.Hidden).toBe(1);
    const header = XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets[TRACKING_SHEET.sheetName] ?? {}, {
      header: 1,
    })[0];
    expect(header).toEqual(TRACKING_SHEET.columns.map((c) => c.header));

    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
    const ws = book.getWorksheet(TRACKING_SHEET.sheetName);
    expect(ws?.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    TRACKING_SHEET.columns.forEach((c, i) => {
      const column = ws?.getColumn(i + 1);
      expect(column?.numFmt, c.key).toBe(c.numFmt);
      expect(column?.hidden ?? false, c.key).toBe(c.hidden ?? false);
    });
    const statusColumn = TRACKING_SHEET.columns.findIndex((c) => c.key === "status") + 1;
    const validation = ws?.getCell(2, statusColumn).dataValidation;
    expect(validation).toMatchObject({ type: "list", formulae: [`'Danh mục'!$A$2:$A$6`] });
  });

  it("fills the catalogue's tasks, which nhiemvu report reads back", () => {
    const cwd = mkdtempSync(join(tmpdir(), "nhiemvu-tracking-"));
    expect(nhiemvu(["tracking", "--out", "so.xlsx", "--as-of", "2025-12-14"], cwd).code).toBe(0);
    const wb = XLSX.read(readFileSync(join(cwd, "so.xlsx")));
    const data = XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets[TRACKING_SHEET.sheetName] ?? {}, {
      header: 1,
    });
    expect(data.length - 1).toBe(defaultCatalogue().tasks.length);
    const report = nhiemvu(["report", "so.xlsx", "--month", "2025-12", "--out", "r.xlsx"], cwd);
    expect(report.code).toBe(0);
    const catalogueRun = nhiemvu(["report", "--month", "2025-12", "--out", "c.xlsx"], cwd);
    // The counts line is the same whether the tasks come from the catalogue or its tracking workbook.
    expect(report.stdout.split("\n")[1]).toBe(catalogueRun.stdout.split("\n")[1]);
  });
});

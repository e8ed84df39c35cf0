import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import ExcelJS from "exceljs";
import { isoToExcelSerial, isoOfUtcDate, TRACKING_SHEET } from "@nhiemvu/core";
import type { CellValue } from "../../apps/excel-addin/src/excel/excel-api.js";
import { FakeWorkbook } from "../../apps/excel-addin/test-support/fake-excel.js";
import { seedTable } from "../../apps/excel-addin/test-support/host.js";

/** The built CLI, run as an officer runs it. */
export const MAIN = fileURLToPath(new URL("../../apps/cli/dist/main.js", import.meta.url));

export function nhiemvu(args: string[], cwd: string, input?: string) {
  const r = spawnSync(process.execPath, [MAIN, ...args], {
    cwd,
    encoding: "utf8",
    ...(input !== undefined ? { input } : {}),
    env: { ...process.env, NHIEMVU_TODAY: "2025-12-14" },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

export async function readBook(file: string): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  return book;
}

/** A cell as Excel holds it: dates as serials, rich text as its text. */
export function excelValue(value: ExcelJS.CellValue): CellValue {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return isoToExcelSerial(isoOfUtcDate(value)) ?? "";
  if (typeof value === "object" && "richText" in value)
    return value.richText.map((r) => r.text).join("");
  if (typeof value === "object" && "result" in value)
    return excelValue(value.result as ExcelJS.CellValue);
  return value as CellValue;
}

/**
 * What Excel would show the add-in of a workbook file: its tracking table, cell
 * by cell with number formats, put into the add-in's fake Excel.
 */
export async function openInFakeExcel(file: string): Promise<FakeWorkbook> {
  const wb = await readBook(file);
  const fake = new FakeWorkbook();
  const ws = wb.getWorksheet(TRACKING_SHEET.sheetName);
  if (!ws) throw new Error("no tracking sheet");
  const tables = ws.getTables() as unknown as { table?: { tableRef: string; name: string } }[];
  const model = (tables[0]?.table ?? tables[0]) as { tableRef: string; name: string };
  const lastRow = /^A\d+:[A-Z]+(\d+)$/.exec(model.tableRef)?.[1];
  const width = TRACKING_SHEET.columns.length;
  const rows: CellValue[][] = [];
  for (let r = 1; r <= Number(lastRow); r += 1) {
    rows.push(
      Array.from({ length: width }, (_, c) => excelValue(ws.getRow(r).getCell(c + 1).value)),
    );
  }
  seedTable(fake, { sheet: ws.name, table: model.name, at: { row: 0, column: 0 }, rows });
  const sheet = fake.sheet(ws.name);
  for (let r = 1; r <= Number(lastRow); r += 1)
    for (let c = 0; c < width; c += 1)
      sheet?.setCell(r - 1, c, { format: ws.getRow(r).getCell(c + 1).numFmt ?? "General" });
  return fake;
}

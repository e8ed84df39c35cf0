import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import ExcelJS from "exceljs";
import {
  isoOfUtcDate,
  isoToExcelSerial,
  STATUS_LABELS,
  TRACKING_SHEET,
  type TaskStatus,
} from "@nhiemvu/core";
import * as XLSX from "@e965/xlsx";
import { beforeAll, describe, expect, it } from "vitest";
import { FakeWorkbook } from "../apps/excel-addin/test-support/fake-excel.js";
import { fakeHost, seedTable } from "../apps/excel-addin/test-support/host.js";
import { buildMonthReport } from "../apps/excel-addin/src/commands/report.js";
import { refreshStatus } from "../apps/excel-addin/src/commands/sheet.js";

/**
 * One tracking workbook, three ways to judge it: the pane's "Cập nhật trạng
 * thái", the pane's "Lập báo cáo tháng", and the built `nhiemvu report`. Every
 * row must get the same status from all three (one status engine in core).
 */
const MAIN = fileURLToPath(new URL("../apps/cli/dist/main.js", import.meta.url));
const AS_OF = "2025-12-14"; // cut-off of December 2025 under Nghị định 09
const dir = mkdtempSync(join(tmpdir(), "nhiemvu-same-"));
const book = join(dir, "so.xlsx");

function nhiemvu(args: string[]) {
  const run = spawnSync(process.execPath, [MAIN, ...args], {
    cwd: dir,
    encoding: "utf8",
    env: { ...process.env, TZ: "Asia/Ho_Chi_Minh" },
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

const header = () => TRACKING_SHEET.columns.map((c) => c.header);
const col = (key: string) => TRACKING_SHEET.columns.findIndex((c) => c.key === key) + 1;

/** The officer's edits, each a rule boundary: completions, a typed date, extensions. */
async function editWorkbook(): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(book);
  const ws = wb.getWorksheet(TRACKING_SHEET.sheetName);
  if (!ws) throw new Error("no tracking sheet");
  const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);
  const set = (row: number, key: string, value: ExcelJS.CellValue) => {
    ws.getRow(row).getCell(col(key)).value = value;
  };
  set(2, "completedOn", utc("2025-09-30"));
  set(3, "completedOn", utc("2025-12-10"));
  set(4, "originalDue", utc("2025-10-01")); // typed, differs from the words
  set(5, "extendedDue", utc("2026-01-31"));
  set(5, "extensionDocument", "Công văn 12/VPCP ngày 20/12/2025"); // approved after the cut-off
  set(6, "extendedDue", utc("2026-03-31"));
  set(6, "extensionDocument", "Công văn 7/VPCP ngày 01/12/2025");
  set(7, "completedOn", utc("2025-12-20")); // after the cut-off: not yet known
  await wb.xlsx.writeFile(book);
}

/** The workbook's rows as the pane sees them in Excel: dates as serial numbers. */
async function cellsOf(): Promise<(string | number | boolean)[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(book);
  const ws = wb.getWorksheet(TRACKING_SHEET.sheetName);
  if (!ws) throw new Error("no tracking sheet");
  const width = TRACKING_SHEET.columns.length;
  const out: (string | number | boolean)[][] = [];
  ws.eachRow((row) => {
    const cells = Array.from({ length: width }, (_, i) => {
      const v = row.getCell(i + 1).value;
      if (v instanceof Date) return isoToExcelSerial(isoOfUtcDate(v)) ?? "";
      if (v === null || v === undefined) return "";
      if (typeof v === "object") return "text" in v ? String(v.text) : "";
      return v;
    });
    out.push(cells);
  });
  return out;
}

const labelOf = (status: TaskStatus) => STATUS_LABELS[status];

describe("the pane's refresh, the pane's report and nhiemvu report agree on every row", () => {
  let refreshed = new Map<string, string>();
  let paneReport: string[] = [];
  let cliTasks = new Map<string, string>();
  let cliReport: string[] = [];

  beforeAll(async () => {
    expect(nhiemvu(["tracking", "--out", "so.xlsx"]).code).toBe(0);
    await editWorkbook();

    const cli = nhiemvu(["report", "so.xlsx", "--month", "2025-12", "--json", "--out", "r.xlsx"]);
    expect(cli.code, cli.stderr).toBe(0);
    const json = JSON.parse(cli.stdout) as { tasks: { code: string; status: TaskStatus }[] };
    cliTasks = new Map(json.tasks.map((t) => [t.code, labelOf(t.status)]));
    const all = XLSX.read(readFileSync(join(dir, "r.xlsx"))).Sheets["Tất cả nhiệm vụ"];
    cliReport = XLSX.utils
      .sheet_to_json<unknown[]>(all as XLSX.WorkSheet, { header: 1 })
      .slice(1)
      .map((r) => String(r[9]));

    const fake = new FakeWorkbook();
    const rows = await cellsOf();
    expect(rows[0]).toEqual(header());
    seedTable(fake, {
      sheet: TRACKING_SHEET.sheetName,
      table: TRACKING_SHEET.tableName,
      at: { row: 0, column: 0 },
      rows,
    });
    const host = fakeHost(fake);
    const result = await refreshStatus(host, AS_OF);
    expect(result.ok).toBe(true);
    const table = fake.table(TRACKING_SHEET.tableName);
    refreshed = new Map(
      (table?.rows() ?? []).map((r) => [String(r[col("code") - 1]), String(r[col("status") - 1])]),
    );
    const report = await buildMonthReport(host, {
      month: "2025-12",
      regime: "nd09",
      unit: "Đảng ủy Chính phủ",
    });
    expect(report.ok).toBe(true);
    const details = fake.sheet("BC 12-2025 Chi tiết");
    paneReport = (details?.values("I5:I400") ?? []).map((r) => String(r[0])).filter(Boolean);
  }, 180_000);

  it("the refresh and nhiemvu report give each task the same status", () => {
    expect(refreshed.size).toBeGreaterThan(60);
    const disagree = [...cliTasks].filter(([code, status]) => refreshed.get(code) !== status);
    expect(disagree).toEqual([]);
  });

  it("the pane's report and nhiemvu report list the same statuses, row by row", () => {
    expect(paneReport.length).toBeGreaterThan(60);
    expect(paneReport).toEqual(cliReport);
  });

  it("the edited rows are judged by the rules", () => {
    const codes = [...refreshed.keys()];
    // Row 7 was completed on 20/12, after the cut-off: not yet done as of 14/12.
    expect(refreshed.get(codes[5] ?? "")).not.toMatch(/^Đã hoàn thành/);
    // Row 3, completed 10/12, is done.
    expect(refreshed.get(codes[1] ?? "")).toMatch(/^Đã hoàn thành/);
  });
});

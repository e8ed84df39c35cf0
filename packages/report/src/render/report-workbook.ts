import ExcelJS from "exceljs";
import type { Writable } from "node:stream";
import type { DetailSheetId, ReportModel } from "../model/types.js";
import { writeDetailSheet } from "./detail-sheet.js";
import { safeSheetName } from "./sheet-name.js";
import { writeSummarySheet, type SummaryLinks } from "./summary-sheet.js";
import { writeTableSheet } from "./table-sheet.js";

/** Sheet names of the report (each ≤ 31 characters, no / \ : * ? [ ]). */
export const SHEET_NAMES = {
  summary: "Tổng hợp",
  all: "Tất cả nhiệm vụ",
  overdue: "Quá hạn chưa hoàn thành",
  dueNext: "Đến hạn kỳ sau",
  completed: "Hoàn thành trong kỳ",
  unreadable: "Thời hạn chưa xác định",
  units: "Đơn vị báo cáo",
  conflicts: "Số liệu không khớp",
  skipped: "Dòng bị bỏ qua",
} as const;

const DETAIL_ORDER: readonly DetailSheetId[] = [
  "all",
  "overdue",
  "dueNext",
  "completed",
  "unreadable",
];

export type ReportTarget = { filename: string } | { stream: Writable };

export interface RenderOptions {
  /** Called with (rows written so far, rows in all detail sheets). */
  onProgress?: (done: number, total: number) => void;
}

/** Total detail rows the renderer will write (for a progress bar). */
export function detailRowCount(model: ReportModel): number {
  return DETAIL_ORDER.reduce((n, id) => n + model.details[id].rows.length, 0);
}

/**
 * Write the report workbook with exceljs's streaming writer: the summary in the
 * official form first, then the detail lists, then (when present) the units,
 * conflicts and skipped-rows sheets. Returns the sheet names in order.
 */
export async function writeReportWorkbook(
  model: ReportModel,
  target: ReportTarget,
  options: RenderOptions = {},
): Promise<string[]> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    ...target,
    useStyles: true,
    useSharedStrings: false,
    ...(process.env.NHIEMVU_ZLIB
      ? { zip: { zlib: { level: Number(process.env.NHIEMVU_ZLIB) } } }
      : {}),
  });
  workbook.creator = "nhiemvu";
  workbook.title = model.header.title;
  // Fixed timestamps: the same data gives the same file (no hidden clock).
  workbook.created = new Date(`${model.asOf}T00:00:00Z`);
  workbook.modified = workbook.created;

  const names: string[] = [];
  const name = (text: string) => {
    const n = safeSheetName(text, names);
    names.push(n);
    return n;
  };
  const summaryName = name(SHEET_NAMES.summary);
  const detailNames = Object.fromEntries(
    DETAIL_ORDER.map((id) => [id, name(SHEET_NAMES[id])]),
  ) as Record<DetailSheetId, string>;
  const links: SummaryLinks = { allSheet: detailNames.all };
  if (model.units.length > 0) links.unitsSheet = name(SHEET_NAMES.units);
  if (model.conflicts.length > 0) links.conflictsSheet = name(SHEET_NAMES.conflicts);
  if (model.skipped.length > 0) links.skippedSheet = name(SHEET_NAMES.skipped);

  writeSummarySheet(workbook, summaryName, model, links);

  const total = detailRowCount(model);
  let done = 0;
  for (const id of DETAIL_ORDER) {
    await writeDetailSheet(workbook, detailNames[id], model.details[id], (n) => {
      done += n;
      options.onProgress?.(done, total);
    });
  }
  if (links.unitsSheet) {
    writeTableSheet(
      workbook,
      links.unitsSheet,
      "Tình hình nhận báo cáo của các đơn vị",
      [
        { header: "Đơn vị", width: 30 },
        { header: "Tệp", width: 40 },
        { header: "Tình trạng", width: 18 },
        { header: "Số dòng đọc được", width: 12 },
        { header: "Ghi chú", width: 60 },
      ],
      model.units.map((u) => [
        u.unit,
        u.file,
        u.state === "read" ? "Đã đọc" : u.state === "missing" ? "Thiếu tệp" : "Không đọc được",
        u.rows,
        u.message,
      ]),
    );
  }
  if (links.conflictsSheet) {
    writeTableSheet(
      workbook,
      links.conflictsSheet,
      "Nhiệm vụ có số liệu khác nhau giữa các đơn vị",
      [
        { header: "Nhiệm vụ", width: 60 },
        { header: "Thông tin", width: 18 },
        { header: "Giá trị theo từng đơn vị (tệp)", width: 60 },
        { header: "Giá trị dùng trong báo cáo", width: 22 },
        { header: "Mã nhiệm vụ", width: 26 },
      ],
      model.conflicts.map((c) => [
        c.task,
        c.field,
        c.values.map((v) => `${v.unit} (${v.file}): ${v.value || "(trống)"}`).join("; "),
        c.chosen || "(trống)",
        c.code,
      ]),
    );
  }
  if (links.skippedSheet) {
    writeTableSheet(
      workbook,
      links.skippedSheet,
      "Dòng không hợp lệ đã bỏ qua",
      [
        { header: "Tệp", width: 36 },
        { header: "Trang", width: 20 },
        { header: "Ô", width: 8 },
        { header: "Lỗi", width: 70 },
      ],
      model.skipped.map((s) => [s.file, s.sheet, s.cell, s.message]),
    );
  }
  await workbook.commit();
  return names;
}

/**
 * A file name for the month's report, ASCII so it survives mail and zip tools.
 * @example defaultReportFileName(model) // "bao-cao-nhiem-vu-2025-11-nd09.xlsx"
 */
export function defaultReportFileName(model: ReportModel): string {
  return `bao-cao-nhiem-vu-${model.period.month}-${model.period.regimeId}.xlsx`;
}

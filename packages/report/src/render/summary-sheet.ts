import { percentFormula } from "@nhiemvu/core";
import type { CellValue, Style, Workbook, Worksheet } from "exceljs";
import type { BreakdownRow, ReportModel } from "../model/types.js";
import { textCell } from "./cell-value.js";
import { COUNT_COLUMNS } from "./detail-columns.js";
import { columnRef, countIfs, countListMember, exact } from "./formulas.js";
import { landscapeA4 } from "./page.js";
import { STYLES } from "./styles.js";

/** What the summary needs to know about the other sheets. */
export interface SummaryLinks {
  /** Name of the "all tasks" sheet the formulas count over. */
  allSheet: string;
  /** Sheet names of the supplementary lists, when present (for the notes). */
  unitsSheet?: string;
  conflictsSheet?: string;
  skippedSheet?: string;
}

const WIDTHS = [6, 46, 15, 15, 15, 15, 15, 12];
const LAST = "H";

type CellStyle = Partial<Style>;

/** A small cursor over the summary sheet: rows are written top to bottom once. */
class SheetCursor {
  row = 0;
  constructor(private readonly ws: Worksheet) {}

  /** Write cells of the next row; `cells` are [column, value, style]. */
  next(cells: [string, CellValue, CellStyle][], height?: number): number {
    this.row += 1;
    const row = this.ws.getRow(this.row);
    for (const [col, value, style] of cells) {
      const cell = row.getCell(col);
      cell.value = value;
      cell.style = style;
    }
    if (height) row.height = height;
    return this.row;
  }

  skip(): void {
    this.row += 1;
  }

  merge(range: string): void {
    this.ws.mergeCells(range.replace(/#/g, String(this.row)));
  }

  /** Style the cells a merge covers so borders draw on the whole area. */
  fill(fromCol: string, toCol: string, style: CellStyle): void {
    const row = this.ws.getRow(this.row);
    for (let c = col(fromCol); c <= col(toCol); c += 1) row.getCell(c).style = style;
  }
}

function col(letter: string): number {
  return letter.charCodeAt(0) - 64;
}

function letter(index: number): string {
  return String.fromCharCode(64 + index);
}

/** A formula cell carrying its computed value; value only when no formula fits. */
function counted(formula: string | null, result: number): CellValue {
  return formula === null ? result : { formula, result };
}

function writeHeaderBlock(c: SheetCursor, model: ReportModel): void {
  const h = model.header;
  c.next(
    [
      ["A", textCell(h.issuingBody), STYLES.issuingBody],
      ["E", h.partyLine, STYLES.partyLine],
    ],
    32,
  );
  c.merge("A#:C#");
  c.merge("E#:H#");
  c.next([["A", "*", STYLES.plainCenter]]);
  c.merge("A#:C#");
  c.next([
    ["A", textCell(h.numberLine), STYLES.plainCenter],
    ["E", textCell(h.placeDateLine), STYLES.placeDate],
  ]);
  c.merge("A#:C#");
  c.merge("E#:H#");
  c.skip();
  c.next([["A", textCell(h.title), STYLES.title]], 40);
  c.merge(`A#:${LAST}#`);
  c.next([["A", textCell(h.periodLine), STYLES.subtitle]], 32);
  c.merge(`A#:${LAST}#`);
  c.next([["A", textCell(h.cutOffLine), STYLES.note]]);
  c.merge(`A#:${LAST}#`);
  c.skip();
}

const STATUS_NOTES: Record<string, string> = {
  no_deadline: "Nhiệm vụ khẩn trương, thường xuyên, không có thời hạn cụ thể: không tính quá hạn",
};

function writeStatusSection(c: SheetCursor, model: ReportModel, links: SummaryLinks): void {
  const statusRange = columnRef(links.allSheet, COUNT_COLUMNS.status);
  c.next([["A", "I. KẾT QUẢ THỰC HIỆN THEO TÌNH TRẠNG", STYLES.section]], 22);
  c.merge(`A#:${LAST}#`);
  c.next([
    ["A", "STT", STYLES.headerCell],
    ["B", "Chỉ tiêu", STYLES.headerCell],
    ["C", "Số nhiệm vụ", STYLES.headerCell],
    ["D", "Ghi chú", STYLES.headerCell],
  ]);
  c.fill("D", LAST, STYLES.headerCell);
  c.merge(`D#:${LAST}#`);

  const rowOf = new Map<string, number>();
  model.statusOrder.forEach((status, i) => {
    const label = model.statusLabels[status];
    const r = c.next([
      ["A", i + 1, STYLES.textCenter],
      ["B", label, STYLES.label],
      [
        "C",
        counted(countIfs([exact(statusRange, label)]), model.summary.byStatus[status]),
        STYLES.count,
      ],
      ["D", STATUS_NOTES[status] ?? "", STYLES.label],
    ]);
    c.fill("E", LAST, STYLES.label);
    c.merge(`D#:${LAST}#`);
    rowOf.set(status, r);
  });
  const ref = (status: string) => `C${rowOf.get(status) ?? 0}`;
  const first = rowOf.get(model.statusOrder[0] ?? "") ?? 0;
  const last = first + model.statusOrder.length - 1;
  const s = model.summary;

  const line = (label: string, value: CellValue, note: string, bold = true): number => {
    const r = c.next([
      ["A", "", STYLES.textCenter],
      ["B", label, bold ? STYLES.labelBold : STYLES.label],
      ["C", value, STYLES.countBold],
      ["D", note, STYLES.label],
    ]);
    c.fill("E", LAST, STYLES.label);
    c.merge(`D#:${LAST}#`);
    return r;
  };
  const totalRow = line(
    "Tổng số nhiệm vụ được giao",
    { formula: `SUM(C${first}:C${last})`, result: s.total },
    "",
  );
  const dueRow = line(
    "Số nhiệm vụ đến hạn",
    {
      formula: `${ref("done_on_time")}+${ref("done_late")}+${ref("open_overdue")}`,
      result: s.dueCount,
    },
    "= đã hoàn thành (đúng hạn và quá hạn) + chưa hoàn thành quá hạn",
  );
  const doneRow = line(
    "Số nhiệm vụ đã hoàn thành",
    { formula: `${ref("done_on_time")}+${ref("done_late")}`, result: s.completed },
    "= đã hoàn thành đúng hạn + đã hoàn thành quá hạn",
  );
  // One rate rule: core's percentFormula is percent() as a formula, "" on an empty denominator.
  const settings = { rounding: s.rounding, decimals: s.decimals };
  const rate = (
    label: string,
    numeratorRow: number,
    denominatorRow: number,
    value: number | null,
    note: string,
  ) => {
    const r = c.next([
      ["A", "", STYLES.textCenter],
      ["B", label, STYLES.labelBold],
      [
        "C",
        {
          formula: percentFormula(`C${numeratorRow}`, `C${denominatorRow}`, settings),
          result: value ?? "",
        },
        STYLES.percent,
      ],
      ["D", note, STYLES.label],
    ]);
    c.fill("E", LAST, STYLES.label);
    c.merge(`D#:${LAST}#`);
    return r;
  };
  rate(
    "Tỷ lệ hoàn thành trên số nhiệm vụ đến hạn",
    doneRow,
    dueRow,
    s.rateOfDue.percent,
    `Mẫu số: ${s.rateOfDue.denominatorName}`,
  );
  rate(
    "Tỷ lệ hoàn thành trên tổng số nhiệm vụ được giao",
    doneRow,
    totalRow,
    s.rateOfAssigned.percent,
    `Mẫu số: ${s.rateOfAssigned.denominatorName}`,
  );
  rate(
    "Tỷ lệ nhiệm vụ chưa hoàn thành quá hạn trên tổng số nhiệm vụ được giao",
    rowOf.get("open_overdue") ?? 0,
    totalRow,
    s.overdueRate.percent,
    `Mẫu số: ${s.overdueRate.denominatorName}`,
  );
  c.skip();
}

function writeBreakdown(
  c: SheetCursor,
  model: ReportModel,
  links: SummaryLinks,
  heading: string,
  keyHeader: string,
  rows: readonly BreakdownRow[],
  keyColumn: string,
  asList: boolean,
  note: string,
): void {
  const statusRange = columnRef(links.allSheet, COUNT_COLUMNS.status);
  const keyRange = columnRef(links.allSheet, keyColumn);
  c.next([["A", heading, STYLES.section]], 22);
  c.merge(`A#:${LAST}#`);
  const header: [string, CellValue, CellStyle][] = [
    ["A", "STT", STYLES.headerCell],
    ["B", keyHeader, STYLES.headerCell],
  ];
  model.statusOrder.forEach((status, i) => {
    header.push([letter(3 + i), model.statusLabels[status], STYLES.headerCell]);
  });
  header.push([LAST, "Tổng số", STYLES.headerCell]);
  c.next(header, 48);

  rows.forEach((row, i) => {
    const cells: [string, CellValue, CellStyle][] = [
      ["A", i + 1, STYLES.textCenter],
      ["B", textCell(row.label), STYLES.label],
    ];
    model.statusOrder.forEach((status, j) => {
      const byStatus = exact(statusRange, model.statusLabels[status]);
      const formula = asList
        ? countListMember(keyRange, row.key, [byStatus])
        : countIfs([exact(keyRange, row.key), byStatus]);
      cells.push([letter(3 + j), counted(formula, row.byStatus[status]), STYLES.count]);
    });
    const lastStatus = letter(2 + model.statusOrder.length);
    cells.push([
      LAST,
      { formula: `SUM(C${c.row + 1}:${lastStatus}${c.row + 1})`, result: row.total },
      STYLES.countBold,
    ]);
    c.next(cells);
  });
  if (rows.length === 0) {
    c.next([["B", "(Không có nhiệm vụ)", STYLES.label]]);
  }
  if (note) {
    c.next([["A", note, STYLES.note]]);
    c.merge(`A#:${LAST}#`);
  }
  c.skip();
}

function writeDataNotes(c: SheetCursor, model: ReportModel, links: SummaryLinks): void {
  const notes: string[] = [];
  if (model.units.length > 0) {
    const read = model.units.filter((u) => u.state === "read").length;
    const other = model.units.length - read;
    notes.push(
      `Số liệu tổng hợp từ ${read}/${model.units.length} đơn vị` +
        (other > 0
          ? `; ${other} đơn vị thiếu hoặc không đọc được tệp (xem trang "${links.unitsSheet ?? ""}").`
          : "."),
    );
  }
  if (model.conflicts.length > 0) {
    notes.push(
      `${model.conflicts.length} nhiệm vụ có số liệu khác nhau giữa các đơn vị (xem trang "${links.conflictsSheet ?? ""}").`,
    );
  }
  if (model.skipped.length > 0) {
    notes.push(
      `${model.skipped.length} dòng không hợp lệ đã bị bỏ qua (xem trang "${links.skippedSheet ?? ""}").`,
    );
  }
  if (notes.length === 0) return;
  c.next([["A", "IV. GHI CHÚ VỀ SỐ LIỆU", STYLES.section]], 22);
  c.merge(`A#:${LAST}#`);
  for (const text of notes) {
    c.next([["A", `- ${text}`, STYLES.label]], 30);
    c.fill("B", LAST, STYLES.label);
    c.merge(`A#:${LAST}#`);
  }
}

/** The summary sheet in the official form, with live COUNTIFS that carry their values. */
export function writeSummarySheet(
  workbook: Workbook,
  name: string,
  model: ReportModel,
  links: SummaryLinks,
): void {
  const ws = workbook.addWorksheet(name, {
    pageSetup: landscapeA4(),
    properties: { defaultRowHeight: 18 },
  });
  ws.columns = WIDTHS.map((width) => ({ width }));
  const c = new SheetCursor(ws);
  writeHeaderBlock(c, model);
  writeStatusSection(c, model, links);
  writeBreakdown(
    c,
    model,
    links,
    "II. THEO VĂN BẢN GIAO NHIỆM VỤ",
    "Văn bản",
    model.byDocument,
    COUNT_COLUMNS.document,
    false,
    "",
  );
  writeBreakdown(
    c,
    model,
    links,
    "III. THEO CƠ QUAN CHỦ TRÌ",
    "Cơ quan chủ trì",
    model.byLead,
    COUNT_COLUMNS.lead,
    true,
    "Nhiệm vụ có nhiều cơ quan cùng chủ trì được tính cho từng cơ quan.",
  );
  writeDataNotes(c, model, links);
  for (let r = 1; r <= c.row; r += 1) ws.getRow(r).commit();
  ws.commit();
}

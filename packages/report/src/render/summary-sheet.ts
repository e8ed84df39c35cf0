import { percentFormula } from "@nhiemvu/core";
import type { CellValue, Style, Workbook, Worksheet } from "exceljs";
import type { BreakdownRow, ReportModel } from "../model/types.js";
import { textCell } from "./cell-value.js";
import { COUNT_COLUMNS } from "./detail-columns.js";
import { columnRef, countIfs, countListMember, exact } from "./formulas.js";
import { columnPoints, documentPageNumbers, portraitA4, PRINTABLE_PT } from "./page.js";
import { FORM_STYLES, STYLES, type FormStyles } from "./styles.js";
import { rowHeight, type TextFont } from "./text-fit.js";

/** What the summary needs to know about the other sheets. */
export interface SummaryLinks {
  /** Name of the "all tasks" sheet the formulas count over. */
  allSheet: string;
  /** Sheet names of the supplementary lists, when present (for the notes). */
  unitsSheet?: string;
  conflictsSheet?: string;
  skippedSheet?: string;
}

/**
 * Column widths, chosen to fill the portrait page between the decree's margins
 * (165 mm) at 100 %: STT, label, one column per status (five), total. The
 * header block splits the page as the forms do: the issuing body over A:B,
 * the national or Party heading over C:H.
 */
const WIDTHS = [5, 26, 8.5, 8.5, 8.5, 8.5, 8.5, 8.5];
const LAST = "H";
const LEFT = ["A", "B"] as const;
const RIGHT = ["C", LAST] as const;
const ALL = ["A", LAST] as const;

/** The page's height, less a margin for the rounding of row heights. */
const PAGE_HEIGHT = PRINTABLE_PT.portrait.height - 6;
/** Space for a handwritten signature and the seal (three to four lines). */
const SIGNATURE_SPACE_PT = 66;
/** The short rule under the State form's issuing body and trích yếu (ND 30/2020, Phụ lục I, II.2 and II.5). */
const SHORT_RULE = "\u2014".repeat(5);
const GAP_AFTER_TABLE = 10;

type CellStyle = Partial<Style>;

/** One cell of a row: its columns (a merge when they differ), value and style. */
interface Put {
  cols: readonly [string, string] | string;
  value: CellValue;
  style: CellStyle;
}

function col(letter: string): number {
  return letter.charCodeAt(0) - 64;
}

function letter(index: number): string {
  return String.fromCharCode(64 + index);
}

function spanPoints(from: string, to: string): number {
  let width = 0;
  for (let c = col(from); c <= col(to); c += 1) width += columnPoints(WIDTHS[c - 1] ?? 8);
  return width;
}

function fontOf(style: CellStyle, text: string): TextFont {
  const caps = /\p{L}/u.test(text) && text === text.toLocaleUpperCase("vi");
  return { size: style.font?.size ?? 12, bold: style.font?.bold === true, caps };
}

function textOf(value: CellValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number") return String(value);
  if (typeof value === "object" && "richText" in value)
    return value.richText.map((r) => r.text).join("");
  if (typeof value === "object" && "result" in value) return String(value.result ?? "");
  return "";
}

/**
 * Rows written top to bottom once, with the height of each row set from its
 * text and a running count of the page's height, so a heading never ends a
 * page and a table continues under its own header row.
 */
class SummaryWriter {
  row = 0;
  private used = 0;
  constructor(private readonly ws: Worksheet) {}

  /** Height a row of these cells needs. */
  heightOf(cells: readonly Put[]): number {
    return rowHeight(
      cells.map((p) => {
        const [from, to] = typeof p.cols === "string" ? [p.cols, p.cols] : p.cols;
        const text = textOf(p.value);
        return [text, spanPoints(from, to), fontOf(p.style, text)] as const;
      }),
    );
  }

  put(cells: readonly Put[], minHeight = 0): number {
    const height = Math.max(minHeight, this.heightOf(cells));
    this.row += 1;
    this.used += height;
    const row = this.ws.getRow(this.row);
    row.height = height;
    for (const p of cells) {
      const [from, to] = typeof p.cols === "string" ? [p.cols, p.cols] : p.cols;
      const cell = row.getCell(from);
      cell.value = p.value;
      // Every cell of a merge gets the style, so borders draw round the whole area.
      for (let c = col(from); c <= col(to); c += 1) row.getCell(c).style = p.style;
      if (from !== to) this.ws.mergeCells(`${from}${this.row}:${to}${this.row}`);
    }
    return this.row;
  }

  /** Set a formula on a placed cell (its row is known once placed). */
  setFormula(ref: string, formula: string, result: number): void {
    this.ws.getCell(ref).value = { formula, result };
  }

  gap(height: number): void {
    this.row += 1;
    this.used += height;
    this.ws.getRow(this.row).height = height;
  }

  fits(height: number): boolean {
    return this.used + height <= PAGE_HEIGHT;
  }

  /** Start a new page unless `height` still fits on this one. */
  keep(height: number): boolean {
    if (this.fits(height) || this.used === 0) return false;
    this.ws.getRow(this.row).addPageBreak();
    this.used = 0;
    return true;
  }

  commit(): void {
    for (let r = 1; r <= this.row; r += 1) this.ws.getRow(r).commit();
  }
}

/** A formula cell carrying its computed value; value only when no formula fits. */
function counted(formula: string | null, result: number): CellValue {
  return formula === null ? result : { formula, result };
}

function writeHeaderBlock(w: SummaryWriter, model: ReportModel, s: FormStyles): void {
  const h = model.header;
  w.put([
    { cols: LEFT, value: textCell(h.issuingBody), style: s.issuingBody },
    { cols: RIGHT, value: h.partyLine, style: s.heading },
  ]);
  const mark = h.form === "state" ? SHORT_RULE : h.issuingMark;
  w.put([
    { cols: LEFT, value: mark, style: s.issuingMark },
    { cols: RIGHT, value: h.motto, style: s.motto },
  ]);
  w.put([
    { cols: LEFT, value: textCell(h.numberLine), style: s.numberLine },
    { cols: RIGHT, value: textCell(h.placeDateLine), style: s.placeDate },
  ]);
  w.gap(12);
  w.put([{ cols: ALL, value: h.docType, style: s.docType }]);
  w.put([{ cols: ALL, value: textCell(h.subject), style: s.subject }]);
  if (h.form === "state") w.put([{ cols: ALL, value: SHORT_RULE, style: s.rule }]);
  w.put([{ cols: ALL, value: textCell(h.periodLine), style: s.period }]);
  w.put([{ cols: ALL, value: textCell(h.cutOffLine), style: s.period }]);
  w.gap(8);
  w.put([{ cols: ALL, value: textCell(h.intro), style: s.body }]);
  w.gap(8);
}

const STATUS_NOTES: Record<string, string> = {
  no_deadline: "Nhiệm vụ khẩn trương, thường xuyên, không có thời hạn cụ thể: không tính quá hạn",
};

/** A section heading kept on the page with its table's header and first rows. */
function heading(w: SummaryWriter, text: string, header: readonly Put[], firstRows: number): void {
  const headingCells: Put[] = [{ cols: ALL, value: text, style: STYLES.section }];
  const first = w.heightOf(headingCells) + 4;
  w.keep(first + w.heightOf(header) + firstRows * 20);
  w.put(headingCells, first);
  w.put(header);
}

/**
 * A table row; on a new page the table's header row comes first again. With
 * `tail`, the row also keeps that much of what follows on its page (the last
 * row of the body carries the closing with it, so the signature never stands
 * alone on a page).
 */
function tableRow(
  w: SummaryWriter,
  header: readonly Put[],
  cells: readonly Put[],
  tail = 0,
): number {
  if (w.keep(w.heightOf(cells) + tail)) w.put(header);
  return w.put(cells);
}

function writeStatusSection(w: SummaryWriter, model: ReportModel, links: SummaryLinks): void {
  const statusRange = columnRef(links.allSheet, COUNT_COLUMNS.status);
  const header: Put[] = [
    { cols: "A", value: "STT", style: STYLES.headerCell },
    { cols: "B", value: "Chỉ tiêu", style: STYLES.headerCell },
    { cols: "C", value: "Số nhiệm vụ", style: STYLES.headerCell },
    { cols: ["D", LAST], value: "Ghi chú", style: STYLES.headerCell },
  ];
  heading(w, "I. KẾT QUẢ THỰC HIỆN THEO TÌNH TRẠNG", header, 3);

  const rowOf = new Map<string, number>();
  model.statusOrder.forEach((status, i) => {
    const label = model.statusLabels[status];
    const r = tableRow(w, header, [
      { cols: "A", value: i + 1, style: STYLES.textCenter },
      { cols: "B", value: label, style: STYLES.label },
      {
        cols: "C",
        value: counted(countIfs([exact(statusRange, label)]), model.summary.byStatus[status]),
        style: STYLES.count,
      },
      { cols: ["D", LAST], value: STATUS_NOTES[status] ?? "", style: STYLES.label },
    ]);
    rowOf.set(status, r);
  });
  const ref = (status: string) => `C${rowOf.get(status) ?? 0}`;
  const first = rowOf.get(model.statusOrder[0] ?? "") ?? 0;
  const last = first + model.statusOrder.length - 1;
  const s = model.summary;

  const line = (label: string, value: CellValue, note: string, style = STYLES.countBold) =>
    tableRow(w, header, [
      { cols: "A", value: "", style: STYLES.textCenter },
      { cols: "B", value: label, style: STYLES.labelBold },
      { cols: "C", value, style },
      { cols: ["D", LAST], value: note, style: STYLES.label },
    ]);
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
  // One rate rule: core's percentFormula is percent() as a formula ("" on an empty
  // denominator); the cell holds the fraction (0.9862) and its format shows "98,62%".
  const settings = { rounding: s.rounding, decimals: s.decimals };
  const rate = (
    label: string,
    numeratorRow: number,
    denominatorRow: number,
    percent: number | null,
    note: string,
  ) =>
    line(
      label,
      {
        formula: percentFormula(`C${numeratorRow}`, `C${denominatorRow}`, settings, {
          fraction: true,
        }),
        result:
          percent === null ? "" : Math.round(percent * 10 ** s.decimals) / 10 ** (s.decimals + 2),
      },
      note,
      STYLES.percent,
    );
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
  w.gap(10);
}

function writeBreakdown(
  w: SummaryWriter,
  model: ReportModel,
  links: SummaryLinks,
  title: string,
  keyHeader: string,
  rows: readonly BreakdownRow[],
  keyColumn: string,
  asList: boolean,
  note: string,
  tail = 0,
): void {
  const statusRange = columnRef(links.allSheet, COUNT_COLUMNS.status);
  const keyRange = columnRef(links.allSheet, keyColumn);
  const header: Put[] = [
    { cols: "A", value: "STT", style: STYLES.headerCell },
    { cols: "B", value: keyHeader, style: STYLES.headerCell },
    ...model.statusOrder.map((status, i): Put => ({
      cols: letter(3 + i),
      value: model.statusLabels[status],
      style: STYLES.headerCell,
    })),
    { cols: LAST, value: "Tổng số", style: STYLES.headerCell },
  ];
  heading(w, title, header, 2);

  rows.forEach((row, i) => {
    const cells: Put[] = [
      { cols: "A", value: i + 1, style: STYLES.textCenter },
      { cols: "B", value: textCell(row.label), style: STYLES.label },
    ];
    model.statusOrder.forEach((status, j) => {
      const byStatus = exact(statusRange, model.statusLabels[status]);
      const formula = asList
        ? countListMember(keyRange, row.key, [byStatus])
        : countIfs([exact(keyRange, row.key), byStatus]);
      cells.push({
        cols: letter(3 + j),
        value: counted(formula, row.byStatus[status]),
        style: STYLES.count,
      });
    });
    const lastStatus = letter(2 + model.statusOrder.length);
    // The row number is known only once the row is placed (after a page break
    // the header row comes first), so the total's formula is set after.
    const noteRow: Put[] = note ? [{ cols: ALL, value: note, style: STYLES.sectionNote }] : [];
    const last = i === rows.length - 1;
    const r = tableRow(
      w,
      header,
      [...cells, { cols: LAST, value: row.total, style: STYLES.countBold }],
      last ? tail + (note ? w.heightOf(noteRow) : 0) + GAP_AFTER_TABLE : 0,
    );
    w.setFormula(`${LAST}${r}`, `SUM(C${r}:${lastStatus}${r})`, row.total);
  });
  if (rows.length === 0) {
    tableRow(w, header, [
      { cols: "A", value: "", style: STYLES.textCenter },
      { cols: ["B", LAST], value: "(Không có nhiệm vụ)", style: STYLES.label },
    ]);
  }
  if (note) w.put([{ cols: ALL, value: note, style: STYLES.sectionNote }]);
  w.gap(GAP_AFTER_TABLE);
}

function dataNotes(model: ReportModel, links: SummaryLinks): string[] {
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
  return notes.map((text) => `- ${text}`);
}

const NOTES_HEADING = "IV. GHI CHÚ VỀ SỐ LIỆU";

function noteRows(notes: readonly string[]): Put[][] {
  return notes.map((text) => [{ cols: ALL, value: text, style: STYLES.sectionNote }]);
}

function writeDataNotes(w: SummaryWriter, notes: readonly string[]): void {
  const [first, ...rest] = noteRows(notes);
  if (!first) return;
  heading(w, NOTES_HEADING, first, 0);
  for (const row of rest) w.put(row);
  w.gap(GAP_AFTER_TABLE);
}

/** Height of the notes section, for the page the body's last row keeps. */
function notesHeight(w: SummaryWriter, notes: readonly string[]): number {
  if (notes.length === 0) return 0;
  const rows = [[{ cols: ALL, value: NOTES_HEADING, style: STYLES.section }], ...noteRows(notes)];
  return rows.reduce((sum, r) => sum + w.heightOf(r) + 4, GAP_AFTER_TABLE);
}

/** Rows of the closing: [cells, minimum height]. */
type ClosingRow = { cells: Put[]; min: number };

/**
 * "Nơi nhận" on the left and the signature block on the right (ND 30/2020,
 * Phụ lục I, II.7 and II.9; 36-HD/VPTW, II.1.7 and 1.9): the list runs down
 * its own column while the right one leaves room for the signature and seal.
 */
function closingRows(w: SummaryWriter, model: ReportModel, s: FormStyles): ClosingRow[] {
  const h = model.header;
  const list = h.recipients.map((r, i) => `- ${r}${i === h.recipients.length - 1 ? "." : ";"}`);
  const left: Put[] = [
    { cols: LEFT, value: "Nơi nhận:", style: s.recipientsHeading },
    ...list.map((text): Put => ({ cols: LEFT, value: textCell(text), style: s.recipient })),
  ];
  const top: Put[] = [
    ...(h.signer.authority
      ? [{ cols: RIGHT, value: textCell(h.signer.authority), style: s.signerTitle } as Put]
      : []),
    { cols: RIGHT, value: textCell(h.signer.position), style: s.signerTitle },
  ];
  const name: Put = { cols: RIGHT, value: textCell(h.signer.name), style: s.signerName };
  const rows: ClosingRow[] = [];
  let i = 0;
  const next = (right: Put | null): ClosingRow => {
    const cells: Put[] = [];
    const l = left[i];
    i += 1;
    if (l) cells.push(l);
    if (right) cells.push(right);
    return { cells, min: 0 };
  };
  for (const cell of top) rows.push(next(cell));
  // The signature space: rows beside the list until it is tall enough.
  let space = 0;
  while (space < SIGNATURE_SPACE_PT) {
    const row = next(null);
    const height = Math.max(16, w.heightOf(row.cells));
    row.min = Math.min(height, SIGNATURE_SPACE_PT - space);
    if (row.cells.length === 0) row.min = SIGNATURE_SPACE_PT - space;
    space += Math.max(row.min, w.heightOf(row.cells));
    rows.push(row);
  }
  rows.push(next(name));
  while (i < left.length) rows.push(next(null));
  return rows;
}

function closingHeight(w: SummaryWriter, rows: readonly ClosingRow[]): number {
  return rows.reduce((sum, r) => sum + Math.max(r.min, w.heightOf(r.cells)), CLOSING_GAP);
}

const CLOSING_GAP = 6;

function writeClosing(w: SummaryWriter, rows: readonly ClosingRow[]): void {
  w.gap(CLOSING_GAP);
  w.keep(closingHeight(w, rows));
  for (const r of rows) w.put(r.cells, r.min);
}

/**
 * The summary sheet in the official form of the reporting unit, portrait A4
 * at 100 %, with live COUNTIFS that carry their values.
 */
export function writeSummarySheet(
  workbook: Workbook,
  name: string,
  model: ReportModel,
  links: SummaryLinks,
): void {
  const ws = workbook.addWorksheet(name, {
    pageSetup: portraitA4(),
    headerFooter: documentPageNumbers(),
    properties: { defaultRowHeight: 18 },
  });
  ws.columns = WIDTHS.map((width) => ({ width }));
  const styles = FORM_STYLES[model.header.form];
  const w = new SummaryWriter(ws);
  const notes = dataNotes(model, links);
  const closing = closingRows(w, model, styles);
  writeHeaderBlock(w, model, styles);
  writeStatusSection(w, model, links);
  writeBreakdown(
    w,
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
    w,
    model,
    links,
    "III. THEO CƠ QUAN CHỦ TRÌ",
    "Cơ quan chủ trì",
    model.byLead,
    COUNT_COLUMNS.lead,
    true,
    "Nhiệm vụ có nhiều cơ quan cùng chủ trì được tính cho từng cơ quan.",
    notesHeight(w, notes) + closingHeight(w, closing),
  );
  writeDataNotes(w, notes);
  writeClosing(w, closing);
  w.commit();
  ws.commit();
}

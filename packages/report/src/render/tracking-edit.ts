import ExcelJS from "exceljs";
import {
  COMPUTED_COLUMN_KEYS,
  SHEET_COLUMNS,
  TRACKING_SHEET,
  columnLetter,
  isBlankRow,
  matchHeaders,
  normalizeTaskCode,
  rowFromCells,
  type HeaderMatch,
  type SheetCellValue,
  type SheetColumn,
  type SheetColumnKey,
  type SheetRow,
} from "@nhiemvu/core";
import { toSheetCell } from "./exceljs-cell.js";
import { dateCell, textCell } from "./cell-value.js";

/**
 * Editing an existing tracking workbook in place, for `nhiemvu import` and
 * `nhiemvu refresh`: find the table (or, when a program dropped the table
 * object, the sheet whose header row is the layout's), append rows under it,
 * rewrite computed cells. Every other cell, sheet and setting is left as read.
 * exceljs's in-memory model: tracking workbooks are a few thousand rows.
 */

export type TrackingOpenError =
  { code: "unreadable"; detail: string } | { code: "no_tracking_table"; missing: SheetColumnKey[] };

export interface TrackingBookRow {
  /** 1-based sheet row. */
  rowNumber: number;
  row: Partial<SheetRow>;
  blank: boolean;
}

export interface TrackingBook {
  workbook: ExcelJS.Workbook;
  sheet: ExcelJS.Worksheet;
  /** The table object, when the workbook has one. */
  table: { tableRef: string; autoFilterRef?: string } | null;
  /** 1-based row of the headers and column of the first table column. */
  headerRow: number;
  firstColumn: number;
  width: number;
  positions: HeaderMatch["positions"];
  rows: TrackingBookRow[];
}

const MAX_HEADER_SCAN = 10;

interface TableModel {
  name: string;
  style?: object;
  tableRef: string;
  autoFilterRef?: string;
}

function decode(ref: string): { top: number; left: number; bottom: number; right: number } {
  const [a = "", b = a] = ref.replace(/\$/g, "").split(":");
  const cell = (s: string) => {
    const m = /^([A-Z]+)(\d+)$/.exec(s);
    let col = 0;
    for (const ch of m?.[1] ?? "A") col = col * 26 + (ch.charCodeAt(0) - 64);
    return { row: Number(m?.[2] ?? 1), col };
  };
  const tl = cell(a);
  const br = cell(b);
  return { top: tl.row, left: tl.col, bottom: br.row, right: br.col };
}

const encode = (top: number, left: number, bottom: number, right: number) =>
  `${columnLetter(left - 1)}${top}:${columnLetter(right - 1)}${bottom}`;

function headerCells(sheet: ExcelJS.Worksheet, row: number, from: number, to: number) {
  const cells: SheetCellValue[] = [];
  for (let c = from; c <= to; c += 1) cells.push(toSheetCell(sheet.getRow(row).getCell(c).value));
  return cells;
}

function locate(workbook: ExcelJS.Workbook):
  | {
      sheet: ExcelJS.Worksheet;
      table: TableModel | null;
      headerRow: number;
      firstColumn: number;
      width: number;
      match: HeaderMatch;
    }
  | { missing: SheetColumnKey[] } {
  let best: SheetColumnKey[] = [...matchHeaders([]).missing];
  for (const sheet of workbook.worksheets) {
    for (const entry of sheet.getTables() as unknown as ({ table?: TableModel } & TableModel)[]) {
      const table = entry.table ?? entry;
      const box = decode(table.tableRef);
      const match = matchHeaders(headerCells(sheet, box.top, box.left, box.right));
      if (table.name === TRACKING_SHEET.tableName || match.missing.length === 0) {
        if (match.missing.length === 0) {
          return {
            sheet,
            table,
            headerRow: box.top,
            firstColumn: box.left,
            width: box.right - box.left + 1,
            match,
          };
        }
        best = match.missing;
      }
    }
  }
  // No table object (a program that does not keep tables saved the file): the
  // first sheet with the layout's header row.
  for (const sheet of workbook.worksheets) {
    const last = Math.max(sheet.columnCount, 1);
    for (let r = 1; r <= Math.min(MAX_HEADER_SCAN, sheet.rowCount); r += 1) {
      const match = matchHeaders(headerCells(sheet, r, 1, last));
      if (match.missing.length === 0) {
        const filled = headerCells(sheet, r, 1, last).map((c) => c !== null && c !== "");
        const width = filled.lastIndexOf(true) + 1;
        return { sheet, table: null, headerRow: r, firstColumn: 1, width, match };
      }
      if (match.missing.length < best.length) best = match.missing;
    }
  }
  return { missing: best };
}

/** Read a tracking workbook for editing. */
export async function openTrackingBook(
  file: string,
): Promise<{ ok: true; book: TrackingBook } | { ok: false; error: TrackingOpenError }> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.readFile(file);
  } catch (error) {
    return {
      ok: false,
      error: { code: "unreadable", detail: error instanceof Error ? error.message : String(error) },
    };
  }
  // A table saved without style info (LibreOffice writes none) would make
  // exceljs fail on save; an empty style writes it back as it was read.
  for (const sheet of workbook.worksheets)
    for (const entry of sheet.getTables() as unknown as ({ table?: TableModel } & TableModel)[])
      (entry.table ?? entry).style ??= {};
  const found = locate(workbook);
  if ("missing" in found)
    return { ok: false, error: { code: "no_tracking_table", missing: found.missing } };
  const { sheet, table, headerRow, firstColumn, width, match } = found;
  const tableBottom = table ? decode(table.tableRef).bottom : headerRow;
  const rows: TrackingBookRow[] = [];
  let lastFilled = headerRow;
  const bottom = Math.max(tableBottom, sheet.rowCount);
  for (let r = headerRow + 1; r <= bottom; r += 1) {
    const cells = headerCells(sheet, r, firstColumn, firstColumn + width - 1);
    const row = rowFromCells(cells, match.positions);
    const blank = isBlankRow(row) && cells.every((c) => c === null || c === "");
    if (!blank) lastFilled = r;
    if (r <= tableBottom || !blank) rows.push({ rowNumber: r, row, blank });
  }
  return {
    ok: true,
    book: {
      workbook,
      sheet,
      table,
      headerRow,
      firstColumn,
      width,
      positions: match.positions,
      rows: rows.filter((row) => row.rowNumber <= Math.max(lastFilled, tableBottom)),
    },
  };
}

/** Normalised codes of the rows already in the book (see core's taskCode). */
export function bookCodes(book: TrackingBook): Set<string> {
  const codes = new Set<string>();
  for (const { row, blank } of book.rows) {
    const code = typeof row.code === "string" ? row.code.trim() : "";
    if (!blank && code !== "") codes.add(normalizeTaskCode(code));
  }
  return codes;
}

function cellValue(column: SheetColumn, value: SheetCellValue | undefined): ExcelJS.CellValue {
  if (value === null || value === undefined || value === "") return null;
  if (column.type === "date") return typeof value === "string" ? dateCell(value) : value;
  if (column.type === "integer") return typeof value === "number" ? value : Number(value);
  return textCell(String(value));
}

/** Write one layout cell with its column's number format (text stays text). */
function put(book: TrackingBook, rowNumber: number, column: SheetColumn, value: SheetCellValue) {
  const index = book.positions[column.key as SheetColumnKey];
  if (index === undefined) return;
  const cell = book.sheet.getRow(rowNumber).getCell(book.firstColumn + index);
  cell.numFmt = column.numFmt;
  cell.value = cellValue(column, value);
}

/**
 * Rewrite a row's computed cells (status, due dates, days overdue, warnings)
 * where they differ from `row`; returns how many cells changed. User cells are
 * never written.
 */
export function writeComputedCells(
  book: TrackingBook,
  rowNumber: number,
  row: Partial<SheetRow>,
): number {
  let changed = 0;
  for (const key of COMPUTED_COLUMN_KEYS) {
    const column = SHEET_COLUMNS.find((c) => c.key === key);
    const index = book.positions[key];
    if (!column || index === undefined) continue;
    const current = toSheetCell(
      book.sheet.getRow(rowNumber).getCell(book.firstColumn + index).value,
    );
    const next = row[key] ?? null;
    if ((current ?? "") === (next ?? "")) continue;
    put(book, rowNumber, column, next);
    changed += 1;
  }
  return changed;
}

/**
 * Append rows under the last filled row (reusing the table's empty rows), and
 * grow the table, its drop-downs and highlights to cover them.
 */
export function appendBookRows(book: TrackingBook, rows: readonly SheetRow[]): void {
  if (rows.length === 0) return;
  const filled = book.rows.filter((r) => !r.blank).map((r) => r.rowNumber);
  const start = (filled.length > 0 ? Math.max(...filled) : book.headerRow) + 1;
  const templateRow = Math.max(start - 1, book.headerRow + 1);
  const ws = book.sheet;
  rows.forEach((row, i) => {
    const r = start + i;
    for (let c = 0; c < book.width; c += 1) {
      const template = ws.getRow(templateRow).getCell(book.firstColumn + c);
      const cell = ws.getRow(r).getCell(book.firstColumn + c);
      if (r !== templateRow) cell.style = { ...template.style };
    }
    for (const column of SHEET_COLUMNS) put(book, r, column, row[column.key]);
  });
  const last = start + rows.length - 1;
  const right = book.firstColumn + book.width - 1;
  const grow = (ref: string) => {
    const box = decode(ref);
    return box.bottom >= last ? ref : encode(box.top, box.left, last, box.right);
  };
  if (book.table) {
    book.table.tableRef = grow(book.table.tableRef);
    if (book.table.autoFilterRef) book.table.autoFilterRef = grow(book.table.autoFilterRef);
  }
  // Drop-downs: exceljs holds them cell by cell; give new cells their column's rule.
  const validations = (ws as unknown as { dataValidations: { model: Record<string, unknown> } })
    .dataValidations.model;
  for (let c = book.firstColumn; c <= right; c += 1) {
    const letter = columnLetter(c - 1);
    const rule =
      validations[`${letter}${templateRow}`] ?? validations[`${letter}${book.headerRow + 1}`];
    if (!rule) continue;
    for (let r = start; r <= last; r += 1) validations[`${letter}${r}`] ??= rule;
  }
  const formats = (ws as unknown as { conditionalFormattings?: { ref: string }[] })
    .conditionalFormattings;
  for (const format of formats ?? []) {
    const box = decode(format.ref);
    if (box.top === book.headerRow + 1 && box.left === book.firstColumn)
      format.ref = grow(format.ref);
  }
  book.rows.push(...rows.map((row, i) => ({ rowNumber: start + i, row, blank: false })));
}

/** Write the edited workbook to `file` (callers write to a temporary file and rename). */
export async function saveTrackingBook(book: TrackingBook, file: string): Promise<void> {
  await book.workbook.xlsx.writeFile(file);
}

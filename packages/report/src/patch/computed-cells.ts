import {
  COMPUTED_COLUMN_KEYS,
  SHEET_COLUMNS,
  isoToExcelSerial,
  type SheetCellValue,
  type SheetColumnKey,
  type SheetRow,
} from "@nhiemvu/core";
import { toSheetCell } from "../render/exceljs-cell.js";
import type { TrackingBook } from "../render/tracking-edit.js";
import type { CellContent, CellEdit } from "./sheet-xml.js";
import { patchXlsxCells, type PatchContext } from "./xlsx-patch.js";

/** One computed cell a refresh writes: where, and its new value as the layout holds it. */
export interface ComputedCellWrite {
  rowNumber: number;
  /** 1-based sheet column. */
  column: number;
  key: SheetColumnKey;
  value: SheetCellValue;
}

/** Whether an exceljs cell value is a formula (its own, or a share of one). */
const isFormula = (value: unknown) =>
  typeof value === "object" && value !== null && ("formula" in value || "sharedFormula" in value);

/**
 * The computed cells (status, due dates, days overdue, warnings) of one row
 * whose value differs from `row`, and every one that holds a formula (a
 * computed column holds values: a formula typed there is replaced by its
 * value, all the cells of a shared formula together, so none is left pointing
 * at a master that is gone); user cells are never among them.
 */
export function computedCellChanges(
  book: TrackingBook,
  rowNumber: number,
  row: Partial<SheetRow>,
): ComputedCellWrite[] {
  const writes: ComputedCellWrite[] = [];
  for (const key of COMPUTED_COLUMN_KEYS) {
    const index = book.positions[key];
    if (index === undefined) continue;
    const column = book.firstColumn + index;
    const raw = book.sheet.getRow(rowNumber).getCell(column).value;
    const current = toSheetCell(raw);
    const next = row[key] ?? null;
    if ((current ?? "") === (next ?? "") && !isFormula(raw)) continue;
    writes.push({ rowNumber, column, key, value: next });
  }
  return writes;
}

const columnOf = (key: SheetColumnKey) => SHEET_COLUMNS.find((c) => c.key === key);

/** Days between Excel's 1900 and 1904 date systems. */
const DAYS_1904 = 1462;

function content(write: ComputedCellWrite, context: PatchContext): CellContent {
  const { value } = write;
  if (value === null || value === "") return { type: "empty" };
  const type = columnOf(write.key)?.type;
  if (typeof value === "number") return { type: "number", value };
  if (type === "date") {
    const serial = isoToExcelSerial(value);
    if (serial !== null)
      return { type: "number", value: context.date1904 ? serial - DAYS_1904 : serial };
  }
  if (type === "integer" && /^-?\d+$/.test(value)) return { type: "number", value: Number(value) };
  return { type: "text", value };
}

/**
 * Write `writes` into a copy of the book's file: only those `<c>` elements of
 * the tracking sheet's part change; every other zip entry is copied as it is.
 * A new cell takes the style of the same column in the nearest row above. A
 * date is always shown as the layout's date format (dd/mm/yyyy): a cell whose
 * style has no date format gets a twin of that style that has.
 */
export async function patchComputedCells(
  book: TrackingBook,
  source: string,
  target: string,
  writes: readonly ComputedCellWrite[],
): Promise<number> {
  return patchXlsxCells(source, target, book.sheet.name, (context) =>
    writes.map((write): CellEdit => {
      const cell = content(write, context);
      const column = columnOf(write.key);
      const isDate = column?.type === "date" && cell.type === "number";
      return {
        row: write.rowNumber,
        column: write.column,
        content: cell,
        ...(isDate ? { style: (style) => context.dateStyle(style, column.numFmt) } : {}),
      };
    }),
  );
}

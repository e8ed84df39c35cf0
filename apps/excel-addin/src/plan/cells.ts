import {
  SHEET_COLUMNS,
  isoToExcelSerial,
  type HeaderMatch,
  type SheetCellValue,
  type SheetColumn,
  type SheetRow,
} from "@nhiemvu/core";
import type { CellValue } from "../excel/excel-api.js";

/** Number format of columns that are not the layout's (left as Excel's default). */
export const GENERAL_FORMAT = "General";

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The value written to Excel for a row cell: dates as Excel serials (shown by the
 * column's dd/mm/yyyy format), empty as "".
 * @example toCell(sheetColumn("originalDue"), "2025-01-01") // 45658
 */
export function toCell(column: SheetColumn, value: SheetCellValue | undefined): CellValue {
  if (value === null || value === undefined) return "";
  if (column.type === "date" && typeof value === "string" && ISO_DATE.test(value)) {
    return isoToExcelSerial(value) ?? value;
  }
  return value;
}

/** The cells of a row laid out at the table's own column positions ("" elsewhere). */
export function rowCells(
  row: Partial<SheetRow>,
  positions: HeaderMatch["positions"],
  width: number,
): CellValue[] {
  const cells: CellValue[] = Array.from({ length: width }, () => "");
  for (const column of SHEET_COLUMNS) {
    const index = positions[column.key];
    if (index !== undefined && index < width) cells[index] = toCell(column, row[column.key]);
  }
  return cells;
}

/** Number format of every table column: the layout's, or General for the user's own columns. */
export function tableFormats(positions: HeaderMatch["positions"], width: number): string[] {
  const formats = Array.from({ length: width }, () => GENERAL_FORMAT);
  for (const column of SHEET_COLUMNS) {
    const index = positions[column.key];
    if (index !== undefined && index < width) formats[index] = column.numFmt;
  }
  return formats;
}

/** Cell values of an Excel row as core's readers take them (booleans as text). */
export function sheetCells(cells: readonly CellValue[]): SheetCellValue[] {
  return cells.map((cell) => (typeof cell === "boolean" ? String(cell).toUpperCase() : cell));
}

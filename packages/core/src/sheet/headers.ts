import { foldForMatch } from "../text/normalize.js";
import type { SheetCellValue } from "./cells.js";
import { SHEET_COLUMNS, type SheetColumnKey } from "./columns.js";
import type { SheetRow } from "./row.js";

/** Columns without which a sheet is not a tracking sheet (rows cannot be read). */
export const REQUIRED_COLUMNS: readonly SheetColumnKey[] = [
  "code",
  "documentDate",
  "text",
  "deadlineText",
];

export interface HeaderMatch {
  /** 0-based position of each known column found in the header row. */
  positions: Partial<Record<SheetColumnKey, number>>;
  /** Required columns not found: the sheet is in another layout when non-empty. */
  missing: SheetColumnKey[];
  /** Headers that are not the layout's (columns the user added), kept as written. */
  extra: string[];
}

let byFoldedHeader: Map<string, SheetColumnKey> | undefined;

/**
 * Find the layout's columns in a header row, wherever the user moved them;
 * headers match regardless of case, spacing and NFC/NFD.
 * @example matchHeaders(["Mã nhiệm vụ", "Ngày văn bản", "NỘI DUNG NHIỆM VỤ", "Thời hạn (nguyên văn)"]).missing // []
 */
export function matchHeaders(headers: readonly SheetCellValue[]): HeaderMatch {
  byFoldedHeader ??= new Map(
    SHEET_COLUMNS.map((column) => [foldForMatch(column.header), column.key]),
  );
  const positions: Partial<Record<SheetColumnKey, number>> = {};
  const extra: string[] = [];
  headers.forEach((header, index) => {
    const written = typeof header === "string" ? header.normalize("NFC").trim() : "";
    if (written === "") return;
    const key = byFoldedHeader?.get(foldForMatch(written));
    if (key && positions[key] === undefined) positions[key] = index;
    else extra.push(written);
  });
  const missing = REQUIRED_COLUMNS.filter((key) => positions[key] === undefined);
  return { positions, missing, extra };
}

/** The positions' entries, taken once per header match (rowFromCells runs once per row). */
const entriesOf = new WeakMap<object, [SheetColumnKey, number][]>();

/** The row of a line of cells, by the positions matchHeaders found. */
export function rowFromCells(
  cells: readonly SheetCellValue[],
  positions: HeaderMatch["positions"],
): Partial<SheetRow> {
  let entries = entriesOf.get(positions);
  if (!entries) {
    entries = Object.entries(positions) as [SheetColumnKey, number][];
    entriesOf.set(positions, entries);
  }
  const row: Partial<SheetRow> = {};
  for (const [key, index] of entries) row[key] = cells[index] ?? null;
  return row;
}

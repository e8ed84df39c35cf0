import { SHEET_COLUMNS, type SheetColumnKey } from "./columns.js";

/**
 * Keys of the columns a refresh rewrites (evaluateRow's computed cells); every
 * other cell is the officer's and is never written by a refresh.
 */
export const COMPUTED_COLUMN_KEYS: readonly SheetColumnKey[] = SHEET_COLUMNS.filter(
  (column) => column.kind === "computed",
).map((column) => column.key);

import {
  isBlankRow,
  matchHeaders,
  rowFromCells,
  type HeaderMatch,
  type SheetRow,
} from "@nhiemvu/core";
import type { CellValue } from "../excel/excel-api.js";
import { sheetCells } from "./cells.js";
import type { PlanResult, TableSnapshot } from "./types.js";

/** An existing tracking table read back: where each layout column is, row by row. */
export interface TrackingTable {
  snapshot: TableSnapshot;
  positions: HeaderMatch["positions"];
  width: number;
  rows: { rowNumber: number; cells: CellValue[]; row: Partial<SheetRow>; blank: boolean }[];
}

/** 1-based sheet row number of a table's data row. */
export const rowNumberOf = (snapshot: TableSnapshot, index: number): number =>
  snapshot.headerRow + 2 + index;

/**
 * Match the snapshot's headers to core's layout (columns may have been moved,
 * and the user may have added their own); fails when required columns are gone.
 */
export function readTrackingTable(snapshot: TableSnapshot): PlanResult<TrackingTable> {
  const match = matchHeaders(sheetCells(snapshot.headers));
  if (match.missing.length > 0) {
    return { ok: false, error: { code: "not_tracking_table", missing: match.missing } };
  }
  const width = snapshot.headers.length;
  const rows = snapshot.rows.map((cells, index) => {
    const row = rowFromCells(sheetCells(cells), match.positions);
    const blank = isBlankRow(row) && cells.every((cell) => cell === "");
    return { rowNumber: rowNumberOf(snapshot, index), cells, row, blank };
  });
  return { ok: true, plan: { snapshot, positions: match.positions, width, rows } };
}

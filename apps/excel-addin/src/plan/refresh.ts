import { SHEET_COLUMNS, type IsoDate, type SheetRow, type TaskStatus } from "@nhiemvu/core";
import type { CellValue } from "../excel/excel-api.js";
import { blocksForColumns } from "./blocks.js";
import { rowCells, tableFormats } from "./cells.js";
import type { TrackingTable } from "./table.js";
import type { BlockWrite } from "./types.js";

export interface RefreshPlan {
  /** Writes to computed columns only: one block per run of adjacent computed columns. */
  blocks: BlockWrite[];
  asOf: IsoDate;
  refreshed: number;
  /** Rows core could not read: their computed cells are kept, the warning says why. */
  invalidRows: number[];
  byStatus: Partial<Record<TaskStatus, number>>;
}

/** Recomputation of one row (core's evaluateRow), injected to keep the plan pure. */
export type RowRecompute = (
  row: Partial<SheetRow>,
  at: { sheetName: string; rowNumber: number },
  asOf: IsoDate,
) => { ok: true; row: SheetRow; status: TaskStatus } | { ok: false };

const COMPUTED_KEYS = SHEET_COLUMNS.filter((column) => column.kind === "computed").map(
  (column) => column.key,
);

/**
 * "Cập nhật trạng thái": new computed cells for every row as of `asOf`. Only
 * computed columns are written; the user's cells and their own columns are not.
 */
export function planRefresh(
  table: TrackingTable,
  asOf: IsoDate,
  recompute: RowRecompute,
  invalidWarning: string,
): RefreshPlan {
  const computedIndexes = COMPUTED_KEYS.flatMap((key) => {
    const index = table.positions[key];
    return index === undefined ? [] : [index];
  });
  const warningsIndex = table.positions.warnings;
  const invalidRows: number[] = [];
  const byStatus: Partial<Record<TaskStatus, number>> = {};
  let refreshed = 0;
  const rows: CellValue[][] = table.rows.map(({ row, cells, rowNumber, blank }) => {
    if (blank) return cells.map(() => "");
    const outcome = recompute(row, { sheetName: table.snapshot.sheetName, rowNumber }, asOf);
    if (!outcome.ok) {
      invalidRows.push(rowNumber);
      const kept = [...cells];
      if (warningsIndex !== undefined) kept[warningsIndex] = invalidWarning;
      return kept;
    }
    refreshed += 1;
    byStatus[outcome.status] = (byStatus[outcome.status] ?? 0) + 1;
    return rowCells(outcome.row, table.positions, table.width);
  });
  return {
    blocks: blocksForColumns({
      row: table.snapshot.headerRow + 1,
      firstColumn: table.snapshot.firstColumn,
      rows,
      formats: tableFormats(table.positions, table.width),
      columns: computedIndexes,
    }),
    asOf,
    refreshed,
    invalidRows,
    byStatus,
  };
}

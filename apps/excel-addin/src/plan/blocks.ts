import type { CellValue } from "../excel/excel-api.js";
import type { BlockWrite } from "./types.js";

/**
 * Runs of consecutive column indexes, so a write can skip the columns it must
 * not touch (the user's own, or user columns during a refresh).
 * @example columnRuns([5, 1, 2, 3, 7, 8]) // [[1, 3], [5, 5], [7, 8]]
 */
export function columnRuns(indexes: readonly number[]): [number, number][] {
  const sorted = [...new Set(indexes)].sort((a, b) => a - b);
  const runs: [number, number][] = [];
  for (const index of sorted) {
    const last = runs.at(-1);
    if (last && last[1] === index - 1) last[1] = index;
    else runs.push([index, index]);
  }
  return runs;
}

/**
 * Blocks of a table region restricted to some of its columns: one block per
 * run of consecutive wanted columns.
 */
export function blocksForColumns(args: {
  /** 0-based sheet row of the first row and column of table column 0. */
  row: number;
  firstColumn: number;
  /** Table rows, full width. */
  rows: readonly (readonly CellValue[])[];
  /** Number format of each table column. */
  formats: readonly string[];
  /** Table column indexes to write. */
  columns: readonly number[];
}): BlockWrite[] {
  if (args.rows.length === 0) return [];
  return columnRuns(args.columns).map(([from, to]) => ({
    row: args.row,
    column: args.firstColumn + from,
    values: args.rows.map((cells) => cells.slice(from, to + 1).map((cell) => cell)),
    formats: args.formats.slice(from, to + 1),
  }));
}

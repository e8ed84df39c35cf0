import type { CellValue } from "../excel/excel-api.js";

/**
 * A rectangle of cells to write: values plus one number format per column
 * (formats go first, so "9/2025" in a text column is never read as a date).
 */
export interface BlockWrite {
  /** 0-based sheet row of the block's first row. */
  row: number;
  /** 0-based sheet column of the block's first column. */
  column: number;
  values: CellValue[][];
  formats: readonly string[];
}

/** What the apply layer read of an existing tracking table. */
export interface TableSnapshot {
  sheetName: string;
  tableName: string;
  /** 0-based sheet row of the header row. */
  headerRow: number;
  /** 0-based sheet column of the table's first column. */
  firstColumn: number;
  headers: CellValue[];
  /** The data body, one array per table row. */
  rows: CellValue[][];
}

/** Why a plan cannot be made; the pane words the code (messages.ts). */
export type PlanError =
  { code: "not_tracking_table"; missing: string[] } | { code: "nothing_to_add" };

export type PlanResult<T> = { ok: true; plan: T } | { ok: false; error: PlanError };

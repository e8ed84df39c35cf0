import { normalizeTaskCode, rowToTask, type SheetRow } from "@nhiemvu/core";
import { blocksForColumns } from "./blocks.js";
import { rowCells, tableFormats } from "./cells.js";
import type { TrackingTable } from "./table.js";
import type { BlockWrite } from "./types.js";

export interface AppendPlan {
  /** Rows Excel must add to the table first (trailing blank rows are reused). */
  addRows: number;
  /** The new rows, only in the layout's columns (the user's own columns stay as Excel fills them). */
  blocks: BlockWrite[];
  added: string[];
  /** Codes already in the sheet, or twice in the input: not written again. */
  duplicates: string[];
}

/** Task codes already in the table: the key cell, or the code core derives for a row without one. */
export function existingCodes(table: TrackingTable): Set<string> {
  const codes = new Set<string>();
  for (const { row, rowNumber, blank } of table.rows) {
    if (blank) continue;
    const written = typeof row.code === "string" ? row.code.normalize("NFC").trim() : "";
    if (written !== "") {
      codes.add(normalizeTaskCode(written));
      continue;
    }
    const read = rowToTask(row, { sheetName: table.snapshot.sheetName, rowNumber });
    if (read.ok) codes.add(normalizeTaskCode(read.task.code));
  }
  return codes;
}

/**
 * "Nhập từ văn bản": the chosen rows appended below the table, skipping codes
 * the sheet already has, reusing blank rows left at its end.
 */
export function planAppend(table: TrackingTable, rows: readonly SheetRow[]): AppendPlan {
  const known = existingCodes(table);
  const fresh: SheetRow[] = [];
  const duplicates: string[] = [];
  for (const row of rows) {
    const code = normalizeTaskCode(String(row.code ?? ""));
    if (known.has(code)) duplicates.push(code);
    else {
      known.add(code);
      fresh.push(row);
    }
  }
  let firstFree = table.rows.length;
  while (firstFree > 0 && table.rows[firstFree - 1]?.blank) firstFree -= 1;
  const reusable = table.rows.length - firstFree;
  const layoutColumns = Object.values(table.positions).filter((index) => index < table.width);
  return {
    addRows: Math.max(0, fresh.length - reusable),
    blocks: blocksForColumns({
      row: table.snapshot.headerRow + 1 + firstFree,
      firstColumn: table.snapshot.firstColumn,
      rows: fresh.map((row) => rowCells(row, table.positions, table.width)),
      formats: tableFormats(table.positions, table.width),
      columns: layoutColumns,
    }),
    added: fresh.map((row) => String(row.code ?? "")),
    duplicates,
  };
}

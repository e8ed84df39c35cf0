import {
  cellAddress,
  columnLetter,
  rowToTask,
  sheetColumn,
  type SheetCellValue,
  type SheetColumnKey,
  type SheetRowErrorCode,
} from "@nhiemvu/core";
import type { TrackingTable } from "./table.js";

export type ProblemCode = SheetRowErrorCode | "duplicate_code";

/** One problem of the sheet, at the cell the user must fix. */
export interface Problem {
  code: ProblemCode;
  column: SheetColumnKey;
  header: string;
  rowNumber: number;
  /** "M12" */
  cell: string;
  /** "'Theo dõi nhiệm vụ'!M12", what the pane selects on click. */
  address: string;
  value: SheetCellValue;
}

export interface CheckPlan {
  checked: number;
  valid: number;
  problems: Problem[];
}

/**
 * "Kiểm tra dữ liệu": every non-blank row read with core's rowToTask, each
 * problem placed at the cell where the column really is (users move columns),
 * and codes written twice.
 */
export function planCheck(table: TrackingTable): CheckPlan {
  const { sheetName, firstColumn } = table.snapshot;
  const at = (key: SheetColumnKey, rowNumber: number) => {
    const index = firstColumn + (table.positions[key] ?? 0);
    return {
      cell: `${columnLetter(index)}${rowNumber}`,
      address: cellAddress(sheetName, index, rowNumber),
    };
  };
  const problems: Problem[] = [];
  const seen = new Map<string, number>();
  let checked = 0;
  let valid = 0;
  for (const { row, rowNumber, blank } of table.rows) {
    if (blank) continue;
    checked += 1;
    const read = rowToTask(row, { sheetName, rowNumber });
    if (!read.ok) {
      for (const error of read.errors) {
        problems.push({
          code: error.code,
          column: error.column,
          header: error.header,
          rowNumber,
          ...at(error.column, rowNumber),
          value: error.value,
        });
      }
      continue;
    }
    const first = seen.get(read.task.code);
    if (first !== undefined) {
      problems.push({
        // The code column is hidden: point at the item's reference, which the user sees.
        code: "duplicate_code",
        column: "ref",
        header: sheetColumn("ref").header,
        rowNumber,
        ...at("ref", rowNumber),
        value: read.task.code,
      });
      continue;
    }
    seen.set(read.task.code, rowNumber);
    valid += 1;
  }
  return { checked, valid, problems };
}

import type { IsoDate } from "../dates/civil-date.js";
import { resolveDeadline } from "../deadline/resolve.js";
import type { Task } from "../model/task.js";
import { classifyTask } from "../status/classify.js";
import type { TaskStatus } from "../status/labels.js";
import { SHEET_COLUMNS, type SheetColumnKey } from "./columns.js";
import { rowToTask, taskToRow, type SheetRow, type SheetRowError } from "./row.js";

export type RecomputeResult =
  | { ok: true; task: Task; row: SheetRow; status: TaskStatus }
  | { ok: false; errors: SheetRowError[] };

/** Keys of the columns a refresh rewrites; every other cell is the officer's. */
export const COMPUTED_COLUMN_KEYS: readonly SheetColumnKey[] = SHEET_COLUMNS.filter(
  (column) => column.kind === "computed",
).map((column) => column.key);

/**
 * Re-derive a row's computed cells from the cells the user owns, as of a date:
 * the one refresh rule of the add-in's "Cập nhật trạng thái" and `nhiemvu
 * refresh`. The original due date comes from the deadline words again (they
 * may have been edited); when the words name no date (unparsed, unknown event
 * date) the date already in the cell is kept, since a person may have typed it.
 */
export function recomputeSheetRow(
  row: Partial<SheetRow>,
  at: { sheetName: string; rowNumber: number },
  asOf: IsoDate,
): RecomputeResult {
  const read = rowToTask({ ...row, originalDue: null }, at);
  if (!read.ok) return read;
  const kept = rowToTask(row, at);
  const task = read.task;
  const named = task.deadline.kind === "recurring" ? null : resolveDeadline(task.deadline, {}).due;
  const noDate = ["urgent", "ongoing", "recurring"].includes(task.deadline.kind);
  const originalDue = named ?? (noDate || !kept.ok ? null : kept.task.originalDue);
  const withDue: Task = {
    ...task,
    originalDue,
    currentDue: task.extensions.at(-1)?.newDue ?? originalDue,
  };
  const classification = classifyTask(withDue, asOf);
  return {
    ok: true,
    task: withDue,
    row: taskToRow(withDue, classification),
    status: classification.status,
  };
}

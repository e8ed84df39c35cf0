import {
  classifyTask,
  resolveDeadline,
  rowToTask,
  taskToRow,
  type IsoDate,
  type SheetRow,
  type SheetRowError,
  type Task,
  type TaskStatus,
} from "@nhiemvu/core";

/**
 * The one place the add-in joins core's rules: a task's row with its computed
 * cells (status, due dates, days overdue, warnings) as of a date.
 */

/** Row of a task with its classification as of `asOf`. */
export function rowOfTask(task: Task, asOf: IsoDate): SheetRow {
  return classifiedRow(task, asOf).row;
}

function classifiedRow(task: Task, asOf: IsoDate): { row: SheetRow; status: TaskStatus } {
  const classification = classifyTask(task, asOf);
  return { row: taskToRow(task, classification), status: classification.status };
}

export type RecomputeResult =
  | { ok: true; task: Task; row: SheetRow; status: TaskStatus }
  | { ok: false; errors: SheetRowError[] };

/**
 * Re-derive a row's computed cells from the cells the user owns. The original
 * due date comes from the deadline words again (they may have been edited); when
 * the words name no date (unparsed, unknown event date) the date already in the
 * cell is kept, since a person may have typed it there.
 */
export function recomputeRow(
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
  return { ok: true, task: withDue, ...classifiedRow(withDue, asOf) };
}

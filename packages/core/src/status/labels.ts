/**
 * Status of a task (or of one occurrence of a recurring task) as of a date.
 * Computed from dates, never typed by hand.
 */
export type TaskStatus =
  "done_on_time" | "done_late" | "open_on_time" | "open_overdue" | "no_deadline";

/** Every status in report order. */
export const TASK_STATUSES = [
  "done_on_time",
  "done_late",
  "open_on_time",
  "open_overdue",
  "no_deadline",
] as const satisfies readonly TaskStatus[];

/** Vietnamese labels, as reports print them. */
export const STATUS_LABELS: Readonly<Record<TaskStatus, string>> = Object.freeze({
  done_on_time: "Đã hoàn thành đúng hạn",
  done_late: "Đã hoàn thành quá hạn",
  open_on_time: "Chưa hoàn thành - trong hạn",
  open_overdue: "Chưa hoàn thành - quá hạn",
  no_deadline: "Không thời hạn",
});

/** Label of the "due soon" warning (sắp đến hạn). */
export const DUE_SOON_LABEL = "Sắp đến hạn";

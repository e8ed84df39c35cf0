/**
 * Status keys in report order. The type mirrors core/status's TaskStatus
 * (contracts.md); kept here so the renderer compiles on its own.
 */
export type TaskStatus =
  "done_on_time" | "done_late" | "open_on_time" | "open_overdue" | "no_deadline";

/** Order of the summary's rows and columns, as official reports list them. */
export const STATUS_ORDER: readonly TaskStatus[] = [
  "done_on_time",
  "done_late",
  "open_on_time",
  "open_overdue",
  "no_deadline",
];

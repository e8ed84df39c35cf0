import { SHEET_WARNING_LABELS, STATUS_LABELS } from "@nhiemvu/core";

/** The labels the sheet's highlights test for: core's own words, never retyped. */
export const HIGHLIGHT_LABELS = {
  overdue: STATUS_LABELS.open_overdue,
  done: [STATUS_LABELS.done_on_time, STATUS_LABELS.done_late],
  dueSoon: SHEET_WARNING_LABELS.dueSoon,
} as const;

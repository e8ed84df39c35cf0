import type { ExtractionWarning } from "../extract/warnings.js";
import { EXTRACTION_WARNING_LABELS, NOT_TASK_REASON_LABELS } from "./labels.js";
import { viDatesIn } from "./vi-dates.js";

/**
 * The detail of a warning as an officer reads it: a reason code in words,
 * dates as dd/mm/yyyy; null when there is none.
 */
export function warningDetail(w: ExtractionWarning): string | null {
  if (!w.detail) return null;
  if (w.code === "skipped_no_action")
    return NOT_TASK_REASON_LABELS[w.detail as keyof typeof NOT_TASK_REASON_LABELS] ?? null;
  if (w.code === "document_year_inferred") return `năm ${w.detail}`;
  return viDatesIn(w.detail);
}

/** One extraction warning in Vietnamese: its label, then its detail. */
export function describeExtractionWarning(w: ExtractionWarning): string {
  const detail = warningDetail(w);
  return `${EXTRACTION_WARNING_LABELS[w.code]}${detail ? `: ${detail}` : ""}`;
}

import { z } from "zod";
import { headOnWord } from "../text/word-cut.js";

/**
 * Why extraction wants a person's look, or what it left out on purpose.
 * Stable codes; apps map them to Vietnamese words. Nothing in a numbered
 * item disappears silently: it becomes a task or one of these.
 * - no_subject: a task whose lead could not be found (kept, lead empty)
 * - two_deadlines: an item names more than one different deadline (the first is used)
 * - deadline_may_belong_to_previous_sentence: the deadline sits in a sentence of its own
 * - skipped_praise: praise or endorsement ("Cơ bản thống nhất…", "ghi nhận và biểu dương…")
 * - skipped_permission: a permission ("Đồng ý để…")
 * - skipped_heading: an introduction to sub-items, passed on to them
 * - skipped_no_action: a paragraph with no assignment in it (news lead, context)
 * - unknown_agency: a body not in the registry, kept as written
 * - not_a_deadline_date: a date that is not a due date (session, cited document, target year)
 * - numbering_corrected: a repeated or skipped marker was read as the one the order needs
 * - footnote_unlinked: a footnote body whose marker is not found in the text
 * - document_date_missing: no date found and none given; deadlines without a year are guesses
 * - document_year_inferred: the document's date was printed without its year
 * - reference_date_conflict: a cited document is given two different dates
 */
export const ExtractionWarningCode = z.enum([
  "no_subject",
  "two_deadlines",
  "deadline_may_belong_to_previous_sentence",
  "skipped_praise",
  "skipped_permission",
  "skipped_heading",
  "skipped_no_action",
  "unknown_agency",
  "not_a_deadline_date",
  "numbering_corrected",
  "footnote_unlinked",
  "document_date_missing",
  "document_year_inferred",
  "reference_date_conflict",
]);
export type ExtractionWarningCode = z.infer<typeof ExtractionWarningCode>;

/** One warning: a stable code, the item it concerns and the words in question. */
export const ExtractionWarning = z.strictObject({
  code: ExtractionWarningCode,
  /** Reference of the item in the document's numbering ("5(ii)", "¶3"); "" for the document. */
  ref: z.string(),
  /** The words concerned, shortened (NFC). */
  excerpt: z.string(),
  /** Extra data for the code: the agency name, the two dates, the corrected marker. */
  detail: z.string().optional(),
});
export type ExtractionWarning = z.infer<typeof ExtractionWarning>;

/** First words of a text for a warning, on a word boundary. */
export function excerptOf(text: string, max = 120): string {
  // Single spaces only (the usual case): nothing to flatten, so no copy of the text.
  const flat = (/\s\s|[^\S ]/.test(text) ? text.replace(/\s+/g, " ") : text).trim();
  if (flat.length <= max) return flat;
  return `${headOnWord(flat, max)}…`;
}

import { formatViDate } from "../dates/civil-date.js";

const ISO_IN_TEXT = /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/gu;

/**
 * Every ISO date inside a message written as officers read dates (dd/mm/yyyy),
 * through core's one date formatter.
 * @example viDatesIn("2025-07-04 ≠ 2025-07-14") // "04/07/2025 ≠ 14/07/2025"
 */
export function viDatesIn(text: string): string {
  return text.replace(ISO_IN_TEXT, (iso) => formatViDate(iso));
}

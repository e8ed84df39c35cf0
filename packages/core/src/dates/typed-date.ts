import { formatReportMonth } from "../period/months.js";
import { isoFromParts, type IsoDate } from "./civil-date.js";

/**
 * Dates and months as officers type them into the CLI and the pane: day first
 * (dd/mm/yyyy, with "/", "-" or "." and optional spaces), as Vietnamese
 * documents write dates, or ISO. One parser for every input field.
 */

const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const VI_DATE = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})$/;
const ISO_MONTH = /^(\d{4})-(\d{1,2})$/;
const VI_MONTH = /^(\d{1,2})\s*[/.-]\s*(\d{4})$/;

/**
 * A typed date: dd/mm/yyyy or YYYY-MM-DD; null when it names no real day.
 * @example parseTypedDate("5/12/2025") // "2025-12-05"
 * @example parseTypedDate("31/02/2026") // null
 */
export function parseTypedDate(text: string): IsoDate | null {
  const value = text.trim();
  const iso = ISO_DATE.exec(value);
  if (iso) return isoFromParts(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const vi = VI_DATE.exec(value);
  if (vi) return isoFromParts(Number(vi[3]), Number(vi[2]), Number(vi[1]));
  return null;
}

/**
 * A typed month: mm/yyyy or YYYY-MM, returned as "YYYY-MM"; null when no month.
 * @example parseTypedMonth("9/2025") // "2025-09"
 */
export function parseTypedMonth(text: string): string | null {
  const value = text.trim();
  const iso = ISO_MONTH.exec(value);
  const vi = VI_MONTH.exec(value);
  const [year, month] = iso ? [iso[1], iso[2]] : vi ? [vi[2], vi[1]] : [];
  if (year === undefined || month === undefined) return null;
  const m = Number(month);
  if (m < 1 || m > 12 || Number(year) < 1) return null;
  return formatReportMonth(Number(year), m);
}

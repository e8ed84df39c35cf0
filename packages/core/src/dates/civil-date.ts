import { z } from "zod";

/**
 * A civil (calendar) date as it crosses every boundary: `YYYY-MM-DD`.
 * Rules work on these strings or on local-midnight `Date`s made by `fromIso`,
 * never on instants, so a deadline cannot move a day with the time zone.
 */
// Pure: a bundle that uses only the date functions leaves zod out.
export const IsoDate = /* @__PURE__ */ z.iso.date();
export type IsoDate = z.infer<typeof IsoDate>;

const ISO_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Local-midnight Date for an ISO civil date (what date-fns arithmetic expects).
 * @example fromIso("2025-12-31").getDate() // 31
 */
export function fromIso(iso: string): Date {
  const m = ISO_RE.exec(iso);
  if (!m) throw notIsoDate(iso);
  const date = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  // "2025-13-45" would roll over to a later day: a date that does not exist is rejected.
  if (date.getMonth() !== Number(m[2]) - 1 || date.getDate() !== Number(m[3])) {
    throw notIsoDate(iso);
  }
  return date;
}

function notIsoDate(value: unknown): RangeError {
  return new RangeError(`not an ISO date (YYYY-MM-DD): ${JSON.stringify(value)}`);
}

/**
 * Throws a RangeError quoting `value` unless it is a real `YYYY-MM-DD` day: the
 * one check every rule taking an IsoDate makes at its entry.
 * @example assertIsoDate("2025-13-45") // RangeError: not an ISO date (YYYY-MM-DD): "2025-13-45"
 */
export function assertIsoDate(value: unknown): asserts value is IsoDate {
  // Arithmetic, not a Date: every parsed phrase checks its document's date.
  if (typeof value !== "string" || !isIsoDate(value)) throw notIsoDate(value);
}

/**
 * ISO civil date of a local Date (its calendar day where the code runs).
 * @example toIso(new Date(2025, 8, 30)) // "2025-09-30"
 */
export function toIso(date: Date): IsoDate {
  const y = String(date.getFullYear()).padStart(4, "0");
  const m = String(date.getMonth() + 1).padStart(2, "0");
  const d = String(date.getDate()).padStart(2, "0");
  return `${y}-${m}-${d}`;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * A real YYYY-MM-DD day, as the IsoDate schema accepts it (Gregorian leap
 * years), without zod: status rules check a date per task of a report.
 * @example isIsoDate("2024-02-29") // true
 * @example isIsoDate("2025-02-29") // false
 */
export function isIsoDate(text: string): text is IsoDate {
  // Read by character codes: every parsed deadline phrase checks its document's date.
  if (text.length !== 10 || text.charCodeAt(4) !== DASH || text.charCodeAt(7) !== DASH)
    return false;
  const y = digits(text, 0, 4);
  const mo = digits(text, 5, 7);
  const d = digits(text, 8, 10);
  return y >= 0 && mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}

const DASH = 0x2d;

/** The number the ASCII digits text[from, to) write; -1 if one is no digit. */
function digits(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i += 1) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

/**
 * Days in month 1–12 of a year of the Gregorian calendar (leap years every 4,
 * not every 100, every 400).
 * @example daysInMonth(2024, 2) // 29
 */
export function daysInMonth(year: number, month: number): number {
  if (month !== 2) return MONTH_DAYS[month - 1] ?? NaN;
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
}

/**
 * ISO civil date from year, month (1–12) and day; null when the day does not exist.
 * @example isoFromParts(2025, 2, 29) // null
 */
export function isoFromParts(year: number, month: number, day: number): IsoDate | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  // Years before 100 stay unplaced, as when this was checked through a Date
  // (which reads years 0–99 as 1900–1999 and so never gave them back).
  if (month < 1 || month > 12 || day < 1 || year < 100 || year > 9999) return null;
  if (day > daysInMonth(year, month)) return null;
  // Arithmetic, not a local Date: the same in every time zone, and no Date per call.
  return `${String(year).padStart(4, "0")}-${month < 10 ? "0" : ""}${month}-${day < 10 ? "0" : ""}${day}`;
}

/**
 * The UTC instant at midnight of an ISO date: what a spreadsheet writer needs so
 * that the cell shows the same day in every time zone (exceljs writes Dates as UTC).
 * @example utcDateOf("2025-09-30").toISOString() // "2025-09-30T00:00:00.000Z"
 */
export function utcDateOf(iso: string): Date {
  const m = ISO_RE.exec(iso);
  if (!m) throw notIsoDate(iso);
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  if (date.getUTCMonth() !== Number(m[2]) - 1 || date.getUTCDate() !== Number(m[3])) {
    throw notIsoDate(iso);
  }
  return date;
}

/**
 * ISO civil date of a UTC-midnight instant (as spreadsheet readers return dates).
 * @example isoOfUtcDate(new Date(Date.UTC(2025, 8, 30))) // "2025-09-30"
 */
export function isoOfUtcDate(date: Date): IsoDate {
  return date.toISOString().slice(0, 10);
}

/** Number of calendar days from `a` to `b` (positive when b is later). */
export function daysBetween(a: string, b: string): number {
  return Math.round((utcDateOf(b).getTime() - utcDateOf(a).getTime()) / 86_400_000);
}

/** Compare two ISO dates: negative, zero or positive. ISO strings sort as dates. */
export function compareIso(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Vietnamese short date `dd/mm/yyyy` for labels and messages.
 * @example formatViDate("2025-08-03") // "03/08/2025"
 */
export function formatViDate(iso: string): string {
  const [y, m, d] = iso.split("-");
  return `${d}/${m}/${y}`;
}

import { compareIso, daysInMonth, isoFromParts, type IsoDate } from "../dates/civil-date.js";

/** A date computed from written parts, and whether its year had to be inferred. */
export interface InferredDate {
  iso: IsoDate;
  yearInferred: boolean;
}

/** Year of an ISO date. */
export function yearOf(iso: IsoDate): number {
  return Number(iso.slice(0, 4));
}

/** Last day of a month (1–12). */
export function lastDayOfMonth(year: number, month: number): number {
  // Date.UTC reads years 0–99 as 1900–1999: only year 0 (a leap year) differs,
  // and isoFromParts places no date before the year 100 anyway.
  return Number.isInteger(month) && month >= 1 && month <= 12 && year >= 1 && Number.isInteger(year)
    ? daysInMonth(year, month)
    : new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Place a period in a year: the written year when there is one; otherwise the
 * document's year, or the next year when the date in the document's year is
 * already past on the document's date ("trước 15/3" in an August directive is
 * next March). `at(year)` gives the date for a candidate year, null if it does not exist.
 */
export function inYear(
  writtenYear: string | undefined,
  documentDate: IsoDate,
  at: (year: number) => IsoDate | null,
): InferredDate | null {
  if (writtenYear !== undefined) {
    const iso = at(Number(writtenYear));
    return iso === null ? null : { iso, yearInferred: false };
  }
  const docYear = yearOf(documentDate);
  const same = at(docYear);
  if (same !== null && compareIso(same, documentDate) >= 0)
    return { iso: same, yearInferred: true };
  const next = at(docYear + 1);
  return next === null ? null : { iso: next, yearInferred: true };
}

/** Day D of month M. */
export function dayAt(day: number, month: number): (year: number) => IsoDate | null {
  return (year) => isoFromParts(year, month, day);
}

/** Last day of month M. */
export function monthEndAt(month: number): (year: number) => IsoDate | null {
  return (year) =>
    month >= 1 && month <= 12 ? isoFromParts(year, month, lastDayOfMonth(year, month)) : null;
}

/** Last day of quarter Q (1–4). */
export function quarterEndAt(quarter: number): (year: number) => IsoDate | null {
  return monthEndAt(quarter * 3);
}

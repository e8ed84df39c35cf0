import { lunarNewYearDate } from "../calendar/lunar.js";
import type { IsoDate } from "../dates/civil-date.js";

/**
 * The solar date of Tết Nguyên đán (1st day of the 1st lunar month, Vietnam
 * time, UTC+7) of a given year, from the calendar's lunar conversion. Undefined
 * outside the years the conversion is meant for, so the deadline is flagged
 * event_date_unknown rather than guessed.
 */
export function tetDate(year: number): IsoDate | undefined {
  if (!Number.isInteger(year) || year < 1900 || year > 2199) return undefined;
  // The conversion is a pure function of the year: compute each of the 300 years once.
  if (BY_YEAR.has(year)) return BY_YEAR.get(year);
  let date: IsoDate | undefined;
  try {
    date = lunarNewYearDate(year);
  } catch {
    date = undefined;
  }
  BY_YEAR.set(year, date);
  return date;
}

const BY_YEAR = new Map<number, IsoDate | undefined>();

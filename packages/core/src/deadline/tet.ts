import type { IsoDate } from "../dates/civil-date.js";

/**
 * The solar date of Tết Nguyên đán (1st day of the 1st lunar month, Vietnam time)
 * of a given year. The lunar table belongs to the calendar module; while it does
 * not provide one, Tết has no date here and the deadline is flagged
 * event_date_unknown rather than guessed.
 */
export function tetDate(_year: number): IsoDate | undefined {
  return undefined;
}

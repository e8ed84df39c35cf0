import { addMonths } from "date-fns/addMonths";
import { lastDayOfMonth } from "date-fns/lastDayOfMonth";
import { fromIso, isoFromParts, toIso, type IsoDate } from "../dates/civil-date.js";
import type { DeadlineBound, Recurrence, RecurrenceFrequency } from "../model/deadline.js";

/**
 * One period of a recurring obligation: the calendar period it covers and the
 * day its report is due (in the period's last month; "before" keeps the
 * bound so the on-time policy can apply).
 */
export interface Occurrence {
  periodStart: IsoDate;
  periodEnd: IsoDate;
  due: IsoDate;
  bound: DeadlineBound;
}

const MONTHS_PER_PERIOD: Readonly<Record<RecurrenceFrequency, number>> = {
  monthly: 1,
  quarterly: 3,
  half_yearly: 6,
  yearly: 12,
};

/** First day of the period (month, quarter, half-year, year) holding `iso`. */
function periodStartOf(freq: RecurrenceFrequency, iso: IsoDate): Date {
  const date = fromIso(iso);
  const len = MONTHS_PER_PERIOD[freq];
  const month = Math.floor(date.getMonth() / len) * len;
  return new Date(date.getFullYear(), month, 1);
}

function occurrenceFrom(r: Recurrence, start: Date): Occurrence {
  const lastMonth = addMonths(start, MONTHS_PER_PERIOD[r.freq] - 1);
  const periodEnd = lastDayOfMonth(lastMonth);
  // Day 31 in a 30-day month (or 29–31 in February) is the month's last day.
  const day =
    r.byMonthDay === undefined ? periodEnd.getDate() : Math.min(r.byMonthDay, periodEnd.getDate());
  const due = isoFromParts(lastMonth.getFullYear(), lastMonth.getMonth() + 1, day);
  return {
    periodStart: toIso(start),
    periodEnd: toIso(periodEnd),
    due: due ?? toIso(periodEnd),
    bound: r.bound,
  };
}

/**
 * An occurrence counts once the obligation exists: its due date must fall
 * after the recurrence's start (a monthly report due on the 25th is not owed
 * for a month whose 25th precedes the directive).
 */
function owed(r: Recurrence, o: Occurrence): boolean {
  return r.start === undefined || o.due > r.start;
}

/**
 * The occurrences whose due date lies in [from, to], oldest first. Each
 * occurrence belongs to exactly one of two adjoining ranges.
 * @example
 * expandRecurrence({ freq: "monthly", byMonthDay: 31, bound: "inclusive" },
 *   { from: "2026-02-01", to: "2026-02-28" })[0]?.due // "2026-02-28"
 */
export function expandRecurrence(
  r: Recurrence,
  range: { from: IsoDate; to: IsoDate },
): Occurrence[] {
  const out: Occurrence[] = [];
  if (range.to < range.from) return out;
  const step = MONTHS_PER_PERIOD[r.freq];
  for (
    let start = periodStartOf(r.freq, range.from);
    toIso(start) <= range.to;
    start = addMonths(start, step)
  ) {
    const o = occurrenceFrom(r, start);
    if (o.due >= range.from && o.due <= range.to && owed(r, o)) out.push(o);
  }
  return out;
}

/**
 * The first occurrence due on or after `date` (the next report owed).
 * @example nextOccurrence({ freq: "quarterly", bound: "inclusive" }, "2025-10-01")?.due // "2025-12-31"
 */
export function nextOccurrence(r: Recurrence, date: IsoDate): Occurrence | undefined {
  const from = r.start !== undefined && r.start > date ? r.start : date;
  const to = toIso(addMonths(fromIso(from), MONTHS_PER_PERIOD[r.freq] * 2 + 1));
  return expandRecurrence(r, { from, to })[0];
}

/**
 * The occurrence in force on `date`: the one whose period holds the date, or,
 * when that period's report is not owed (before the obligation started), the
 * next one.
 * @example occurrenceAt({ freq: "monthly", byMonthDay: 25, bound: "before" }, "2025-11-28")?.due // "2025-11-25"
 */
export function occurrenceAt(r: Recurrence, date: IsoDate): Occurrence | undefined {
  const current = occurrenceFrom(r, periodStartOf(r.freq, date));
  return owed(r, current) ? current : nextOccurrence(r, date);
}

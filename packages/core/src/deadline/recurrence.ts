import { addDays, addMonths, lastDayOfMonth } from "date-fns";
import { fromIso, isoFromParts, toIso, type IsoDate } from "../dates/civil-date.js";
import type { DeadlineBound, Recurrence, RecurrenceFrequency, Weekday } from "../model/deadline.js";

/**
 * Computing the occurrences of a recurrence (the parsed value is plain data, see
 * model/deadline.ts). One period of a recurring obligation: the calendar period
 * it covers and the day its report is due ("before" keeps the bound so the
 * on-time policy can apply).
 */
export interface Occurrence {
  periodStart: IsoDate;
  periodEnd: IsoDate;
  due: IsoDate;
  bound: DeadlineBound;
}

/** Months per period for the month-based frequencies; 0 for daily and weekly. */
const MONTHS_PER_PERIOD: Readonly<Record<RecurrenceFrequency, number>> = {
  daily: 0,
  weekly: 0,
  monthly: 1,
  quarterly: 3,
  half_yearly: 6,
  yearly: 12,
};

export const WEEKDAYS: readonly Weekday[] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

/** First day of the period (day, ISO week, month, quarter, half-year, year) holding `date`. */
function periodStartOf(freq: RecurrenceFrequency, date: Date): Date {
  if (freq === "daily") return new Date(date.getFullYear(), date.getMonth(), date.getDate());
  if (freq === "weekly") return addDays(date, -((date.getDay() + 6) % 7));
  const len = MONTHS_PER_PERIOD[freq];
  const month = Math.floor(date.getMonth() / len) * len;
  return new Date(date.getFullYear(), month, 1);
}

function nextPeriod(freq: RecurrenceFrequency, start: Date): Date {
  if (freq === "daily") return addDays(start, 1);
  if (freq === "weekly") return addDays(start, 7);
  return addMonths(start, MONTHS_PER_PERIOD[freq]);
}

/** Index of a period counted from a fixed origin, to keep every n-th one. */
function periodIndex(freq: RecurrenceFrequency, start: Date): number {
  const days = Math.round(Date.UTC(start.getFullYear(), start.getMonth(), start.getDate()) / 864e5);
  if (freq === "daily") return days;
  if (freq === "weekly") return Math.floor((days + 3) / 7);
  return Math.floor((start.getFullYear() * 12 + start.getMonth()) / MONTHS_PER_PERIOD[freq]);
}

function inInterval(r: Recurrence, start: Date): boolean {
  const n = r.interval ?? 1;
  if (n === 1) return true;
  const origin =
    r.start === undefined ? 0 : periodIndex(r.freq, periodStartOf(r.freq, fromIso(r.start)));
  return (((periodIndex(r.freq, start) - origin) % n) + n) % n === 0;
}

/** The occurrences of one period (several when `byMonth` names several months in it). */
function occurrencesOf(r: Recurrence, start: Date): Occurrence[] {
  const bound = r.bound;
  if (r.freq === "daily") {
    const day = toIso(start);
    return [{ periodStart: day, periodEnd: day, due: day, bound }];
  }
  if (r.freq === "weekly") {
    const weekday = WEEKDAYS.indexOf(r.byWeekday ?? "sun");
    return [
      {
        periodStart: toIso(start),
        periodEnd: toIso(addDays(start, 6)),
        due: toIso(addDays(start, weekday)),
        bound,
      },
    ];
  }
  const len = MONTHS_PER_PERIOD[r.freq];
  const periodEnd = toIso(lastDayOfMonth(addMonths(start, len - 1)));
  const first = start.getMonth() + 1;
  const months =
    r.byMonth === undefined
      ? [first + len - 1]
      : [...new Set(r.byMonth)].filter((m) => m >= first && m < first + len).sort((a, b) => a - b);
  return months.map((month) => {
    const year = start.getFullYear();
    const last = lastDayOfMonth(new Date(year, month - 1, 1)).getDate();
    // Day 31 in a 30-day month (or 29–31 in February) is the month's last day.
    const day = Math.min(r.byMonthDay ?? last, last);
    return {
      periodStart: toIso(start),
      periodEnd,
      due: isoFromParts(year, month, day) ?? periodEnd,
      bound,
    };
  });
}

/**
 * An occurrence counts once the obligation exists: its due date must fall on
 * or after the recurrence's start (a monthly report due on the 25th is not owed
 * for a month whose 25th precedes the directive; one due on the directive's own
 * day is).
 */
function owed(r: Recurrence, o: Occurrence): boolean {
  return r.start === undefined || o.due >= r.start;
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
  for (
    let start = periodStartOf(r.freq, fromIso(range.from));
    toIso(start) <= range.to;
    start = nextPeriod(r.freq, start)
  ) {
    if (!inInterval(r, start)) continue;
    for (const o of occurrencesOf(r, start)) {
      if (o.due >= range.from && o.due <= range.to && owed(r, o)) out.push(o);
    }
  }
  return out;
}

/** How far ahead the next occurrence can lie: two periods times the interval, plus slack. */
function horizon(r: Recurrence, from: IsoDate): IsoDate {
  const n = r.interval ?? 1;
  if (r.freq === "daily") return toIso(addDays(fromIso(from), 2 * n + 1));
  if (r.freq === "weekly") return toIso(addDays(fromIso(from), 14 * n + 7));
  return toIso(addMonths(fromIso(from), MONTHS_PER_PERIOD[r.freq] * 2 * n + 1));
}

/**
 * The first occurrence due on or after `date` (the next report owed).
 * @example nextOccurrence({ freq: "quarterly", bound: "inclusive" }, "2025-10-01")?.due // "2025-12-31"
 */
export function nextOccurrence(r: Recurrence, date: IsoDate): Occurrence | undefined {
  const from = r.start !== undefined && r.start > date ? r.start : date;
  return expandRecurrence(r, { from, to: horizon(r, from) })[0];
}

/**
 * The occurrence in force on `date`: the one whose period holds the date, or,
 * when that period's report is not owed (before the obligation started), the
 * next one.
 * @example occurrenceAt({ freq: "monthly", byMonthDay: 25, bound: "before" }, "2025-11-28")?.due // "2025-11-25"
 */
export function occurrenceAt(r: Recurrence, date: IsoDate): Occurrence | undefined {
  const inPeriod = occurrencesOf(r, periodStartOf(r.freq, fromIso(date)));
  const current = inPeriod.filter((o) => owed(r, o)).find((o) => o.due >= date) ?? inPeriod.at(-1);
  return current !== undefined && owed(r, current) ? current : nextOccurrence(r, date);
}

const pad2 = (n: number) => String(n).padStart(2, "0");

/**
 * A recurrence in one short readable line, the form `nhiemvu deadline --json`
 * prints and the README documents:
 * `daily`; `weekly:mon` … `weekly:sun`; `monthly:N` / `monthly:last`;
 * `quarterly:last` / `quarterly:last-month:N` / `quarterly:first-month:N` /
 * `quarterly:month-2:N`; `half-yearly:last` / `half-yearly:MM-DD` (that day and
 * six months later); `yearly:MM-DD` (several days a year joined by ","); with an
 * interval, `/N` after it ("yearly:12-31/2" = every second year).
 * @example formatRecurrence({ freq: "quarterly", byMonthDay: 8, bound: "inclusive" }) // "quarterly:last-month:8"
 */
export function formatRecurrence(r: Recurrence): string {
  const every = r.interval !== undefined && r.interval > 1 ? `/${r.interval}` : "";
  return `${formatRule(r)}${every}`;
}

function formatRule(r: Recurrence): string {
  const day = r.byMonthDay;
  switch (r.freq) {
    case "daily":
      return "daily";
    case "weekly":
      return `weekly:${r.byWeekday ?? "sun"}`;
    case "monthly":
      return `monthly:${day ?? "last"}`;
    case "quarterly": {
      const inQuarter = [...new Set((r.byMonth ?? [3]).map((m) => ((m - 1) % 3) + 1))];
      if (day === undefined && inQuarter.length === 1 && inQuarter[0] === 3)
        return "quarterly:last";
      const which = inQuarter.length === 1 ? inQuarter[0] : undefined;
      const name = which === 1 ? "first-month" : which === 2 ? "month-2" : "last-month";
      return `quarterly:${name}:${day ?? "last"}`;
    }
    case "half_yearly": {
      const month = (((r.byMonth?.[0] ?? 6) - 1) % 6) + 1;
      if (day === undefined && month === 6) return "half-yearly:last";
      return `half-yearly:${pad2(month)}-${day === undefined ? "last" : pad2(day)}`;
    }
    case "yearly":
      return `yearly:${(r.byMonth ?? [12])
        .map((m) => `${pad2(m)}-${pad2(day ?? lastDayOfMonth(new Date(2001, m - 1, 1)).getDate())}`)
        .join(",")}`;
    default: {
      const never: never = r.freq;
      return never;
    }
  }
}

import { addDays } from "date-fns/addDays";
import { lastDayOfMonth } from "date-fns/lastDayOfMonth";
import { defaultCalendar, type WorkingCalendar } from "../calendar/calendar.js";
import { addWorkingDays, rollBackToWorkingDay } from "../calendar/working-days.js";
import { fromIso, isoFromParts, toIso, type IsoDate } from "../dates/civil-date.js";
import { parseReportMonth, periodLabel, type PeriodKind, type YearMonth } from "./months.js";
import { REGIMES, type RegimeId, type ReportingRegime } from "./regime.js";

/** One reporting period of a regime: its data range and when the report is due. */
export interface ReportingPeriod {
  regimeId: string;
  kind: PeriodKind;
  /** Vietnamese: "Tháng 11/2025", "Quý IV/2025", "6 tháng đầu năm 2025", "Năm 2025". */
  label: string;
  /** First day of data. */
  from: IsoDate;
  /** Cut-off (ngày chốt số liệu): last day of data. */
  to: IsoDate;
  reportDue: IsoDate;
}

const MONTHS_IN: Readonly<Record<PeriodKind, number>> = {
  month: 1,
  quarter: 3,
  half_year: 6,
  nine_months: 9,
  year: 12,
};

/**
 * First and last month of the period of `kind` holding `ym`. The nine months
 * are January–September of the month's year (báo cáo 9 tháng), whatever the month.
 */
function monthsOf(kind: PeriodKind, ym: YearMonth): { first: YearMonth; last: YearMonth } {
  if (kind === "nine_months") {
    return { first: { year: ym.year, month: 1 }, last: { year: ym.year, month: 9 } };
  }
  const len = MONTHS_IN[kind];
  const firstMonth = Math.floor((ym.month - 1) / len) * len + 1;
  return {
    first: { year: ym.year, month: firstMonth },
    last: { year: ym.year, month: firstMonth + len - 1 },
  };
}

function dayIn(ym: YearMonth, day: number): IsoDate {
  const monthEnd = lastDayOfMonth(new Date(ym.year, ym.month - 1, 1)).getDate();
  const iso = isoFromParts(ym.year, ym.month, Math.min(day, monthEnd));
  if (iso === null) throw new RangeError(`no day ${day} in ${ym.year}-${ym.month}`);
  return iso;
}

function previousMonth(ym: YearMonth): YearMonth {
  return ym.month === 1 ? { year: ym.year - 1, month: 12 } : { year: ym.year, month: ym.month - 1 };
}

function nextMonth(ym: YearMonth): YearMonth {
  return ym.month === 12 ? { year: ym.year + 1, month: 1 } : { year: ym.year, month: ym.month + 1 };
}

/** Cut-off day of a month under the regime. */
function cutOffIn(regime: ReportingRegime, ym: YearMonth): IsoDate {
  return dayIn(ym, regime.cutOffDay === "end_of_month" ? 31 : regime.cutOffDay);
}

function reportDueOf(
  regime: ReportingRegime,
  cutOff: IsoDate,
  cutOffMonth: YearMonth,
  cal: WorkingCalendar,
): IsoDate {
  const rule = regime.reportDue;
  switch (rule.kind) {
    case "working_days_after_cut_off":
      return addWorkingDays(cutOff, rule.workingDays, cal);
    case "day_of_month": {
      const month = rule.monthsAfterCutOff === 1 ? nextMonth(cutOffMonth) : cutOffMonth;
      const named = dayIn(month, rule.day);
      const last = rule.bound === "before" ? toIso(addDays(fromIso(named), -1)) : named;
      return rollBackToWorkingDay(last, cal);
    }
    default: {
      const never: never = rule;
      return never;
    }
  }
}

/**
 * The reporting period of `kind` that holds the report month, under a regime.
 * Under nd09, the January 2026 report covers 15/12/2025–14/01/2026 and is due
 * on Friday 23/01/2026 (the 25th is a Sunday); under dang (cut-off the 20th, report before the 25th) it
 * covers 21/12/2025–20/01/2026 and is due Friday 23/01/2026 (the 24th is a
 * Saturday). Throws a RangeError when `month` is not "YYYY-MM" (check input
 * with parseReportMonth).
 * @example periodFor("2025-11", "nd09").label // "Tháng 11/2025"
 */
export function periodFor(
  month: string,
  regime: ReportingRegime | RegimeId,
  kind: PeriodKind = "month",
  opts: { calendar?: WorkingCalendar } = {},
): ReportingPeriod {
  const ym = parseReportMonth(month);
  if (!ym) throw new RangeError(`not a report month (YYYY-MM): ${month}`);
  const r = typeof regime === "string" ? REGIMES[regime] : regime;
  const cal = opts.calendar ?? defaultCalendar();
  const { first, last } = monthsOf(kind, ym);
  const to = cutOffIn(r, last);
  const from =
    r.cutOffDay === "end_of_month"
      ? dayIn(first, 1)
      : toIso(addDays(fromIso(cutOffIn(r, previousMonth(first))), 1));
  return {
    regimeId: r.id,
    kind,
    label: periodLabel(kind, ym),
    from,
    to,
    reportDue: reportDueOf(r, to, last, cal),
  };
}

/** Why an as-of date cannot be used for a period (apps word the codes). */
export type AsOfCheck =
  | { ok: true }
  | {
      ok: false;
      code: "as_of_before_period" | "as_of_after_period";
      asOf: IsoDate;
      from: IsoDate;
      to: IsoDate;
    };

/**
 * A report's as-of date must lie in its period: before the period starts the
 * period's data do not exist yet; after the cut-off the figures would count
 * what happened in the next period (ngày chốt số liệu, Nghị định 09/2019 Điều 12).
 * @example checkAsOf(periodFor("2025-11", "nd09"), "2025-10-14").ok // false
 */
export function checkAsOf(period: Pick<ReportingPeriod, "from" | "to">, asOf: IsoDate): AsOfCheck {
  if (asOf < period.from) return { ok: false, code: "as_of_before_period", asOf, ...span(period) };
  if (asOf > period.to) return { ok: false, code: "as_of_after_period", asOf, ...span(period) };
  return { ok: true };
}

function span(period: Pick<ReportingPeriod, "from" | "to">): { from: IsoDate; to: IsoDate } {
  return { from: period.from, to: period.to };
}

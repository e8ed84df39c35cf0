import { TASK_STATUSES, type TaskStatus } from "./labels.js";

/** How a rate is cut to its decimals. */
export type RateRounding = "truncate" | "round";

/**
 * How rates are printed. Default: rounded to two decimals. Current practice
 * rounds: the Government's review of 2025 (Văn phòng Chính phủ, to 20/10/2025)
 * gives 7.892 of 9.831 tasks completed as 80,3 % (80,277… rounded; truncation
 * would give 80,2); the 2017 report 1270/BC-TCTTTg printed 16.051 / 16.274 as
 * 98,62 % (truncated; rounded it is 98,63), so truncation stays a setting.
 * Both print two decimals for the overdue share (1,38 %; 3,23 %) and the 2025
 * review one for the completion rate: the decimals are a setting too.
 */
export interface RateSettings {
  rounding: RateRounding;
  decimals: number;
}

export const DEFAULT_RATE_SETTINGS: Readonly<RateSettings> = Object.freeze({
  rounding: "round",
  decimals: 2,
});

/** One rate's denominator: its size and what it counts, in Vietnamese. */
export interface RateDenominator {
  count: number;
  /** Noun phrase naming what the denominator counts ("tổng số nhiệm vụ được giao"). */
  name: string;
  /** "Tỷ lệ trên …": the phrase printed beside a figure. */
  description: string;
}

/** A rate with its numerator and denominator; `percent` is null when the denominator is 0. */
export interface Rate {
  percent: number | null;
  numerator: number;
  denominator: RateDenominator;
}

export type RateId = "rateOfDue" | "rateOfAssigned" | "overdueRate" | "overdueRateOfDue";

export interface StatusSummary {
  counts: Record<TaskStatus, number>;
  /** Tasks assigned (every classification given, no_deadline included). */
  total: number;
  /** done_on_time + done_late: the numerator of both completion rates. */
  completed: number;
  /** Completed + open_overdue: "nhiệm vụ đến hạn", the older reports' denominator. */
  dueCount: number;
  /** completed / dueCount in percent; null when nothing is due. */
  rateOfDue: number | null;
  /** completed / total in percent; null when nothing is assigned. */
  rateOfAssigned: number | null;
  /** open_overdue / total: the share overdue, headline of recent Government reports. */
  overdueRate: number | null;
  /** open_overdue / dueCount: the share overdue among tasks due. */
  overdueRateOfDue: number | null;
  rates: Record<RateId, Rate>;
  rounding: RateRounding;
  decimals: number;
  denominators: { rateOfDue: RateDenominator; rateOfAssigned: RateDenominator };
}

const MAX_DECIMALS = 4;

function checkDecimals(decimals: number): number {
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > MAX_DECIMALS) {
    throw new RangeError(`decimals must be an integer from 0 to ${MAX_DECIMALS}: ${decimals}`);
  }
  return decimals;
}

/**
 * Percent with `decimals` decimals in exact integer arithmetic (so 29/100 is
 * 29.00, not 28.99 as floating point would truncate it); null when the
 * denominator is 0 (no rate, printed empty — never 0 %).
 * @example percent(16051, 16274, "truncate") // 98.62
 * @example percent(7892, 9831, "round", 1) // 80.3
 */
export function percent(
  numerator: number,
  denominator: number,
  rounding: RateRounding,
  decimals = 2,
): number | null {
  if (denominator <= 0) return null;
  const unit = 10 ** checkDecimals(decimals);
  const scaled = numerator * 100 * unit;
  const steps =
    rounding === "truncate"
      ? Math.floor(scaled / denominator)
      : Math.floor((2 * scaled + denominator) / (2 * denominator));
  return steps / unit;
}

/**
 * The same rule as `percent` as a spreadsheet formula over two cell
 * references, so a recalculated workbook shows the stored figure: integer
 * arithmetic (a/b is never within one ulp of an integer unless it is one, so
 * INT gives exactly the truncated steps) and "" when the denominator is 0.
 * @example percentFormula("C12", "C10", { rounding: "truncate", decimals: 2 }) // 'IF(C10=0,"",INT(C12*10000/C10)/100)'; with { fraction: true } the divisor is 10000
 */
export function percentFormula(
  num: string,
  den: string,
  settings: RateSettings,
  output: { fraction?: boolean } = {},
): string {
  const unit = 10 ** checkDecimals(settings.decimals);
  const scale = 100 * unit;
  // As a fraction (0.9862 for 98,62 %) for a cell with a percent format.
  const divisor = output.fraction === true ? scale : unit;
  const body =
    settings.rounding === "round"
      ? `INT((2*${num}*${scale}+${den})/(2*${den}))/${divisor}`
      : `INT(${num}*${scale}/${den})/${divisor}`;
  return `IF(${den}=0,"",${body})`;
}

const DUE_NAME = "số nhiệm vụ đến hạn (đã hoàn thành và chưa hoàn thành quá hạn)";
const ASSIGNED_NAME = "tổng số nhiệm vụ được giao";

/**
 * Counts by status and the rates official reports use — completion of tasks
 * due (1270/BC-TCTTTg), completion and overdue share of tasks assigned (the
 * 2025 reviews) — each with its denominator named in Vietnamese (one wording).
 * A completed task without a deadline is counted as completed (done_on_time).
 * @example summarize([]).rateOfDue // null
 */
export function summarize(
  cs: readonly { status: TaskStatus }[],
  opts: Partial<RateSettings> = {},
): StatusSummary {
  const rounding = opts.rounding ?? DEFAULT_RATE_SETTINGS.rounding;
  const decimals = checkDecimals(opts.decimals ?? DEFAULT_RATE_SETTINGS.decimals);
  const counts = Object.fromEntries(TASK_STATUSES.map((s) => [s, 0])) as Record<TaskStatus, number>;
  for (const c of cs) counts[c.status] += 1;
  const completed = counts.done_on_time + counts.done_late;
  const dueCount = completed + counts.open_overdue;
  const total = cs.length;
  const denominator = (count: number, name: string): RateDenominator => ({
    count,
    name,
    description: `Tỷ lệ trên ${name}`,
  });
  const due = denominator(dueCount, DUE_NAME);
  const assigned = denominator(total, ASSIGNED_NAME);
  const rate = (numerator: number, d: RateDenominator): Rate => ({
    percent: percent(numerator, d.count, rounding, decimals),
    numerator,
    denominator: d,
  });
  const rates: Record<RateId, Rate> = {
    rateOfDue: rate(completed, due),
    rateOfAssigned: rate(completed, assigned),
    overdueRate: rate(counts.open_overdue, assigned),
    overdueRateOfDue: rate(counts.open_overdue, due),
  };
  return {
    counts,
    total,
    completed,
    dueCount,
    rateOfDue: rates.rateOfDue.percent,
    rateOfAssigned: rates.rateOfAssigned.percent,
    overdueRate: rates.overdueRate.percent,
    overdueRateOfDue: rates.overdueRateOfDue.percent,
    rates,
    rounding,
    decimals,
    denominators: { rateOfDue: due, rateOfAssigned: assigned },
  };
}

import { TASK_STATUSES, type TaskStatus } from "./labels.js";

/** How a rate is cut to two decimals: official reports truncate (98,629… → 98,62). */
export type RateRounding = "truncate" | "round";

/** One rate's denominator: its size and what it counts, in Vietnamese. */
export interface RateDenominator {
  count: number;
  description: string;
}

export interface StatusSummary {
  counts: Record<TaskStatus, number>;
  /** Tasks assigned (every classification given, no_deadline included). */
  total: number;
  /** done_on_time + done_late: the numerator of both rates. */
  completed: number;
  /** Completed + open_overdue: "nhiệm vụ đến hạn", the older reports' denominator. */
  dueCount: number;
  /** completed / dueCount in percent, two decimals; null when nothing is due. */
  rateOfDue: number | null;
  /** completed / total in percent, two decimals; null when nothing is assigned. */
  rateOfAssigned: number | null;
  rounding: RateRounding;
  denominators: { rateOfDue: RateDenominator; rateOfAssigned: RateDenominator };
}

/**
 * Percent with two decimals in exact integer arithmetic (so 29/100 is 29.00,
 * not 28.99 as floating point would truncate it).
 * @example percent(16051, 16274, "truncate") // 98.62
 */
export function percent(
  numerator: number,
  denominator: number,
  rounding: RateRounding,
): number | null {
  if (denominator <= 0) return null;
  const scaled = numerator * 10_000;
  const hundredths =
    rounding === "truncate"
      ? Math.floor(scaled / denominator)
      : Math.floor((2 * scaled + denominator) / (2 * denominator));
  return hundredths / 100;
}

/**
 * Counts by status and the two completion rates official reports use, each
 * with the denominator it uses described in Vietnamese.
 * @example summarize([]).rateOfDue // null
 */
export function summarize(
  cs: readonly { status: TaskStatus }[],
  opts: { rounding?: RateRounding } = {},
): StatusSummary {
  const rounding = opts.rounding ?? "truncate";
  const counts = Object.fromEntries(TASK_STATUSES.map((s) => [s, 0])) as Record<TaskStatus, number>;
  for (const c of cs) counts[c.status] += 1;
  const completed = counts.done_on_time + counts.done_late;
  const dueCount = completed + counts.open_overdue;
  const total = cs.length;
  return {
    counts,
    total,
    completed,
    dueCount,
    rateOfDue: percent(completed, dueCount, rounding),
    rateOfAssigned: percent(completed, total, rounding),
    rounding,
    denominators: {
      rateOfDue: {
        count: dueCount,
        description: "Tỷ lệ trên số nhiệm vụ đến hạn (đã hoàn thành và chưa hoàn thành quá hạn)",
      },
      rateOfAssigned: {
        count: total,
        description: "Tỷ lệ trên tổng số nhiệm vụ được giao",
      },
    },
  };
}

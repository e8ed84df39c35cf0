import { compareIso, daysBetween, isoFromParts, type IsoDate, type Task } from "@nhiemvu/core";
import type { Classification, Period, ReportRules } from "./rules.js";
import type { TaskStatus } from "./status.js";

/**
 * PRIVATE ADAPTER — to be replaced by core/status (classifyTask, summarize,
 * STATUS_LABELS) and core/period (periodFor, REGIMES) as soon as they land;
 * they had not when this package was wired. It implements the contract's
 * simplest reading: status against the task's current due date (D counts as
 * on time), no working-day calendar ("sắp đến hạn" never set), recurring
 * tasks judged on their stored current due date.
 */

const LABELS: Record<TaskStatus, string> = {
  done_on_time: "Đã hoàn thành đúng hạn",
  done_late: "Đã hoàn thành quá hạn",
  open_on_time: "Chưa hoàn thành - trong hạn",
  open_overdue: "Chưa hoàn thành - quá hạn",
  no_deadline: "Không thời hạn",
};

function classify(task: Task, asOf: IsoDate): Classification {
  const due = task.currentDue;
  const done = task.completedOn !== null && compareIso(task.completedOn, asOf) <= 0;
  if (done && task.completedOn) {
    const late = due !== null && compareIso(task.completedOn, due) > 0;
    return { status: late ? "done_late" : "done_on_time", due, daysOverdue: null, dueSoon: false };
  }
  if (due === null) return { status: "no_deadline", due, daysOverdue: null, dueSoon: false };
  if (compareIso(asOf, due) > 0) {
    return { status: "open_overdue", due, daysOverdue: daysBetween(due, asOf), dueSoon: false };
  }
  return { status: "open_on_time", due, daysOverdue: null, dueSoon: false };
}

const REGIME_NAMES: Record<string, string> = {
  nd09: "chế độ báo cáo của Nghị định 09/2019/NĐ-CP",
  dang: "chế độ báo cáo của Đảng (gửi trước ngày 25 hằng tháng)",
};

function day(y: number, m: number, d: number): IsoDate {
  const iso = isoFromParts(m < 1 ? y - 1 : y, m < 1 ? m + 12 : m, d);
  if (!iso) throw new RangeError(`no day ${y}-${m}-${d}`);
  return iso;
}

/** nd09: 15th of the previous month to the 14th (art. 12); dang: 21st to 20th, due the 24th. */
function period(month: string, regimeId: string): Period {
  const [y, m] = month.split("-").map(Number) as [number, number];
  const label = `Tháng ${m}/${y}`;
  if (regimeId === "dang") {
    return {
      regimeId,
      label,
      from: day(y, m - 1, 21),
      to: day(y, m, 20),
      reportDue: day(y, m, 24),
    };
  }
  return {
    regimeId: "nd09",
    label,
    from: day(y, m - 1, 15),
    to: day(y, m, 14),
    reportDue: day(y, m, 16),
  };
}

function rate(numerator: number, denominator: number, rounding: "truncate" | "round"): number {
  if (denominator === 0) return 0;
  const hundredths = (numerator * 10_000) / denominator;
  return (rounding === "round" ? Math.round(hundredths) : Math.trunc(hundredths)) / 100;
}

export const REGIME_IDS = ["nd09", "dang"] as const;

export function coreRules(): ReportRules {
  return {
    classify,
    period,
    regimeName: (id) => REGIME_NAMES[id] ?? id,
    statusLabels: LABELS,
    rates: (counts, rounding) => {
      const done = counts.done_on_time + counts.done_late;
      const due = done + counts.open_overdue;
      const total = Object.values(counts).reduce((a, b) => a + b, 0);
      return { rateOfDue: rate(done, due, rounding), rateOfAssigned: rate(done, total, rounding) };
    },
  };
}

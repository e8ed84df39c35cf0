import {
  classifyTask,
  isoFromParts,
  percent,
  STATUS_LABELS,
  type IsoDate,
  type Task,
} from "@nhiemvu/core";
import type { Classification, Period, ReportRules } from "./rules.js";

/**
 * The report's rules, wired to core: status from core/status (classifyTask,
 * STATUS_LABELS, percent). PRIVATE ADAPTER for the reporting periods only —
 * core/period (periodFor, REGIMES) had not landed when this was written;
 * replace `period` and `regimeName` with it when it does.
 */

function classify(task: Task, asOf: IsoDate): Classification {
  const c = classifyTask(task, asOf);
  return { status: c.status, due: c.due, daysOverdue: c.daysOverdue, dueSoon: c.dueSoon };
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

/** A rate as the workbook shows it: 0 when there is no denominator (as its formula gives). */
function rate(numerator: number, denominator: number, rounding: "truncate" | "round"): number {
  return percent(numerator, denominator, rounding) ?? 0;
}

export const REGIME_IDS = ["nd09", "dang"] as const;

export function coreRules(): ReportRules {
  return {
    classify,
    period,
    regimeName: (id) => REGIME_NAMES[id] ?? id,
    statusLabels: { ...STATUS_LABELS },
    rates: (counts, rounding) => {
      const done = counts.done_on_time + counts.done_late;
      const due = done + counts.open_overdue;
      const total = Object.values(counts).reduce((a, b) => a + b, 0);
      return { rateOfDue: rate(done, due, rounding), rateOfAssigned: rate(done, total, rounding) };
    },
  };
}

import {
  classifyTask,
  percent,
  periodFor,
  REGIMES,
  STATUS_LABELS,
  type IsoDate,
  type RegimeId,
  type Task,
} from "@nhiemvu/core";
import type { Classification, Period, ReportRules } from "./rules.js";

/**
 * The report's rules, wired to core in this one place: status from
 * core/status (classifyTask, STATUS_LABELS, percent), periods and regimes from
 * core/period (periodFor, REGIMES).
 */

export const REGIME_IDS = Object.keys(REGIMES) as RegimeId[];

export function isRegimeId(id: string): id is RegimeId {
  return (REGIME_IDS as string[]).includes(id);
}

function regimeOf(id: string): RegimeId {
  if (!isRegimeId(id)) throw new RangeError(`unknown reporting regime: ${id}`);
  return id;
}

function classify(task: Task, asOf: IsoDate): Classification {
  const c = classifyTask(task, asOf);
  return { status: c.status, due: c.due, daysOverdue: c.daysOverdue, dueSoon: c.dueSoon };
}

function period(month: string, regimeId: string): Period {
  const p = periodFor(month, regimeOf(regimeId));
  return { regimeId: p.regimeId, label: p.label, from: p.from, to: p.to, reportDue: p.reportDue };
}

/** A rate as the workbook shows it: 0 when there is no denominator (as its formula gives). */
function rate(numerator: number, denominator: number, rounding: "truncate" | "round"): number {
  return percent(numerator, denominator, rounding) ?? 0;
}

export function coreRules(): ReportRules {
  return {
    classify,
    period,
    regimeName: (id) => REGIMES[regimeOf(id)].name,
    statusLabels: { ...STATUS_LABELS },
    rates: (counts, rounding) => {
      const done = counts.done_on_time + counts.done_late;
      const due = done + counts.open_overdue;
      const total = Object.values(counts).reduce((a, b) => a + b, 0);
      return { rateOfDue: rate(done, due, rounding), rateOfAssigned: rate(done, total, rounding) };
    },
  };
}

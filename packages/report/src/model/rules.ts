import type { IsoDate, Task } from "@nhiemvu/core";
import type { TaskStatus } from "./status.js";

/**
 * What the report model needs from core's rules (contracts.md: core/status and
 * core/period). Passed in, so the model stays pure and testable, and so the
 * package is wired to core in exactly one place (core-rules.ts).
 */
export interface Classification {
  status: TaskStatus;
  due: IsoDate | null;
  daysOverdue: number | null;
  dueSoon: boolean;
}

export interface Period {
  regimeId: string;
  label: string;
  from: IsoDate;
  to: IsoDate;
  reportDue: IsoDate;
}

export interface SummaryFigures {
  /** Percent, two decimals (truncated or rounded as asked). */
  rateOfDue: number;
  rateOfAssigned: number;
}

export interface ReportRules {
  classify(task: Task, asOf: IsoDate): Classification;
  period(month: string, regimeId: string): Period;
  regimeName(regimeId: string): string;
  statusLabels: Record<TaskStatus, string>;
  /** Rates from counts, as core's summarize computes them. */
  rates(counts: Record<TaskStatus, number>, rounding: "truncate" | "round"): SummaryFigures;
}

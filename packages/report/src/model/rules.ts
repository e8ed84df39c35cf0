import type {
  EvaluateOptions,
  IsoDate,
  PeriodKind,
  RateSettings,
  ReportingPeriod,
  StatusSummary,
  Task,
  TaskEvaluation,
} from "@nhiemvu/core";
import type { TaskStatus } from "./status.js";

/**
 * What the report model takes from core's rules (contracts.md: core/status and
 * core/period), passed straight through by coreRules(): the report computes no
 * status, period or rate of its own.
 */
export interface ReportRules {
  evaluate(task: Task, asOf: IsoDate, opts: EvaluateOptions): TaskEvaluation;
  period(month: string, regimeId: string, kind: PeriodKind): ReportingPeriod;
  regimeName(regimeId: string): string;
  statusLabels: Record<TaskStatus, string>;
  summarize(cs: readonly { status: TaskStatus }[], settings: Partial<RateSettings>): StatusSummary;
}

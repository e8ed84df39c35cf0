import type { IsoDate } from "../dates/civil-date.js";
import type { Occurrence } from "../deadline/recurrence.js";
import type { Task } from "../model/task.js";
import { evaluateTask, type EvaluateOptions, type OccurrenceEvaluation } from "./evaluate.js";
import type { TaskStatus } from "./labels.js";

export type ClassifyOptions = Omit<EvaluateOptions, "range">;

/** A task's (or occurrence's) standing as of a date: the part of evaluateTask most callers need. */
export interface TaskClassification {
  status: TaskStatus;
  /** Due date in force (the current one, after extensions known at asOf); null without a deadline. */
  due: IsoDate | null;
  lastOnTimeDay: IsoDate | null;
  /**
   * Calendar days after lastOnTimeDay: as of asOf for open_overdue, at
   * completion for done_late; null otherwise.
   */
  daysOverdue: number | null;
  /** Open, on time, and due within policy.dueSoonWorkingDays working days (sắp đến hạn). */
  dueSoon: boolean;
  /** Recurring tasks: the occurrence judged. */
  occurrence?: Occurrence;
}

function asClassification(o: OccurrenceEvaluation): TaskClassification {
  return {
    status: o.status,
    due: o.due,
    lastOnTimeDay: o.lastOnTimeDay,
    daysOverdue: o.daysOverdue,
    dueSoon: o.dueSoon,
    occurrence: o,
  };
}

/**
 * Status of a task as of `asOf`: evaluateTask without the audit fields.
 * @example classifyTask(task, "2025-10-01").status // "open_overdue" when due 30/9 and still open
 */
export function classifyTask(
  task: Task,
  asOf: IsoDate,
  opts: ClassifyOptions = {},
): TaskClassification {
  return evaluateTask(task, asOf, opts);
}

/**
 * One classification per occurrence judged for a period `range` (see
 * evaluateTask: those due in it, and earlier ones not done by its start). A
 * one-off task gives its single classification when its due date lies in the
 * range, else nothing.
 */
export function classifyOccurrences(
  task: Task,
  range: { from: IsoDate; to: IsoDate },
  asOf: IsoDate,
  opts: ClassifyOptions = {},
): TaskClassification[] {
  const e = evaluateTask(task, asOf, { ...opts, range });
  if (task.deadline.kind === "recurring") return e.occurrences.map(asClassification);
  return e.due !== null && e.due >= range.from && e.due <= range.to ? [e] : [];
}

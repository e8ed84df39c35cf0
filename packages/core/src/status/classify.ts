import { defaultCalendar, type WorkingCalendar } from "../calendar/calendar.js";
import { addWorkingDays } from "../calendar/working-days.js";
import { daysBetween, type IsoDate } from "../dates/civil-date.js";
import { policyWith, type DeadlinePolicy } from "../deadline/policy.js";
import { expandRecurrence, occurrenceAt, type Occurrence } from "../deadline/recurrence.js";
import { lastOnTimeDayOf, resolveDeadline } from "../deadline/resolve.js";
import type { Recurrence } from "../model/deadline.js";
import type { Task } from "../model/task.js";
import type { TaskStatus } from "./labels.js";

export interface ClassifyOptions {
  policy?: Partial<DeadlinePolicy>;
  calendar?: WorkingCalendar;
}

/** A task's (or occurrence's) standing as of a date, with the dates it was judged by. */
export interface TaskClassification {
  status: TaskStatus;
  /** Due date in force (the current one, after extensions); null without a deadline. */
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

interface Context {
  policy: DeadlinePolicy;
  calendar: WorkingCalendar;
}

const NO_DEADLINE: TaskClassification = {
  status: "no_deadline",
  due: null,
  lastOnTimeDay: null,
  daysOverdue: null,
  dueSoon: false,
};

function contextOf(opts: ClassifyOptions): Context {
  return { policy: policyWith(opts.policy), calendar: opts.calendar ?? defaultCalendar() };
}

/**
 * The status given a due date, its last on-time day and the completion date
 * known at asOf (null when open at asOf).
 */
function judge(
  due: IsoDate,
  lastOnTimeDay: IsoDate,
  completedOn: IsoDate | null,
  asOf: IsoDate,
  ctx: Context,
): TaskClassification {
  if (completedOn !== null) {
    const late = completedOn > lastOnTimeDay;
    return {
      status: late ? "done_late" : "done_on_time",
      due,
      lastOnTimeDay,
      daysOverdue: late ? daysBetween(lastOnTimeDay, completedOn) : null,
      dueSoon: false,
    };
  }
  if (asOf <= lastOnTimeDay) {
    return {
      status: "open_on_time",
      due,
      lastOnTimeDay,
      daysOverdue: null,
      dueSoon: lastOnTimeDay < dueSoonLimit(asOf, ctx),
    };
  }
  return {
    status: "open_overdue",
    due,
    lastOnTimeDay,
    daysOverdue: daysBetween(lastOnTimeDay, asOf),
    dueSoon: false,
  };
}

// "Due soon" = at most N working days in (asOf, lastOnTimeDay], i.e. the last
// on-time day falls before the (N+1)-th working day after asOf. That bound depends
// only on asOf, the calendar and N, so it is computed once per report, not per task
// (counting day by day to every due date made 100k-task reports slow).
const dueSoonLimits = new WeakMap<WorkingCalendar, Map<string, IsoDate>>();

function dueSoonLimit(asOf: IsoDate, ctx: Context): IsoDate {
  let byAsOf = dueSoonLimits.get(ctx.calendar);
  if (!byAsOf) {
    byAsOf = new Map();
    dueSoonLimits.set(ctx.calendar, byAsOf);
  }
  const key = `${asOf}/${ctx.policy.dueSoonWorkingDays}`;
  let limit = byAsOf.get(key);
  if (limit === undefined) {
    limit = addWorkingDays(asOf, ctx.policy.dueSoonWorkingDays + 1, ctx.calendar);
    byAsOf.set(key, limit);
  }
  return limit;
}

/** A completion date counts only if known at asOf: a report freezes what was known at its cut-off. */
function knownCompletion(task: Task, asOf: IsoDate): IsoDate | null {
  return task.completedOn !== null && task.completedOn <= asOf ? task.completedOn : null;
}

/**
 * Due date and last on-time day of a one-off task. The current due date
 * (after extensions) is what counts; when it is the date the deadline's words
 * name, the deadline's bound and roll-forward rules apply, otherwise (an
 * extension, or a date a person typed) it is inclusive ("gia hạn đến ngày D").
 */
function dueOf(task: Task, ctx: Context): { due: IsoDate; last: IsoDate } | null {
  const resolved = resolveDeadline(task.deadline, { policy: ctx.policy, calendar: ctx.calendar });
  const due = task.currentDue ?? resolved.due;
  if (due === null) return null;
  if (due === resolved.due && resolved.lastOnTimeDay !== null) {
    return { due, last: resolved.lastOnTimeDay };
  }
  const last = lastOnTimeDayOf(due, "inclusive", {
    policy: ctx.policy,
    calendar: ctx.calendar,
    roll: ctx.policy.rollForwardDirectiveDue,
  });
  return { due, last };
}

/**
 * One occurrence of a recurring task. It is done when a progress update or
 * the task's completion date known at asOf falls within its period; the
 * earliest such date is when it was done.
 */
function classifyOccurrence(
  task: Task,
  occurrence: Occurrence,
  asOf: IsoDate,
  ctx: Context,
): TaskClassification {
  const dates = [...task.progress.map((p) => p.date), knownCompletion(task, asOf)].filter(
    (d): d is IsoDate =>
      d !== null && d <= asOf && d >= occurrence.periodStart && d <= occurrence.periodEnd,
  );
  const doneOn = dates.length === 0 ? null : dates.reduce((a, b) => (a < b ? a : b));
  const last = lastOnTimeDayOf(occurrence.due, occurrence.bound, {
    policy: ctx.policy,
    calendar: ctx.calendar,
    roll: ctx.policy.rollForwardDirectiveDue,
  });
  return { ...judge(occurrence.due, last, doneOn, asOf, ctx), occurrence };
}

function recurrenceOf(task: Task): Recurrence | null {
  return task.deadline.kind === "recurring" ? task.deadline.recurrence : null;
}

/**
 * Status of a task as of `asOf` (the report's cut-off). A completion dated
 * after asOf is not yet known, so re-running later gives the same result.
 * Urgent, ongoing and unparsed tasks without a current due date have no
 * deadline and are never overdue. A recurring task is judged by the
 * occurrence in force at asOf (the period holding asOf); once the task is
 * completed, by the occurrence holding its completion date.
 * @example classifyTask(task, "2025-10-01").status // "open_overdue" when due 30/9 and still open
 */
export function classifyTask(
  task: Task,
  asOf: IsoDate,
  opts: ClassifyOptions = {},
): TaskClassification {
  const ctx = contextOf(opts);
  const recurrence = recurrenceOf(task);
  if (recurrence) {
    const completed = knownCompletion(task, asOf);
    let occurrence = occurrenceAt(recurrence, asOf);
    if (completed !== null && occurrence && occurrence.periodStart > completed) {
      occurrence = occurrenceAt(recurrence, completed);
    }
    return occurrence ? classifyOccurrence(task, occurrence, asOf, ctx) : NO_DEADLINE;
  }
  const dates = dueOf(task, ctx);
  if (!dates) return NO_DEADLINE;
  return judge(dates.due, dates.last, knownCompletion(task, asOf), asOf, ctx);
}

/**
 * One classification per occurrence of a recurring task due within `range`
 * (see expandRecurrence); occurrences of periods starting after the task's
 * completion (known at asOf) are not owed. A one-off task gives its single
 * classification when its due date lies in the range, else nothing.
 */
export function classifyOccurrences(
  task: Task,
  range: { from: IsoDate; to: IsoDate },
  asOf: IsoDate,
  opts: ClassifyOptions = {},
): TaskClassification[] {
  const ctx = contextOf(opts);
  const recurrence = recurrenceOf(task);
  if (!recurrence) {
    const c = classifyTask(task, asOf, opts);
    return c.due !== null && c.due >= range.from && c.due <= range.to ? [c] : [];
  }
  const completed = knownCompletion(task, asOf);
  return expandRecurrence(recurrence, range)
    .filter((o) => completed === null || o.periodStart <= completed)
    .map((o) => classifyOccurrence(task, o, asOf, ctx));
}

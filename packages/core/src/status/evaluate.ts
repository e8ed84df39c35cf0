import { defaultCalendar, yearTable, type WorkingCalendar } from "../calendar/calendar.js";
import { addWorkingDays, isWorkingDay, rollForwardToWorkingDay } from "../calendar/working-days.js";
import { daysBetween, isIsoDate, type IsoDate } from "../dates/civil-date.js";
import { DEFAULT_DEADLINE_POLICY, policyWith, type DeadlinePolicy } from "../deadline/policy.js";
import { expandRecurrence, occurrenceAt, type Occurrence } from "../deadline/recurrence.js";
import { lastOnTimeDayOf, resolveDeadline } from "../deadline/resolve.js";
import type { Recurrence } from "../model/deadline.js";
import type { DeadlineExtension, Task } from "../model/task.js";
import type { TaskStatus } from "./labels.js";

/**
 * What to do with an extension approved after the due date it replaces had
 * passed (gia hạn muộn). Policy of this product, not a rule of a decree:
 * - "keep_late" (default): the lateness stands: the task is judged against the
 *   last on-time day it had already missed (open → overdue, done → done late);
 *   the new due date is shown as the current one.
 * - "accept": the task is judged against the new due date.
 * Either way the row carries the warning "extension_after_expiry".
 */
export type LateExtensionPolicy = "keep_late" | "accept";

export interface EvaluateOptions {
  policy?: Partial<DeadlinePolicy>;
  calendar?: WorkingCalendar;
  lateExtensions?: LateExtensionPolicy;
  /**
   * The reporting period: for a recurring task, every occurrence due in it and
   * every earlier one not done by its start is judged and listed.
   */
  range?: { from: IsoDate; to: IsoDate };
}

/**
 * Stable codes of what a person should look at; apps word them.
 * - extension_after_expiry: approved after the due date it replaced had passed
 * - extension_not_yet_approved: approved after asOf, so not in force at asOf
 * - current_due_unexplained: task.currentDue matches no known extension; ignored
 * - typed_due_differs: the typed original due differs from the date the words name; the words win
 * - typed_due_used: the words name no date; the typed date is used
 * - due_on_day_off: the last on-time day is not a working day (not moved unless the policy says so)
 * - due_in_estimated_year: the due date's year has no government decision; its days off are estimated
 */
export type EvaluationWarningCode =
  | "extension_after_expiry"
  | "extension_not_yet_approved"
  | "current_due_unexplained"
  | "typed_due_differs"
  | "typed_due_used"
  | "due_on_day_off"
  | "due_in_estimated_year";

export interface EvaluationWarning {
  code: EvaluationWarningCode;
  /** The date the warning is about (approval date, typed date, due date). */
  date: IsoDate;
}

interface Dated {
  /** Due date judged: the current one (after extensions known at asOf), or the occurrence's. */
  due: IsoDate;
  /** The last day on time the status is judged by. */
  lastOnTimeDay: IsoDate;
}

/** One occurrence of a recurring obligation, judged as of asOf. */
export type OccurrenceEvaluation = Dated &
  Pick<Occurrence, "periodStart" | "periodEnd" | "bound"> &
  (
    | { status: "open_on_time"; doneOn: null; daysOverdue: null; dueSoon: boolean }
    | { status: "open_overdue"; doneOn: null; daysOverdue: number; dueSoon: false }
    | { status: "done_on_time"; doneOn: IsoDate; daysOverdue: null; dueSoon: false }
    | { status: "done_late"; doneOn: IsoDate; daysOverdue: number; dueSoon: false }
  );

interface Common {
  /** Due date as first set: from the deadline's words, or typed when the words name none. */
  originalDue: IsoDate | null;
  /** Due date in force at asOf: the last extension approved by then, else originalDue. */
  currentDue: IsoDate | null;
  /** Extensions approved on or before asOf, in approval order. */
  extensionsInForce: DeadlineExtension[];
  /** Completion date known at asOf (later ones are not yet known). */
  completedOn: IsoDate | null;
  /** Recurring: the occurrences judged (see EvaluateOptions.range); [] for one-off tasks. */
  occurrences: OccurrenceEvaluation[];
  /** Recurring: the occurrence the task's own status comes from. */
  occurrence?: OccurrenceEvaluation;
  warnings: EvaluationWarning[];
}

/**
 * Everything computed about a task as of a date. A union by status: an
 * overdue or late task always has its days overdue, a dated one its due day.
 */
export type TaskEvaluation = Common &
  (
    | { status: "no_deadline"; due: null; lastOnTimeDay: null; daysOverdue: null; dueSoon: false }
    // A task without a deadline, completed: counted as completed; it cannot be late.
    | { status: "done_on_time"; due: null; lastOnTimeDay: null; daysOverdue: null; dueSoon: false }
    | (Dated & { status: "open_on_time"; daysOverdue: null; dueSoon: boolean })
    | (Dated & { status: "open_overdue"; daysOverdue: number; dueSoon: false })
    | (Dated & { status: "done_on_time"; daysOverdue: null; dueSoon: false })
    | (Dated & { status: "done_late"; daysOverdue: number; dueSoon: false })
  );

interface Context {
  policy: DeadlinePolicy;
  calendar: WorkingCalendar;
  lateExtensions: LateExtensionPolicy;
}

type Judged =
  | { status: "open_on_time"; daysOverdue: null; dueSoon: boolean }
  | { status: "open_overdue"; daysOverdue: number; dueSoon: false }
  | { status: "done_on_time"; daysOverdue: null; dueSoon: false }
  | { status: "done_late"; daysOverdue: number; dueSoon: false };

/**
 * Status from the last on-time day and the completion known at asOf. Done on
 * the last on-time day is on time, the day after is late (Civil Code 2015
 * art. 148: a period ends at 24:00 of its last day).
 */
function judge(last: IsoDate, doneOn: IsoDate | null, asOf: IsoDate, ctx: Context): Judged {
  if (doneOn !== null) {
    return doneOn > last
      ? { status: "done_late", daysOverdue: daysBetween(last, doneOn), dueSoon: false }
      : { status: "done_on_time", daysOverdue: null, dueSoon: false };
  }
  if (asOf <= last) {
    return { status: "open_on_time", daysOverdue: null, dueSoon: last < dueSoonLimit(asOf, ctx) };
  }
  return { status: "open_overdue", daysOverdue: daysBetween(last, asOf), dueSoon: false };
}

// "Due soon" = at most N working days in (asOf, lastOnTimeDay]: the last on-time
// day falls before the (N+1)-th working day after asOf. The bound depends only on
// asOf, the calendar and N, so it is computed once per report, not per task.
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

/** The last on-time day of an inclusive date (an extension's, or a typed one). */
function inclusiveLast(due: IsoDate, ctx: Context): IsoDate {
  return ctx.policy.rollForwardDirectiveDue ? rollForwardToWorkingDay(due, ctx.calendar) : due;
}

const NO_DATE_BY_NATURE = new Set(["urgent", "ongoing", "recurring"]);

/**
 * The original due date. Decision: the deadline's words win when they name a
 * date — they are the directive's own text, and "Hạn ban đầu" is a computed
 * column that a refresh rewrites; a typed date that differs is flagged
 * (typed_due_differs). When the words name no date (unparsed, an event
 * without a known date, a period without an anchor date) a typed date is used
 * and flagged (typed_due_used). Urgent, ongoing and recurring deadlines have
 * no single due date by nature, so a typed one is not used.
 */
function resolveDue(
  task: Task,
  ctx: Context,
  warnings: EvaluationWarning[],
): { due: IsoDate; last: IsoDate } | null {
  const words = resolveDeadline(task.deadline, { policy: ctx.policy, calendar: ctx.calendar });
  const typed = task.originalDue;
  if (words.due !== null && words.lastOnTimeDay !== null) {
    if (typed !== null && typed !== words.due)
      warnings.push({ code: "typed_due_differs", date: typed });
    return { due: words.due, last: words.lastOnTimeDay };
  }
  if (typed === null || NO_DATE_BY_NATURE.has(task.deadline.kind)) return null;
  warnings.push({ code: "typed_due_used", date: typed });
  return { due: typed, last: inclusiveLast(typed, ctx) };
}

/**
 * Extensions known at asOf, applied in approval order. An extension takes
 * effect from its approval date (a report as of an earlier day does not see
 * it, so re-running an old report gives the same figures). One approved after
 * the last on-time day in force had passed is late: see LateExtensionPolicy.
 */
function applyExtensions(
  task: Task,
  base: { due: IsoDate; last: IsoDate },
  asOf: IsoDate,
  ctx: Context,
  warnings: EvaluationWarning[],
): { due: IsoDate; last: IsoDate; inForce: DeadlineExtension[] } {
  if (task.extensions.length === 0) return { due: base.due, last: base.last, inForce: [] };
  const sorted = [...task.extensions].sort((a, b) =>
    a.approvedOn < b.approvedOn ? -1 : a.approvedOn > b.approvedOn ? 1 : 0,
  );
  let due = base.due;
  let last = base.last;
  let missed: IsoDate | null = null;
  const inForce: DeadlineExtension[] = [];
  for (const e of sorted) {
    if (e.approvedOn > asOf) {
      warnings.push({ code: "extension_not_yet_approved", date: e.approvedOn });
      continue;
    }
    if (e.approvedOn > last) {
      warnings.push({ code: "extension_after_expiry", date: e.approvedOn });
      missed ??= last;
    }
    inForce.push(e);
    due = e.newDue;
    last = inclusiveLast(e.newDue, ctx);
  }
  if (missed !== null && ctx.lateExtensions === "keep_late") last = missed;
  return { due, last, inForce };
}

function calendarWarnings(last: IsoDate, ctx: Context, warnings: EvaluationWarning[]): void {
  if (!isWorkingDay(last, ctx.calendar)) warnings.push({ code: "due_on_day_off", date: last });
  if (yearTable(ctx.calendar, Number(last.slice(0, 4))).estimated === true) {
    warnings.push({ code: "due_in_estimated_year", date: last });
  }
}

/** The "@YYYY-MM-DD" of a document id when it is a real day (no zod: this runs per task). */
function documentDateOf(task: Pick<Task, "documentId">): IsoDate | undefined {
  const date = task.documentId.slice(task.documentId.lastIndexOf("@") + 1);
  return isIsoDate(date) ? date : undefined;
}

function knownCompletion(task: Task, asOf: IsoDate): IsoDate | null {
  return task.completedOn !== null && task.completedOn <= asOf ? task.completedOn : null;
}

function occurrenceEvaluation(
  o: Occurrence,
  doneOn: IsoDate | null,
  asOf: IsoDate,
  ctx: Context,
): OccurrenceEvaluation {
  const last = lastOnTimeDayOf(o.due, o.bound, {
    policy: ctx.policy,
    calendar: ctx.calendar,
    roll: ctx.policy.rollForwardDirectiveDue,
  });
  const base = {
    periodStart: o.periodStart,
    periodEnd: o.periodEnd,
    bound: o.bound,
    due: o.due,
    lastOnTimeDay: last,
  };
  const j = judge(last, doneOn, asOf, ctx);
  switch (j.status) {
    case "open_on_time":
    case "open_overdue":
      return { ...base, ...j, doneOn: null };
    case "done_on_time":
    case "done_late":
      if (doneOn === null) throw new Error("unreachable: judged done without a date");
      return { ...base, ...j, doneOn };
    default: {
      const never: never = j;
      return never;
    }
  }
}

/**
 * A recurring obligation, occurrence by occurrence. Submissions (progress
 * updates and the completion date, known at asOf) are matched oldest first:
 * each fulfils the oldest occurrence not yet fulfilled whose period has begun.
 * So a report sent after its occurrence's due day is that occurrence's, late
 * (an October report sent on 3/11 is October's, not November's), and a
 * missed occurrence stays overdue until a submission fulfils it. The
 * completion date ends the obligation: later periods are not owed. The
 * obligation starts at the recurrence's start, else at the document's date.
 */
function evaluateRecurring(
  task: Task,
  r: Recurrence,
  asOf: IsoDate,
  range: { from: IsoDate; to: IsoDate } | undefined,
  ctx: Context,
): { judged: OccurrenceEvaluation | undefined; listed: OccurrenceEvaluation[] } {
  const completed = knownCompletion(task, asOf);
  const start = r.start ?? documentDateOf(task) ?? range?.from ?? asOf;
  const horizon = range && range.to > asOf ? range.to : asOf;
  const rec: Recurrence = { ...r, start: r.start ?? dayBefore(start) };
  const owed = expandRecurrence(rec, { from: start, to: horizon }).filter(
    (o) => completed === null || o.periodStart <= completed,
  );
  const current = occurrenceAt(rec, asOf);
  if (
    current &&
    !owed.some((o) => o.due === current.due) &&
    (completed === null || current.periodStart <= completed)
  ) {
    owed.push(current);
  }
  const submissions = [...task.progress.map((p) => p.date), ...(completed ? [completed] : [])]
    .filter((d) => d <= asOf)
    .sort();
  const doneOn: (IsoDate | null)[] = owed.map(() => null);
  let next = 0;
  for (const d of submissions) {
    while (next < owed.length && doneOn[next] !== null) next += 1;
    const o = owed[next];
    if (o === undefined || o.periodStart > d) continue;
    doneOn[next] = d;
    next += 1;
  }
  const all = owed.map((o, i) => occurrenceEvaluation(o, doneOn[i] ?? null, asOf, ctx));
  const overdue = all.find((o) => o.status === "open_overdue");
  const inForce =
    all.find((o) => o.periodStart <= asOf && asOf <= o.periodEnd) ??
    all.filter((o) => o.periodStart <= asOf).at(-1) ??
    all[0];
  const listed = range
    ? all.filter(
        (o) =>
          (o.due >= range.from && o.due <= range.to) ||
          (o.due < range.from && (o.doneOn === null || o.doneOn >= range.from)),
      )
    : [];
  return { judged: overdue ?? inForce, listed };
}

/** The status part of an occurrence, for the task it judges. */
function statusOf(o: OccurrenceEvaluation): Judged {
  switch (o.status) {
    case "open_on_time":
      return { status: o.status, daysOverdue: null, dueSoon: o.dueSoon };
    case "open_overdue":
    case "done_late":
      return { status: o.status, daysOverdue: o.daysOverdue, dueSoon: false };
    case "done_on_time":
      return { status: o.status, daysOverdue: null, dueSoon: false };
    default: {
      const never: never = o;
      return never;
    }
  }
}

function dayBefore(iso: IsoDate): IsoDate {
  const d = new Date(
    Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)) - 1),
  );
  return d.toISOString().slice(0, 10);
}

/**
 * Everything computed about a task as of `asOf` (a report's cut-off, or the
 * day of a refresh): the original and current due dates, the occurrence(s)
 * of a recurring obligation, status, days overdue, due-soon and warnings.
 * Only what was known at asOf counts: completions, progress and extensions
 * dated later are not seen, so re-running an old report gives its figures.
 * The add-in's refresh and report, `nhiemvu report` and the workbook reader
 * all judge tasks here.
 * @example evaluateTask(task, "2025-10-01").status // "open_overdue" when due 30/9 and still open
 */
export function evaluateTask(
  task: Task,
  asOf: IsoDate,
  opts: EvaluateOptions = {},
): TaskEvaluation {
  const ctx: Context = {
    policy: opts.policy === undefined ? DEFAULT_DEADLINE_POLICY : policyWith(opts.policy),
    calendar: opts.calendar ?? defaultCalendar(),
    lateExtensions: opts.lateExtensions ?? "keep_late",
  };
  const warnings: EvaluationWarning[] = [];
  const completedOn = knownCompletion(task, asOf);
  const noDeadline = (originalDue: IsoDate | null): TaskEvaluation => ({
    status: completedOn === null ? "no_deadline" : "done_on_time",
    due: null,
    lastOnTimeDay: null,
    daysOverdue: null,
    dueSoon: false,
    originalDue,
    currentDue: null,
    extensionsInForce: [],
    completedOn,
    occurrences: [],
    warnings,
  });

  if (task.deadline.kind === "recurring") {
    const { judged, listed } = evaluateRecurring(
      task,
      task.deadline.recurrence,
      asOf,
      opts.range,
      ctx,
    );
    if (!judged) return noDeadline(null);
    calendarWarnings(judged.lastOnTimeDay, ctx, warnings);
    const common: Common = {
      originalDue: null,
      currentDue: judged.due,
      extensionsInForce: [],
      completedOn,
      occurrences: listed,
      occurrence: judged,
      warnings,
    };
    return { ...common, due: judged.due, lastOnTimeDay: judged.lastOnTimeDay, ...statusOf(judged) };
  }

  const base = resolveDue(task, ctx, warnings);
  if (!base) return noDeadline(null);
  const current = applyExtensions(task, base, asOf, ctx, warnings);
  if (
    task.extensions.length === 0 &&
    task.currentDue !== null &&
    task.currentDue !== base.due &&
    task.currentDue !== task.originalDue
  ) {
    warnings.push({ code: "current_due_unexplained", date: task.currentDue });
  }
  calendarWarnings(current.last, ctx, warnings);
  const j = judge(current.last, completedOn, asOf, ctx);
  // One literal, no spreads: this runs for every task of a report.
  return {
    originalDue: base.due,
    currentDue: current.due,
    extensionsInForce: current.inForce,
    completedOn,
    occurrences: [],
    warnings,
    due: current.due,
    lastOnTimeDay: current.last,
    status: j.status,
    daysOverdue: j.daysOverdue,
    dueSoon: j.dueSoon,
  } as TaskEvaluation;
}

/**
 * Whether the task had been assigned by `asOf`: its document's date (the
 * "@date" of its id) is on or before asOf. A document issued after a report's
 * cut-off is not in that report. Ids without a date are taken as assigned.
 * @example issuedBy({ ...task, documentId: "221-KL/TW@2025-11-28" }, "2025-11-14") // false
 */
export function issuedBy(task: Pick<Task, "documentId">, asOf: IsoDate): boolean {
  const date = documentDateOf(task);
  return date === undefined || date <= asOf;
}

/** Statuses a task or occurrence can have; re-exported for exhaustive switches. */
export type { TaskStatus };

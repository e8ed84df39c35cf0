import { addDays, addMonths, addYears } from "date-fns";
import { addWorkingDays, rollForwardToWorkingDay } from "../calendar/working-days.js";
import { defaultCalendar, type WorkingCalendar } from "../calendar/calendar.js";
import { fromIso, toIso, type IsoDate } from "../dates/civil-date.js";
import type {
  Deadline,
  DeadlineBound,
  EventDeadline,
  RecurringDeadline,
  RelativeDeadline,
  ResolvedDeadline,
} from "../model/deadline.js";
import { policyWith, type DeadlinePolicy } from "./policy.js";
import { nextOccurrence } from "./recurrence.js";

export interface ResolveOptions {
  /** Reference date for recurring deadlines: the next occurrence due on or after it. */
  asOf?: IsoDate;
  calendar?: WorkingCalendar;
  policy?: Partial<DeadlinePolicy>;
  /**
   * Date an event the words do not date from its `eventDate` (event table, lunar
   * calendar); default true. "trước Tết" then ends the day before Tết.
   */
  useEventDates?: boolean;
}

/**
 * The last day that counts as on time for a due date D: D−1 for "before"
 * unless the policy counts D, then rolled forward to a working day when
 * `roll` is set.
 * @example lastOnTimeDayOf("2025-08-31", "before", { policy: { beforeBoundCountsDueDay: false }, roll: false }) // "2025-08-30"
 */
export function lastOnTimeDayOf(
  due: IsoDate,
  bound: DeadlineBound,
  opts: { policy?: Partial<DeadlinePolicy>; calendar?: WorkingCalendar; roll: boolean },
): IsoDate {
  const policy = policyWith(opts.policy);
  const last =
    bound === "before" && !policy.beforeBoundCountsDueDay ? toIso(addDays(fromIso(due), -1)) : due;
  return opts.roll ? rollForwardToWorkingDay(last, opts.calendar ?? defaultCalendar()) : last;
}

const NONE = { due: null, bound: null, lastOnTimeDay: null } as const;

/** End of "N days/working days/months/years counted from the anchor", the anchor day not counted (Civil Code 2015 art. 147). */
function periodEnd(d: RelativeDeadline, anchor: IsoDate, cal: WorkingCalendar): IsoDate {
  const date = fromIso(anchor);
  switch (d.unit) {
    case "day":
      return toIso(addDays(date, d.amount));
    case "working_day":
      return addWorkingDays(anchor, d.amount, cal);
    case "month":
      // A month without the anchor's day ends on its last day (art. 148); date-fns clamps so.
      return toIso(addMonths(date, d.amount));
    case "year":
      return toIso(addYears(date, d.amount));
    case "hour":
      // Hours end at a time of day, which a date cannot hold; callers check first.
      return anchor;
    default: {
      const never: never = d.unit;
      return never;
    }
  }
}

function resolveRelative(
  d: RelativeDeadline,
  policy: DeadlinePolicy,
  cal: WorkingCalendar,
): ResolvedDeadline {
  if (d.date !== undefined) return resolveNamed(d.date, "inclusive", d.flags, policy, cal);
  if (d.anchor.date === undefined || d.direction === "before" || d.unit === "hour")
    return { ...NONE, flags: d.flags };
  const due = periodEnd(d, d.anchor.date, cal);
  return {
    due,
    bound: "inclusive",
    lastOnTimeDay: lastOnTimeDayOf(due, "inclusive", {
      policy,
      calendar: cal,
      roll: policy.rollForwardRelativePeriods,
    }),
    flags: d.flags,
  };
}

function resolveNamed(
  due: IsoDate,
  bound: DeadlineBound,
  flags: ResolvedDeadline["flags"],
  policy: DeadlinePolicy,
  cal: WorkingCalendar,
): ResolvedDeadline {
  return {
    due,
    bound,
    lastOnTimeDay: lastOnTimeDayOf(due, bound, {
      policy,
      calendar: cal,
      roll: policy.rollForwardDirectiveDue,
    }),
    flags,
  };
}

/**
 * An event known only by its own date: "tại/vào Đại hội" is due that day;
 * "trước Tết", "trước Đại hội" end the day before it (the "trước ngày D counts
 * D" policy is for written dates only).
 */
function resolveEventDate(
  d: EventDeadline,
  use: boolean,
  policy: DeadlinePolicy,
  cal: WorkingCalendar,
): ResolvedDeadline {
  if (!use || d.eventDate === undefined) return { ...NONE, flags: d.flags };
  const due = d.bound === "before" ? toIso(addDays(fromIso(d.eventDate), -1)) : d.eventDate;
  return resolveNamed(due, "inclusive", d.flags, policy, cal);
}

function resolveRecurring(
  d: RecurringDeadline,
  asOf: IsoDate | undefined,
  policy: DeadlinePolicy,
  cal: WorkingCalendar,
): ResolvedDeadline {
  const from = asOf ?? d.recurrence.start;
  const occurrence = from === undefined ? undefined : nextOccurrence(d.recurrence, from);
  if (!occurrence) return { ...NONE, flags: d.flags };
  return {
    due: occurrence.due,
    bound: occurrence.bound,
    lastOnTimeDay: lastOnTimeDayOf(occurrence.due, occurrence.bound, {
      policy,
      calendar: cal,
      roll: policy.rollForwardDirectiveDue,
    }),
    flags: d.flags,
  };
}

/**
 * A deadline as dates under a calendar and a policy. `due` is the date the
 * words name ("trước ngày D" → D); `lastOnTimeDay` is the last day on time.
 * Named dates roll forward off a day off only when `rollForwardDirectiveDue`;
 * relative periods when `rollForwardRelativePeriods` (the default). Recurring
 * deadlines give the first occurrence due on or after `asOf` (or after the
 * obligation's start when `asOf` is absent). Urgent, ongoing and unparsed
 * deadlines, events without a date and periods without an anchor date have no
 * dates. Flags pass through.
 * @example resolveDeadline({ kind: "relative", text: "", flags: [], amount: 15, unit: "working_day", anchor: { text: "ngày ký", date: "2026-02-05" } }).due // "2026-03-05"
 */
export function resolveDeadline(d: Deadline, opts: ResolveOptions = {}): ResolvedDeadline {
  const policy = policyWith(opts.policy);
  const cal = opts.calendar ?? defaultCalendar();
  switch (d.kind) {
    case "event":
      if (d.date === undefined)
        return resolveEventDate(d, opts.useEventDates !== false, policy, cal);
      return resolveNamed(d.date, d.bound, d.flags, policy, cal);
    case "date":
      return resolveNamed(d.date, d.bound, d.flags, policy, cal);
    case "relative":
      return resolveRelative(d, policy, cal);
    case "recurring":
      return resolveRecurring(d, opts.asOf, policy, cal);
    case "urgent":
    case "ongoing":
    case "unparsed":
      return { ...NONE, flags: d.flags };
    default: {
      const never: never = d;
      return never;
    }
  }
}

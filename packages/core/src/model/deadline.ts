import { z } from "zod";
import { IsoDate } from "../dates/civil-date.js";

/**
 * A deadline as a plain, serialisable value: the words as written plus their
 * structured meaning. Parsing produces it; resolving it to dates under a calendar
 * and a policy is a separate step (see ../deadline/resolve.ts).
 */

/** "before": the text says "trước ngày D"; "inclusive": D itself is on time. */
export const DeadlineBound = z.enum(["before", "inclusive"]);
export type DeadlineBound = z.infer<typeof DeadlineBound>;

/**
 * Why a reading deserves a person's look. Stable codes; apps map them to words.
 * - ambiguous: more than one reading (e.g. "tuần đầu tháng" → the 7th)
 * - year_inferred: no year written; the document's year (or the next) was used
 * - unclear_anchor: relative period whose start is not stated ("sau 5 năm")
 * - start_of_obligation: the phrase says when a duty starts, not when it is due
 * - event_date_unknown: an event with no date in the event table
 * - unparsed: matched no rule ("không xác định")
 * - multiple_deadlines: the text holds more than one deadline
 * - no_reference_date: the reading needs the document's date (a yearless date,
 *   a schedule, "kể từ ngày ký") and none was given: no date is made up
 */
export const DeadlineFlag = z.enum([
  "ambiguous",
  "year_inferred",
  "unclear_anchor",
  "start_of_obligation",
  "event_date_unknown",
  "unparsed",
  "multiple_deadlines",
  "no_reference_date",
]);
export type DeadlineFlag = z.infer<typeof DeadlineFlag>;

/** How precise the written date is: "trong tháng 9/2025" is month precision. */
export const DatePrecision = z.enum(["day", "week", "month", "quarter", "half_year", "year"]);
export type DatePrecision = z.infer<typeof DatePrecision>;

export const RecurrenceFrequency = z.enum([
  "daily",
  "weekly",
  "monthly",
  "quarterly",
  "half_yearly",
  "yearly",
]);
export type RecurrenceFrequency = z.infer<typeof RecurrenceFrequency>;

export const Weekday = z.enum(["mon", "tue", "wed", "thu", "fri", "sat", "sun"]);
export type Weekday = z.infer<typeof Weekday>;

/**
 * A recurring deadline, rrule-like and serialisable; ../deadline/recurrence.ts
 * computes its occurrences. Periods are calendar periods of `freq` (month,
 * quarter, half-year, year; ISO week Monday–Sunday for weekly).
 * - `byMonthDay`: the day the occurrence is due ("trước ngày 25 hàng tháng" → 25);
 *   absent means the period's last day. Clamped to the month's length.
 * - `byMonth`: for quarterly, half-yearly and yearly, the month(s) of the year the
 *   day falls in ("ngày 10 tháng đầu quý" → [1, 4, 7, 10]; "15/6 và 15/12 hằng năm"
 *   → [6, 12]); absent means each period's last month.
 * - `byWeekday`: weekly only; absent means Sunday (the week's last day).
 * - `interval`: every n-th period ("2 năm một lần"); absent means 1.
 */
export const Recurrence = z.strictObject({
  freq: RecurrenceFrequency,
  interval: z.number().int().min(1).max(100).optional(),
  byMonthDay: z.number().int().min(1).max(31).optional(),
  byMonth: z.array(z.number().int().min(1).max(12)).min(1).optional(),
  byWeekday: Weekday.optional(),
  bound: DeadlineBound,
  /** First date the obligation applies (usually the document's date). */
  start: IsoDate.optional(),
});
export type Recurrence = z.infer<typeof Recurrence>;

const common = {
  /** The words exactly as written in the directive (NFC). */
  text: z.string(),
  flags: z.array(DeadlineFlag),
};

export const DateDeadline = z.strictObject({
  kind: z.literal("date"),
  ...common,
  /** The date the words name: the day itself, or the last day of the month/quarter/… */
  date: IsoDate,
  precision: DatePrecision,
  bound: DeadlineBound,
});
export type DateDeadline = z.infer<typeof DateDeadline>;

export const RecurringDeadline = z.strictObject({
  kind: z.literal("recurring"),
  ...common,
  recurrence: Recurrence,
  /**
   * Further rules of the same duty on unrelated days ("6 tháng (trước ngày 16/6),
   * tổng kết năm (trước ngày 20/11 hàng năm)"): `recurrence` is the first written.
   */
  more: z.array(Recurrence).optional(),
});
export type RecurringDeadline = z.infer<typeof RecurringDeadline>;

export const RelativeDeadline = z.strictObject({
  kind: z.literal("relative"),
  ...common,
  amount: z.number().int().positive(),
  /** "hour" periods ("trong 24 giờ") need a time of day: they resolve to no date. */
  unit: z.enum(["day", "working_day", "month", "year", "hour"]),
  /** "before": counted back from the anchor ("90 ngày trước ngày hết thời hạn"); absent: after. */
  direction: z.enum(["before"]).optional(),
  /** The period's end as the text itself reckons it ("(tức ngày 30/11/2025)"). */
  date: IsoDate.optional(),
  /** What the period counts from, and its date when known ("kể từ ngày ký" → the document date). */
  anchor: z.strictObject({
    text: z.string(),
    date: IsoDate.optional(),
  }),
});
export type RelativeDeadline = z.infer<typeof RelativeDeadline>;

export const EventDeadline = z.strictObject({
  kind: z.literal("event"),
  ...common,
  /** The event as named ("Hội nghị Trung ương 14", "Đại hội XIV", "Tết Nguyên đán"). */
  event: z.string(),
  /** The date the words give: a written date, or the named month's or year's end. */
  date: IsoDate.optional(),
  /**
   * The event's own first day from the event table or the lunar calendar (Tết),
   * when the words give no date. Resolving uses it unless told not to; "trước"
   * then ends the day before the event.
   */
  eventDate: IsoDate.optional(),
  bound: DeadlineBound,
});
export type EventDeadline = z.infer<typeof EventDeadline>;

export const UrgentDeadline = z.strictObject({ kind: z.literal("urgent"), ...common });
export type UrgentDeadline = z.infer<typeof UrgentDeadline>;

export const OngoingDeadline = z.strictObject({ kind: z.literal("ongoing"), ...common });
export type OngoingDeadline = z.infer<typeof OngoingDeadline>;

export const UnparsedDeadline = z.strictObject({ kind: z.literal("unparsed"), ...common });
export type UnparsedDeadline = z.infer<typeof UnparsedDeadline>;

export const Deadline = z.discriminatedUnion("kind", [
  DateDeadline,
  RecurringDeadline,
  RelativeDeadline,
  EventDeadline,
  UrgentDeadline,
  OngoingDeadline,
  UnparsedDeadline,
]);
export type Deadline = z.infer<typeof Deadline>;
export type DeadlineKind = Deadline["kind"];

export const DEADLINE_KINDS = [
  "date",
  "recurring",
  "relative",
  "event",
  "urgent",
  "ongoing",
  "unparsed",
] as const satisfies readonly DeadlineKind[];

/** A deadline resolved to a due date under a calendar and policy. */
export const ResolvedDeadline = z.strictObject({
  /** The date named by the deadline (for "before" deadlines, D itself); null when there is none. */
  due: IsoDate.nullable(),
  bound: DeadlineBound.nullable(),
  /** Last day that counts as on time under the policy (D−1 or D for "before"; rolled forward if set). */
  lastOnTimeDay: IsoDate.nullable(),
  flags: z.array(DeadlineFlag),
});
export type ResolvedDeadline = z.infer<typeof ResolvedDeadline>;

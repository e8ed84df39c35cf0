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
 */
export const DeadlineFlag = z.enum([
  "ambiguous",
  "year_inferred",
  "unclear_anchor",
  "start_of_obligation",
  "event_date_unknown",
  "unparsed",
  "multiple_deadlines",
]);
export type DeadlineFlag = z.infer<typeof DeadlineFlag>;

/** How precise the written date is: "trong tháng 9/2025" is month precision. */
export const DatePrecision = z.enum(["day", "week", "month", "quarter", "half_year", "year"]);
export type DatePrecision = z.infer<typeof DatePrecision>;

export const RecurrenceFrequency = z.enum(["monthly", "quarterly", "half_yearly", "yearly"]);
export type RecurrenceFrequency = z.infer<typeof RecurrenceFrequency>;

/**
 * A recurring deadline (rrule-like). `byMonthDay` is the day of the period's
 * last month the occurrence is due ("trước ngày 25 hàng tháng" → 25, bound
 * before); absent means the period's last day.
 */
export const Recurrence = z.strictObject({
  freq: RecurrenceFrequency,
  byMonthDay: z.number().int().min(1).max(31).optional(),
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
});
export type RecurringDeadline = z.infer<typeof RecurringDeadline>;

export const RelativeDeadline = z.strictObject({
  kind: z.literal("relative"),
  ...common,
  amount: z.number().int().positive(),
  unit: z.enum(["day", "working_day", "month", "year"]),
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
  /** The date used: the named month's end, or the event table's date. Absent when unknown. */
  date: IsoDate.optional(),
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

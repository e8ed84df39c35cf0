import type { IsoDate } from "../dates/civil-date.js";
import {
  DeadlineFlag,
  type DatePrecision,
  type Deadline,
  type DeadlineBound,
  type DateDeadline,
} from "../model/deadline.js";
import type { InferredDate } from "./date-parts.js";

/** A deadline value before the words it came from are attached. */
export type DeadlineValue = Deadline extends infer D
  ? D extends unknown
    ? Omit<D, "text">
    : never
  : never;

/** What every form scanner reads. */
export interface ScanInput {
  /** The NFC sentence as written (offsets point into it). */
  original: string;
  /** Same length as `original`, folded for matching (see fold.ts). */
  folded: string;
  documentDate: IsoDate;
}

/**
 * One possible deadline phrase. `bare` marks a phrase without a deadline word
 * ("tháng 9/2025", "ngày 31/8/2025"): a deadline only when it is the whole input
 * of parseDeadline, never inside running text (there it is a report's period or a
 * cited document's date).
 */
export interface Candidate {
  start: number;
  end: number;
  value: DeadlineValue;
  bare: boolean;
}

export type FormScanner = (input: ScanInput) => Candidate[];

/** Flags in their canonical order (the schema's), without duplicates. */
export function flagList(...flags: Array<DeadlineFlag | false | undefined>): DeadlineFlag[] {
  const set = new Set(flags.filter((f): f is DeadlineFlag => typeof f === "string"));
  return DeadlineFlag.options.filter((f) => set.has(f));
}

/** A date-kind value for a placed date; a year taken from the document is flagged. */
export function dateValue(
  date: InferredDate,
  precision: DatePrecision,
  bound: DeadlineBound,
  ...flags: DeadlineFlag[]
): Omit<DateDeadline, "text"> {
  return {
    kind: "date",
    date: date.iso,
    precision,
    bound,
    flags: flagList(...flags, date.yearInferred && "year_inferred"),
  };
}

/** Run a global regex and turn each match into at most one candidate. */
export function scanMatches(
  re: RegExp,
  input: ScanInput,
  build: (m: RegExpExecArray) => { value: DeadlineValue; bare: boolean } | null,
): Candidate[] {
  const out: Candidate[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(input.folded); m !== null; m = re.exec(input.folded)) {
    if (m[0].length === 0) {
      re.lastIndex += 1;
      continue;
    }
    const built = build(m);
    if (built) out.push({ start: m.index, end: m.index + m[0].length, ...built });
  }
  return out;
}

/** True for kinds that carry a date or a schedule (everything but urgent/ongoing words). */
export function isDated(value: DeadlineValue): boolean {
  if (value.kind === "urgent" || value.kind === "unparsed") return false;
  if (value.kind === "ongoing") return value.flags.includes("start_of_obligation");
  return true;
}

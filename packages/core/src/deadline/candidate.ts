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
  // Most readings have no flag or one: no set to build for them.
  let only: DeadlineFlag | undefined;
  let count = 0;
  for (const f of flags) {
    if (typeof f !== "string" || f === only) continue;
    only = f;
    count += 1;
  }
  if (count === 0) return [];
  if (count === 1 && only !== undefined) return FLAG_ORDER.has(only) ? [only] : [];
  const set = new Set(flags.filter((f): f is DeadlineFlag => typeof f === "string"));
  return DeadlineFlag.options.filter((f) => set.has(f));
}

const FLAG_ORDER: ReadonlySet<string> = new Set(DeadlineFlag.options);

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

/**
 * What a scanner's matches begin with, so that a scan can skip the text before
 * it: every match holds `anchor` (a word, "digit" for any ASCII digit, or a
 * non-global regex: its leftmost match), and before its first anchor only characters of `lead` (the letters of its
 * deadline words, spaces and the punctuation it allows). Made by `scanLead`.
 */
export interface ScanLead {
  anchor: string | RegExp;
  lead: Uint8Array;
}

/**
 * A ScanLead for `re` from the anchor and every word and mark that may come
 * before it in a match (spaces are always allowed). Listing too much only scans more text;
 * leaving out a letter a match may start with would lose the match.
 */
export function scanLead(re: RegExp, anchor: string | RegExp, before: string): ScanLead {
  const lead = new Uint8Array(0x1f00);
  for (const ch of before) {
    const code = ch.charCodeAt(0);
    if (code < lead.length) lead[code] = 1;
  }
  const made = { anchor, lead };
  SCAN_LEADS.push({ re, lead: made });
  return made;
}

/** Every scanner regex with its ScanLead, for the test that no match starts before it. */
export const SCAN_LEADS: Array<{ re: RegExp; lead: ScanLead }> = [];

/** `\s` of a Unicode regex: the spaces a pattern's `\s+` reads. */
function isRegexSpace(code: number): boolean {
  return (
    code === 0x20 ||
    (code >= 0x09 && code <= 0x0d) ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

function firstDigit(text: string): number {
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) return i;
  }
  return -1;
}

/**
 * The first index a match of a scanner with this lead can start at; -1 when the
 * text has no anchor (no match at all). A match starting at s has its first
 * anchor at some p ≥ the text's first anchor p1, with only lead characters in
 * [s, p); so if s < p1, [s, p1) is all lead characters too: s is not before the
 * run of lead characters that ends at p1, where the scan starts.
 */
export function scanStart(folded: string, { anchor, lead }: ScanLead): number {
  let i =
    typeof anchor !== "string"
      ? folded.search(anchor)
      : anchor === "digit"
        ? firstDigit(folded)
        : folded.indexOf(anchor);
  if (i < 0) return -1;
  while (i > 0) {
    const code = folded.charCodeAt(i - 1);
    if ((code < lead.length && lead[code] === 1) || isRegexSpace(code)) i -= 1;
    else break;
  }
  return i;
}

/**
 * Run a global regex and turn each match into at most one candidate. With a
 * ScanLead (or the scanStart it gives) the scan skips the text no match can
 * start in.
 */
export function scanMatches(
  re: RegExp,
  input: ScanInput,
  build: (m: RegExpExecArray) => { value: DeadlineValue; bare: boolean } | null,
  starts?: ScanLead | number,
): Candidate[] {
  const out: Candidate[] = [];
  const from =
    starts === undefined
      ? 0
      : typeof starts === "number"
        ? starts
        : scanStart(input.folded, starts);
  if (from < 0) return out;
  re.lastIndex = from;
  for (let m = re.exec(input.folded); m !== null; m = re.exec(input.folded)) {
    if (m[0].length === 0) {
      re.lastIndex += 1;
      continue;
    }
    const built = build(m);
    if (built)
      out.push({
        start: m.index,
        end: m.index + m[0].length,
        value: built.value,
        bare: built.bare,
      });
  }
  return out;
}

/** True for kinds that carry a date or a schedule (everything but urgent/ongoing words). */
export function isDated(value: DeadlineValue): boolean {
  if (value.kind === "urgent" || value.kind === "unparsed") return false;
  if (value.kind === "ongoing") return value.flags.includes("start_of_obligation");
  return true;
}

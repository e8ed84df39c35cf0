import type { IsoDate } from "../dates/civil-date.js";
import type { Deadline } from "../model/deadline.js";
import { isDated, type Candidate, type FormScanner, type ScanInput } from "./candidate.js";
import { isProgressReport } from "./context.js";
import { scanEventForms } from "./event.js";
import { scanExplicitDates } from "./explicit-date.js";
import { foldSameLength } from "./fold.js";
import { PROBE_DATES, withoutReference } from "./no-reference.js";
import { scanMonthForms } from "./month.js";
import { scanNoDateForms } from "./no-date.js";
import { scanQuarterForms } from "./quarter.js";
import { scanRecurringForms } from "./recurring.js";
import { scanRelativeForms } from "./relative.js";
import { scanSpanForms } from "./span.js";
import { scanWeekForms } from "./week.js";
import { scanYearForms } from "./year.js";

/** A deadline phrase found in running text; offsets index the NFC sentence. */
export interface DeadlineMention {
  start: number;
  end: number;
  /** The phrase as written (NFC). */
  text: string;
  deadline: Deadline;
}

export interface FindOptions {
  /** The directive's date; without it, readings that need it are flagged no_reference_date. */
  documentDate?: IsoDate | undefined;
}

/**
 * Every form family, dated forms first so they win ties of equal length. A
 * family whose phrases need a word or digit the text lacks is skipped: the
 * recurring, relative, event and explicit-date families test their own words
 * first (recurring.ts, relative.ts, event.ts, explicit-date.ts), the week and
 * quarter scans start at their word or not at all (candidate.ts: ScanLead); the
 * others have a trigger here. One regex of alternatives scans once, where a substring test
 * per word would scan once per word.
 */
const SCANNERS: ReadonlyArray<{ trigger?: RegExp | string; scan: FormScanner }> = [
  { scan: scanRecurringForms },
  { scan: scanRelativeForms },
  { scan: scanEventForms },
  { scan: scanWeekForms },
  { scan: scanExplicitDates },
  { trigger: "tháng", scan: scanMonthForms },
  { scan: scanQuarterForms },
  { trigger: "năm", scan: scanYearForms },
  { trigger: /\d\s*(?:,|và|-)/u, scan: scanSpanForms },
  { trigger: /khẩn|sớm|ngay|kịp|tiếp|thường|liên|từ/u, scan: scanNoDateForms },
];

function triggered(trigger: RegExp | string | undefined, folded: string): boolean {
  if (trigger === undefined) return true;
  return typeof trigger === "string" ? folded.includes(trigger) : trigger.test(folded);
}

/** All candidates of every family over one input, before any choice is made. */
export function scanAll(input: ScanInput): Candidate[] {
  const { folded } = input;
  const out: Candidate[] = [];
  for (const { trigger, scan } of SCANNERS) {
    if (!triggered(trigger, folded)) continue;
    for (const c of scan(input))
      if (c.value.kind !== "date" || !isProgressReport(folded, c.start, c.end)) out.push(c);
  }
  return out;
}

/**
 * Keep the longest phrase where phrases overlap ("chậm nhất trước ngày 25 hàng
 * tháng" over "trước ngày 25"; "ngay từ năm học …" over "ngay"); on equal length
 * the earlier scanner wins. Result in text order.
 */
export function chooseNonOverlapping(candidates: readonly Candidate[]): Candidate[] {
  const ranked = candidates
    .map((c, order) => ({ c, order }))
    .sort((a, b) => b.c.end - b.c.start - (a.c.end - a.c.start) || a.order - b.order);
  // Chosen phrases are disjoint, so sorted by start they are sorted by end too:
  // one binary search tells whether a candidate overlaps any (n log n, not n²).
  const chosen: Candidate[] = [];
  for (const { c } of ranked) {
    let lo = 0;
    let hi = chosen.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((chosen[mid] as Candidate).end <= c.start) lo = mid + 1;
      else hi = mid;
    }
    const next = chosen[lo];
    if (next === undefined || c.end <= next.start) chosen.splice(lo, 0, c);
  }
  return chosen;
}

/**
 * Dated phrases win: urgency and continuity words ("khẩn trương", "tiếp tục")
 * are reported only when the text names no date or schedule.
 */
export function preferDated(chosen: readonly Candidate[]): Candidate[] {
  const dated = chosen.filter((c) => isDated(c.value));
  return dated.length > 0 ? dated : [...chosen];
}

export function toMention(c: Candidate, original: string): DeadlineMention {
  const text = original.slice(c.start, c.end);
  return { start: c.start, end: c.end, text, deadline: { ...c.value, text } as Deadline };
}

/**
 * Locate the deadline phrases of a sentence. Dates that are not deadlines are
 * skipped: a date needs a deadline word ("trước", "trong", "chậm nhất", "đến",
 * "vào", "hằng"…), and context rules drop session dates ("tại phiên họp vào
 * ngày…"), cited documents' dates, target years ("các mục tiêu, chỉ tiêu … trong
 * năm 2025"), the period of a report ("tình hình … trong tháng 8/2025"), start
 * dates ("từ ngày 1/7/2025") and span ends ("từ 1/7 đến 31/8"). Never throws.
 */
export function findDeadlines(sentence: string, opts: FindOptions): DeadlineMention[] {
  const original = sentence.normalize("NFC");
  if (opts.documentDate !== undefined) return findAt(original, opts.documentDate);
  const [p0, p1] = PROBE_DATES;
  const other = new Map(findAt(original, p1).map((m) => [`${m.start}:${m.end}`, m.deadline]));
  return findAt(original, p0).map((m) => ({
    ...m,
    deadline: withoutReference(m.deadline, other.get(`${m.start}:${m.end}`)),
  }));
}

function findAt(original: string, documentDate: IsoDate): DeadlineMention[] {
  const input: ScanInput = { original, folded: foldSameLength(original), documentDate };
  const candidates = scanAll(input).filter(
    (c) => !c.bare || (c.value.kind === "date" && afterFinishWord(input.folded, c.start)),
  );
  return preferDated(chooseNonOverlapping(candidates)).map((c) => toMention(c, original));
}

/**
 * "xong" (finished) right before a period makes it the due in running text too
 * ("tháo gỡ khó khăn xong cuối tháng 12 năm 2025", "sắp xếp xong tháng 10/2025"):
 * a bare period is otherwise a report's period or a cited date. Not after "đã"
 * in the same clause ("đã cơ bản sắp xếp xong tháng 10/2025" reports the past).
 */
function afterFinishWord(folded: string, start: number): boolean {
  const before = folded.slice(Math.max(0, start - 60), start);
  return FINISH_BEFORE.test(before) && !DONE_BEFORE.test(before);
}

const FINISH_BEFORE = /(?<![\p{L}\p{M}])xong\s+$/u;
const DONE_BEFORE = /(?<![\p{L}\p{M}])đã(?![\p{L}\p{M}])[^,;.:]*$/u;

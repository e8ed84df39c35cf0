import { assertIsoDate, type IsoDate } from "../dates/civil-date.js";
import type { Deadline } from "../model/deadline.js";
import { flagList, isDated, type Candidate, type ScanInput } from "./candidate.js";
import { conditionEvent } from "./condition.js";
import { chooseNonOverlapping, preferDated, scanAll } from "./find.js";
import { isPrecomposed } from "../text/normalize.js";
import { foldKnown, foldSameLength, isPlainText } from "./fold.js";
import { PROBE_DATES, withoutReference } from "./no-reference.js";

export interface ParseOptions {
  /**
   * The directive's date: the year of dates written without one, "ngày ký", the
   * start of a schedule. Without it nothing is dated from a made-up year: see
   * no-reference.ts (flag no_reference_date).
   */
  documentDate?: IsoDate | undefined;
}

/**
 * Parse one deadline phrase as a directive writes it ("trong tháng 9/2025",
 * "chậm nhất trước ngày 25 hàng tháng", "khẩn trương", "báo cáo Bộ Chính trị
 * trong quý IV/2025"). The phrase may carry surrounding words; a bare date or
 * period ("tháng 10-2025", "31/8/2025", "quý I-2026") counts only when it is the
 * whole phrase. With several different deadlines the first is returned, flagged
 * multiple_deadlines. Anything else is `unparsed` carrying the text: it never
 * throws on the text and never guesses. `text` is the input in NFC, trimmed.
 * A `documentDate` given that is not a real `YYYY-MM-DD` day throws a RangeError.
 */
export function parseDeadline(text: string, opts: ParseOptions): Deadline {
  // A wrong documentDate is the caller's bug, not the officer's words: it throws.
  // None at all is allowed: the reading is then kind-only (no_reference_date).
  if (opts.documentDate !== undefined) assertIsoDate(opts.documentDate);
  // One scan tells most text is NFC already and folds by lower case only.
  const plain = typeof text === "string" && isPlainText(text);
  const original = (plain ? text : safeNfc(text)).trim();
  try {
    // Folded once, also when read against both probe dates.
    const folded = plain ? foldKnown(original, true) : foldSameLength(original);
    if (opts.documentDate !== undefined)
      return parseNormalized(original, folded, opts.documentDate);
    const [p0, p1] = PROBE_DATES;
    return withoutReference(
      parseNormalized(original, folded, p0),
      parseNormalized(original, folded, p1),
    );
  } catch {
    // A rule bug must not lose the officer's words: keep them, unparsed.
    return unparsed(original);
  }
}

function parseNormalized(original: string, folded: string, documentDate: IsoDate): Deadline {
  const input: ScanInput = { original, folded, documentDate };
  const all = scanAll(input);
  // Plain loops: most phrases give one to three candidates.
  let hasWorded = false;
  let hasBare = false;
  for (const c of all) {
    if (c.bare) hasBare = true;
    else if (isDated(c.value)) hasWorded = true;
  }
  let candidates = all;
  if (hasBare) {
    const heads = hasWorded ? new Set<Candidate>() : headDates(input.folded, all);
    const core = coreSpan(original);
    candidates = all.filter(
      (c) => !c.bare || (c.start <= core.start && c.end >= core.end) || heads.has(c),
    );
  }
  const chosen = mergeLists(input.folded, preferDated(chooseNonOverlapping(candidates)));
  const first = pick(chosen);
  if (first === undefined) {
    // Nothing dated: a cell may still name the condition the task waits on.
    const condition = conditionEvent(original, input.folded);
    return condition === null ? unparsed(original) : ({ ...condition, text: original } as Deadline);
  }
  // Serialise only when there are two dated readings to compare.
  let dated = 0;
  for (const c of chosen) if (isDated(c.value)) dated += 1;
  const several =
    dated > 1 &&
    new Set(chosen.filter((c) => isDated(c.value)).map((c) => JSON.stringify(c.value))).size > 1;
  const flags = several ? flagList(...first.value.flags, "multiple_deadlines") : first.value.flags;
  // The values are this call's own (every scan builds them anew): completing the
  // chosen one in place gives the spread's key order without a megamorphic clone.
  const deadline = first.value as Deadline;
  deadline.text = original;
  deadline.flags = flags;
  return deadline;
}

/**
 * The dates that head the item (headsItem), and a bare period listed right after
 * one that does: it belongs to it ("phấn đấu cuối năm 2025 và quý I-2026"); one
 * pass in text order.
 */
function headDates(folded: string, all: readonly Candidate[]): Set<Candidate> {
  const heads = new Set(all.filter((c) => c.value.kind === "date" && headsItem(folded, c)));
  let last: Candidate | undefined;
  for (const c of [...all].sort((a, b) => a.start - b.start)) {
    if (c.value.kind !== "date") continue;
    if (heads.has(c)) last = c;
    else if (
      c.bare &&
      last !== undefined &&
      last.end <= c.start &&
      /^(?:\s*(?:,|và|-|–)\s*)+$/u.test(folded.slice(last.end, c.start))
    ) {
      heads.add(c);
      last = c;
    }
  }
  return heads;
}

/**
 * The reading a task is judged by: a schedule first (it names the duty's cycle;
 * dates beside it bound its window, "Từ 16/4/2025 - 31/10/2025, định kỳ … thứ 4
 * hằng tuần"); else the first reading that gives a date ("không quá 4 ngày …,
 * hoàn thành trước ngày 31/10/2025": the duration limit has no start); else the first.
 */
function pick(chosen: readonly Candidate[]): Candidate | undefined {
  return (
    chosen.find((c) => c.value.kind === "recurring") ??
    chosen.find((c) => givesDate(c.value)) ??
    chosen[0]
  );
}

function givesDate(v: Candidate["value"]): boolean {
  switch (v.kind) {
    case "date":
      return true;
    case "event":
      return v.date !== undefined;
    case "relative":
      return v.date !== undefined || v.anchor.date !== undefined;
    default:
      return false;
  }
}

/**
 * Dates listed one after the other ("trong tháng 4 và tháng 8 năm 2026", "cuối
 * năm 2025 và quý I-2026", "Quý IV/2025- Quý II/2026") are one span: the task is
 * judged by the later end, flagged multiple_deadlines.
 */
function mergeLists(folded: string, chosen: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const c of chosen) {
    const prev = out.at(-1);
    if (
      prev !== undefined &&
      prev.value.kind === "date" &&
      c.value.kind === "date" &&
      /^(?:\s*(?:,|và|-|đến|–)\s*)+$/u.test(folded.slice(prev.end, c.start))
    ) {
      const later = c.value.date >= prev.value.date ? c : prev;
      out[out.length - 1] = {
        start: prev.start,
        end: c.end,
        bare: prev.bare && c.bare,
        value: { ...later.value, flags: flagList(...later.value.flags, "multiple_deadlines") },
      };
    } else out.push(c);
  }
  return out;
}

/**
 * A period with no deadline word still is the deadline when it heads the phrase,
 * a table cell or a list item ("| Năm 2025 - 2026", "- Đưa vào vận hành: quý
 * IV/2028") or follows a word of completion or timing ("xong cuối tháng 12 năm
 * 2025", "đưa vào sử dụng tháng 12-2025", "Dự kiến tuần 1 tháng 01 năm 2026") —
 * but not a dateline ("Ngày 28 tháng 11 năm 2025, tại …": when something happened)
 * nor a yearless number that may be an item's ("3.3. Khẩn trương …").
 */
function headsItem(folded: string, c: Candidate): boolean {
  const before = folded.slice(Math.max(0, c.start - 60), c.start);
  const after = folded.slice(c.end, c.end + 2);
  if (c.value.kind !== "date" || c.value.flags.includes("year_inferred")) return false;
  if (c.value.precision === "day" && /^\s*,/u.test(after)) return false;
  return (
    /(?:^|[|:+]|^\s*-|\s-)\s*$/u.test(before) ||
    /(?:xong|hoàn thành|sử dụng|vận hành|dự kiến|trọng tâm|khởi công|thời gian|phấn đấu)\s*:?\s*$/u.test(
      before,
    )
  );
}

/** The phrase without surrounding punctuation ("31/8/2025." is a whole date). */
function coreSpan(text: string): { start: number; end: number } {
  // Two linear walks: a trailing `[…]*$` regex retried at every start is quadratic.
  let start = 0;
  while (start < text.length && isEdge(text.charAt(start))) start += 1;
  let end = text.length;
  while (end > start && isEdge(text.charAt(end - 1))) end -= 1;
  return { start, end };
}

const EDGE: ReadonlySet<string> = new Set([...".,;:*()\"'“”‘’-"]);
const isEdge = (ch: string) => EDGE.has(ch) || /\s/u.test(ch);

function unparsed(text: string): Deadline {
  return { kind: "unparsed", text, flags: ["unparsed"] };
}

function safeNfc(text: unknown): string {
  if (typeof text !== "string") return "";
  if (isPrecomposed(text)) return text; // already NFC (text/normalize.ts)
  try {
    return text.normalize("NFC");
  } catch {
    return text;
  }
}

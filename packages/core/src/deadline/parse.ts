import { assertIsoDate, type IsoDate } from "../dates/civil-date.js";
import type { Deadline } from "../model/deadline.js";
import { flagList, isDated, type ScanInput } from "./candidate.js";
import { chooseNonOverlapping, preferDated, scanAll } from "./find.js";
import { foldSameLength } from "./fold.js";

export interface ParseOptions {
  /** The directive's date: the year of dates written without one, "ngày ký". */
  documentDate: IsoDate;
}

/**
 * Parse one deadline phrase as a directive writes it ("trong tháng 9/2025",
 * "chậm nhất trước ngày 25 hàng tháng", "khẩn trương", "báo cáo Bộ Chính trị
 * trong quý IV/2025"). The phrase may carry surrounding words; a bare date or
 * period ("tháng 10-2025", "31/8/2025", "quý I-2026") counts only when it is the
 * whole phrase. With several different deadlines the first is returned, flagged
 * multiple_deadlines. Anything else is `unparsed` carrying the text: it never
 * throws on the text and never guesses. `text` is the input in NFC, trimmed.
 * A `documentDate` that is not a real `YYYY-MM-DD` day throws a RangeError.
 */
export function parseDeadline(text: string, opts: ParseOptions): Deadline {
  // A wrong documentDate is the caller's bug, not the officer's words: it throws.
  assertIsoDate(opts.documentDate);
  const original = safeNfc(text).trim();
  try {
    return parseNormalized(original, opts.documentDate);
  } catch {
    // A rule bug must not lose the officer's words: keep them, unparsed.
    return unparsed(original);
  }
}

function parseNormalized(original: string, documentDate: IsoDate): Deadline {
  const input: ScanInput = { original, folded: foldSameLength(original), documentDate };
  const core = coreSpan(original);
  const candidates = scanAll(input).filter(
    (c) => !c.bare || (c.start <= core.start && c.end >= core.end),
  );
  const chosen = preferDated(chooseNonOverlapping(candidates));
  const [first] = chosen;
  if (first === undefined) return unparsed(original);
  const distinct = new Set(
    chosen.filter((c) => isDated(c.value)).map((c) => JSON.stringify(c.value)),
  );
  const flags =
    distinct.size > 1 ? flagList(...first.value.flags, "multiple_deadlines") : first.value.flags;
  return { ...first.value, text: original, flags } as Deadline;
}

/** The phrase without surrounding punctuation ("31/8/2025." is a whole date). */
function coreSpan(text: string): { start: number; end: number } {
  const lead = /^[\s.,;:*()"'“”‘’-]*/u.exec(text)?.[0].length ?? 0;
  const trail = /[\s.,;:*()"'“”‘’-]*$/u.exec(text.slice(lead))?.[0].length ?? 0;
  return { start: lead, end: text.length - trail };
}

function unparsed(text: string): Deadline {
  return { kind: "unparsed", text, flags: ["unparsed"] };
}

function safeNfc(text: unknown): string {
  if (typeof text !== "string") return "";
  try {
    return text.normalize("NFC");
  } catch {
    return text;
  }
}

import type { IsoDate } from "../dates/civil-date.js";
import { findDeadlines, type DeadlineMention } from "../deadline/find.js";
import type { Deadline } from "../model/deadline.js";
import { splitSentences } from "./segments.js";

/** Kinds that name a date or a schedule. */
export function isDatedDeadline(d: Deadline): boolean {
  return d.kind === "date" || d.kind === "recurring" || d.kind === "relative" || d.kind === "event";
}

export interface DeadlinePick {
  deadline: Deadline | null;
  /** Other dated deadlines that differ from the chosen one. */
  others: DeadlineMention[];
  /** The chosen phrase sits in a later sentence of its own ("Hoàn thành … trước ngày D."). */
  ownSentence: boolean;
  mentions: DeadlineMention[];
}

function valueKey(d: Deadline): string {
  const { text: _text, flags: _flags, ...rest } = d;
  return JSON.stringify(rest);
}

/**
 * The deadline of an assignment: its first dated phrase (a date, a period, a
 * schedule, an event), else its first urgency or continuity word. Dates that
 * are not deadlines are left out by findDeadlines.
 */
/** "Từ ngày 15 tháng 9 năm 2025 đến 30 tháng 11 năm 2025": a span, due at its end. */
const SPAN =
  /(?<![\p{L}])từ\s+(?:ngày\s+)?\d{1,2}(?:\s+tháng\s+\d{1,2}(?:\s+năm\s+\d{4})?|\/\d{1,2}(?:\/\d{4})?)\s+đến\s+(?:hết\s+)?(?:ngày\s+)?(\d{1,2}(?:\s+tháng\s+\d{1,2}\s+năm\s+\d{4}|\/\d{1,2}\/\d{4}))/iu;

/**
 * The end of a written span, as a dated deadline (gold README: "Từ ngày A đến
 * B" → B), or null. findDeadlines reads "Từ ngày A" alone as a start, not a deadline.
 * @example spanDeadline("Từ ngày 15/9/2025 đến ngày 30/11/2025, phối hợp …", undefined)?.kind // "date"
 */
export function spanDeadline(text: string, documentDate: IsoDate | undefined): Deadline | null {
  const m = SPAN.exec(text);
  if (!m) return null;
  const end = findDeadlines(`trước ngày ${m[1] ?? ""}`, { documentDate })[0]?.deadline;
  return end && end.kind === "date" ? { ...end, text: m[0] } : null;
}

/**
 * A roadmap step's period in brackets, closing the item: "(2025 - 2026)",
 * "(xuyên suốt 2025 - 2035)" → due at the end of the span (gold README: a span
 * → its end; a bare year → 31/12); "(2026 trở đi)" → a standing duty from 2026.
 * A programme's name ("giai đoạn 2021 - 2025") is not a step's period.
 */
const PERIOD =
  /\(\s*(?:xuyên suốt\s+)?(?:năm\s+)?(\d{4})\s*(?:[-–]\s*(\d{4})|(trở đi))\s*\)[\s.;*]*$/iu;

/** @example periodDeadline("Rà soát thủ tục hành chính (2027 - 2030).", undefined)?.kind // "date" */
export function periodDeadline(text: string, documentDate: IsoDate | undefined): Deadline | null {
  const m = PERIOD.exec(text);
  if (!m) return null;
  const words = m[0].replace(/^\(\s*|\s*\)[\s.;*]*$/gu, "");
  if (m[3]) return { kind: "ongoing", text: words, flags: ["start_of_obligation"] };
  const end = findDeadlines(`trong năm ${m[2] ?? ""}`, { documentDate })[0]?.deadline;
  return end && end.kind === "date" && Number(m[2]) >= Number(m[1])
    ? { ...end, text: words }
    : null;
}

export function pickDeadline(text: string, documentDate: IsoDate | undefined): DeadlinePick {
  const found = findDeadlines(text, { documentDate });
  const anyDated = found.some((m) => isDatedDeadline(m.deadline));
  const period = anyDated ? null : periodDeadline(text, documentDate);
  if (period) {
    const at = PERIOD.exec(text)?.index ?? 0;
    const mention = {
      deadline: period,
      text: period.text,
      start: at + 1,
      end: at + 1 + period.text.length,
    };
    return { deadline: period, others: [], ownSentence: false, mentions: [mention, ...found] };
  }
  const span = anyDated ? null : spanDeadline(text, documentDate);
  const at = span ? (SPAN.exec(text)?.index ?? 0) : 0;
  const mentions = span
    ? [
        {
          deadline: span,
          text: span.text,
          start: at,
          end: at + span.text.length,
        } satisfies DeadlineMention,
        ...found,
      ]
    : found;
  const dated = mentions.filter((m) => isDatedDeadline(m.deadline));
  const chosen = dated[0] ?? mentions[0];
  if (!chosen) return { deadline: null, others: [], ownSentence: false, mentions };
  // The chosen value's key is needed only when another dated phrase is there to compare.
  const key = dated.length > 1 ? valueKey(chosen.deadline) : "";
  const others = dated.filter((m) => m !== chosen && valueKey(m.deadline) !== key);
  const sentences = splitSentences(text);
  const index = sentences.findIndex((s) => chosen.start >= s.start && chosen.start < s.end);
  const sentence = sentences[index];
  const ownSentence =
    index > 0 &&
    sentence !== undefined &&
    /^\s*(?:hoàn thành|xong|báo cáo|thời hạn)/iu.test(text.slice(sentence.start, sentence.end));
  let deadline: Deadline = chosen.deadline;
  if (others.length > 0 && !deadline.flags.includes("multiple_deadlines")) {
    deadline = { ...deadline, flags: [...deadline.flags, "multiple_deadlines"] };
  }
  return { deadline, others, ownSentence, mentions };
}

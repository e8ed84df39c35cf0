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
export function pickDeadline(text: string, documentDate: IsoDate | undefined): DeadlinePick {
  const mentions = findDeadlines(text, { documentDate });
  const dated = mentions.filter((m) => isDatedDeadline(m.deadline));
  const chosen = dated[0] ?? mentions[0];
  if (!chosen) return { deadline: null, others: [], ownSentence: false, mentions };
  const key = valueKey(chosen.deadline);
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

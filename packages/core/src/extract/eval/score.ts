/**
 * The yardstick for task extraction: an extractor's tasks scored against a
 * gold annotation by the rule written at the end of
 * ../shared/corpus/directives/README.md ("Scoring an extractor against this
 * gold"), so that two people scoring the same output get the same figures.
 * Pure functions; reading files is the caller's business.
 */
import { normalizeVietnamese } from "../../text/normalize.js";

/** Deadline kinds of the gold annotation ("none": no time words). */
export type GoldKind = "date" | "recurring" | "relative" | "event" | "urgent" | "ongoing" | "none";

/** One gold task, as stored in gold.json (the fields scoring reads). */
export interface GoldTask {
  file: string;
  ref: string;
  lead: string[];
  deadlineKind: GoldKind;
  due: string | null;
  quote: string;
  kindAccept?: string[];
  dueAccept?: string[];
  leadAccept?: string[];
}

/** One gold document (the fields scoring reads). */
export interface GoldDocument {
  file: string;
  symbol: string | null;
  date: string | null;
  form: string;
}

/** An extracted task reduced to what is scored. */
export interface ScoredTask {
  text: string;
  lead: string[];
  /** The deadline kind in the gold's terms; anything else (e.g. "unparsed") never matches. */
  kind: string;
  due: string | null;
}

/**
 * Text as compared: NFC, lower case, tone marks of oa/oe/uy on the first vowel,
 * markdown markers `* | # \ _` dropped, whitespace collapsed.
 * @example normaliseForScoring("**Uỷ ban**  nhân dân | tỉnh") // "ủy ban nhân dân tỉnh"
 */
export function normaliseForScoring(text: string): string {
  return normalizeVietnamese(text.normalize("NFC"))
    .toLocaleLowerCase("vi")
    .replace(/[*|#\\_]/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

/** The word bigrams of a normalised text. */
export function wordBigrams(normalised: string): Set<string> {
  const words = normalised.split(" ").filter((w) => w.length > 0);
  const out = new Set<string>();
  for (let i = 0; i + 1 < words.length; i += 1) out.add(`${words[i]} ${words[i + 1]}`);
  return out;
}

/** Share (0–1) of the quote's word bigrams found in the text's. */
export function bigramOverlap(quote: Set<string>, text: Set<string>): number {
  if (quote.size === 0) return 0;
  let hit = 0;
  for (const b of quote) if (text.has(b)) hit += 1;
  return hit / quote.size;
}

/** The README's threshold for a partial match. */
export const PARTIAL_MATCH_SHARE = 0.7;

export interface TaskMatch {
  gold: number;
  extracted: number;
  how: "exact" | "partial";
}

/**
 * Match each gold task to at most one extracted task (and each extracted task to
 * at most one gold task) by the gold quote: exact containment first, then ≥ 70 %
 * of the quote's word bigrams; among candidates of the same kind the shorter
 * extracted task wins, then the earlier one.
 */
export function matchTasks(
  gold: readonly GoldTask[],
  extracted: readonly ScoredTask[],
): TaskMatch[] {
  const texts = extracted.map((t) => normaliseForScoring(t.text));
  const textBigrams = texts.map(wordBigrams);
  const quotes = gold.map((g) => normaliseForScoring(g.quote));
  const quoteBigrams = quotes.map(wordBigrams);
  const matches: TaskMatch[] = [];
  const goldUsed = new Set<number>();
  const extractedUsed = new Set<number>();
  for (const how of ["exact", "partial"] as const) {
    const pairs: Array<{ g: number; e: number }> = [];
    quotes.forEach((q, g) => {
      if (goldUsed.has(g) || q.length === 0) return;
      texts.forEach((t, e) => {
        if (extractedUsed.has(e)) return;
        const hit =
          how === "exact"
            ? t.includes(q)
            : bigramOverlap(quoteBigrams[g] ?? new Set(), textBigrams[e] ?? new Set()) >=
              PARTIAL_MATCH_SHARE;
        if (hit) pairs.push({ g, e });
      });
    });
    pairs.sort(
      (a, b) => (texts[a.e]?.length ?? 0) - (texts[b.e]?.length ?? 0) || a.e - b.e || a.g - b.g,
    );
    for (const { g, e } of pairs) {
      if (goldUsed.has(g) || extractedUsed.has(e)) continue;
      goldUsed.add(g);
      extractedUsed.add(e);
      matches.push({ gold: g, extracted: e, how });
    }
  }
  return matches.sort((a, b) => a.gold - b.gold);
}

/** Lead right: some extracted name contains, or is contained in, some gold or accepted name. */
export function leadMatches(extracted: readonly string[], gold: GoldTask): boolean {
  const want = [...gold.lead, ...(gold.leadAccept ?? [])].map(normaliseForScoring);
  const got = extracted.map(normaliseForScoring).filter((n) => n.length > 0);
  if (gold.lead.length === 0 && got.length === 0) return true;
  return got.some((n) => want.some((w) => w.length > 0 && (n.includes(w) || w.includes(n))));
}

export function kindMatches(extracted: string, gold: GoldTask): boolean {
  return extracted === gold.deadlineKind || (gold.kindAccept ?? []).includes(extracted);
}

export function dueMatches(extracted: string | null, gold: GoldTask): boolean {
  if (gold.due === null) return true;
  return (
    extracted !== null && (extracted === gold.due || (gold.dueAccept ?? []).includes(extracted))
  );
}

/** Counts for one file (or a sum of files). */
export interface ScoreCounts {
  gold: number;
  extracted: number;
  matched: number;
  /** Matched gold tasks with the right lead / kind. */
  rightLead: number;
  rightKind: number;
  /** Gold tasks with a due date, of them matched, and of those with the right due date. */
  dated: number;
  datedMatched: number;
  rightDue: number;
  /** Documents scored, with the right date / symbol. */
  documents: number;
  rightDate: number;
  rightSymbol: number;
}

export const ZERO_COUNTS: ScoreCounts = {
  gold: 0,
  extracted: 0,
  matched: 0,
  rightLead: 0,
  rightKind: 0,
  dated: 0,
  datedMatched: 0,
  rightDue: 0,
  documents: 0,
  rightDate: 0,
  rightSymbol: 0,
};

export function addCounts(a: ScoreCounts, b: ScoreCounts): ScoreCounts {
  const out = { ...a };
  for (const k of Object.keys(out) as Array<keyof ScoreCounts>) out[k] = a[k] + b[k];
  return out;
}

/** What went wrong in one file, by gold ref (for the printed report). */
export interface FileDetail {
  missed: string[];
  wrongLead: Array<{ ref: string; got: string[]; want: string[] }>;
  wrongKind: Array<{ ref: string; got: string; want: string }>;
  wrongDue: Array<{ ref: string; got: string | null; want: string | null }>;
  /** Extracted tasks that match no gold task (their first words). */
  extra: string[];
}

export interface FileScore {
  counts: ScoreCounts;
  detail: FileDetail;
}

/** The extracted document's metadata, as scored. */
export interface ScoredDocument {
  symbol: string | null;
  date: string | null;
}

/** Same symbol after normalisation ("NN\-NQ/TW" and "NN-NQ/TW" are one). */
function sameSymbol(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return a === b;
  return normaliseForScoring(a).replace(/\s/g, "") === normaliseForScoring(b).replace(/\s/g, "");
}

/** Score one file: its gold tasks and document against what was extracted from it. */
export function scoreFile(
  goldDoc: GoldDocument,
  gold: readonly GoldTask[],
  doc: ScoredDocument,
  extracted: readonly ScoredTask[],
): FileScore {
  const matches = matchTasks(gold, extracted);
  const byGold = new Map(matches.map((m) => [m.gold, m.extracted]));
  const counts: ScoreCounts = {
    ...ZERO_COUNTS,
    gold: gold.length,
    extracted: extracted.length,
    matched: matches.length,
    documents: 1,
    rightDate: doc.date === goldDoc.date ? 1 : 0,
    rightSymbol: sameSymbol(doc.symbol, goldDoc.symbol) ? 1 : 0,
  };
  const detail: FileDetail = { missed: [], wrongLead: [], wrongKind: [], wrongDue: [], extra: [] };
  gold.forEach((g, i) => {
    if (g.due !== null) counts.dated += 1;
    const e = byGold.get(i);
    const task = e === undefined ? undefined : extracted[e];
    if (!task) {
      detail.missed.push(g.ref);
      return;
    }
    if (leadMatches(task.lead, g)) counts.rightLead += 1;
    else detail.wrongLead.push({ ref: g.ref, got: task.lead, want: g.lead });
    if (kindMatches(task.kind, g)) counts.rightKind += 1;
    else detail.wrongKind.push({ ref: g.ref, got: task.kind, want: g.deadlineKind });
    if (g.due !== null) {
      counts.datedMatched += 1;
      if (dueMatches(task.due, g)) counts.rightDue += 1;
      else detail.wrongDue.push({ ref: g.ref, got: task.due, want: g.due });
    }
  });
  const used = new Set(matches.map((m) => m.extracted));
  extracted.forEach((t, i) => {
    if (!used.has(i)) detail.extra.push(t.text.replace(/\s+/g, " ").slice(0, 60));
  });
  return { counts, detail };
}

/** Percentages (two decimals, rounded down) of a sum of counts; null where nothing to count. */
export interface ScoreFigures {
  recall: number | null;
  precision: number | null;
  kind: number | null;
  lead: number | null;
  due: number | null;
  date: number | null;
  symbol: number | null;
}

const pct = (n: number, of: number): number | null =>
  of === 0 ? null : Math.floor((n / of) * 10_000) / 100;

/**
 * The figures: recall over gold tasks, precision over extracted tasks; kind and
 * lead over matched tasks; due over matched dated tasks; date and symbol over files.
 */
export function figuresOf(c: ScoreCounts): ScoreFigures {
  return {
    recall: pct(c.matched, c.gold),
    precision: pct(c.matched, c.extracted),
    kind: pct(c.rightKind, c.matched),
    lead: pct(c.rightLead, c.matched),
    due: pct(c.rightDue, c.datedMatched),
    date: pct(c.rightDate, c.documents),
    symbol: pct(c.rightSymbol, c.documents),
  };
}

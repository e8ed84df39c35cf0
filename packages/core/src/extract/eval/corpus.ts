/**
 * Run the extractor over an annotated corpus (gold.json and its texts) and score
 * it per file, per form of document and in total. The caller reads the files.
 */
import type { Task } from "../../model/task.js";
import { extractDirective, type ExtractionResult } from "../extract.js";
import {
  addCounts,
  figuresOf,
  scoreFile,
  ZERO_COUNTS,
  type FileScore,
  type GoldDocument,
  type GoldTask,
  type ScoreCounts,
  type ScoreFigures,
  type ScoredTask,
} from "./score.js";

export interface GoldCorpus {
  documents: GoldDocument[];
  tasks: GoldTask[];
}

export interface CorpusFileScore extends FileScore {
  file: string;
  form: string;
}

export interface CorpusScore {
  files: CorpusFileScore[];
  byForm: Array<{ form: string; counts: ScoreCounts; figures: ScoreFigures }>;
  total: ScoreCounts;
  figures: ScoreFigures;
}

/** An extracted task in the gold's terms: a deadline without words is "none". */
export function scoredTask(t: Task): ScoredTask {
  const kind = t.deadline.text.trim() === "" ? "none" : t.deadline.kind;
  return { text: t.text, lead: t.lead.map((a) => a.name), kind, due: t.originalDue };
}

/** The form without its rendering note: "Chỉ thị of a province (…)" → "Chỉ thị of a province". */
export function formGroup(form: string): string {
  return form.replace(/\s*\(.*$/u, "").trim();
}

/** Score one extraction result against the gold of its file. */
export function scoreExtraction(
  goldDoc: GoldDocument,
  gold: readonly GoldTask[],
  result: ExtractionResult,
): FileScore {
  return scoreFile(
    goldDoc,
    gold,
    { symbol: result.document.symbol?.symbol ?? null, date: result.document.date },
    result.tasks.map(scoredTask),
  );
}

/** Extract every gold document's text (`read(file)`) and score it. */
export function scoreCorpus(
  corpus: GoldCorpus,
  read: (file: string) => string,
  extract: (text: string) => ExtractionResult = (text) => extractDirective(text),
): CorpusScore {
  const files: CorpusFileScore[] = corpus.documents.map((doc) => {
    const gold = corpus.tasks.filter((t) => t.file === doc.file);
    const score = scoreExtraction(doc, gold, extract(read(doc.file)));
    return { file: doc.file, form: formGroup(doc.form), ...score };
  });
  const forms = new Map<string, ScoreCounts>();
  let total = ZERO_COUNTS;
  for (const f of files) {
    forms.set(f.form, addCounts(forms.get(f.form) ?? ZERO_COUNTS, f.counts));
    total = addCounts(total, f.counts);
  }
  return {
    files,
    byForm: [...forms.entries()].map(([form, counts]) => ({
      form,
      counts,
      figures: figuresOf(counts),
    })),
    total,
    figures: figuresOf(total),
  };
}

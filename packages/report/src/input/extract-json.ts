import {
  EXTRACTION_WARNING_LABELS,
  resolveDeadline,
  reviewTask,
  Task,
  type DeadlineKind,
  type ExtractionResult,
  type ExtractionWarning,
} from "@nhiemvu/core";
import { problemsOf, type JsonProblem } from "./problems.js";

/**
 * The JSON of `nhiemvu extract --json`, and the one rule that reads it back as
 * tasks: both sides live here so that the shape written is the shape read.
 *
 * An extracted task is a task as its directive assigns it: its code and
 * document are the extract's (document.id, symbol@date), its due date is the
 * one its deadline words give, and nothing is yet extended, completed or
 * reported (the same defaults core's extraction gives a fresh task).
 */

/** The task as `nhiemvu extract --json` prints it. */
export function extractionTaskJson(task: Task, warnings: readonly ExtractionWarning[] = []) {
  const resolved = resolveDeadline(task.deadline);
  return {
    ref: task.ref,
    code: task.code,
    text: task.text,
    summary: task.summary,
    lead: task.lead,
    coordinating: task.coordinating,
    supervising: task.supervising,
    reportTo: task.reportTo,
    deadline: {
      text: task.deadline.text,
      kind: task.deadline.kind,
      due: task.originalDue,
      bound: resolved.bound,
      flags: task.deadline.flags,
      /** The whole reading (core's Deadline): a recurrence, an event, a period … */
      parsed: task.deadline,
    },
    doubts: reviewTask(task, warnings).doubts.map((d) => d.code),
    ...(task.note ? { note: task.note } : {}),
  };
}

/** What `nhiemvu extract --json` prints: document, tasks, warnings, footnotes. */
export function extractionJson(result: ExtractionResult) {
  return {
    document: result.document,
    tasks: result.tasks.map((task) => extractionTaskJson(task, result.warnings)),
    warnings: result.warnings.map((w) => ({ ...w, message: EXTRACTION_WARNING_LABELS[w.code] })),
    footnotes: result.footnotes,
  };
}

/** The document of an extract JSON: the id its tasks belong to, or why it has none. */
export type ExtractionDocument = { ok: true; id: string } | { ok: false; problem: JsonProblem };

/** Problem codes of an extract JSON that cannot become tasks (the CLI adds what to do). */
export const EXTRACTION_PROBLEM_CODES = [
  "extract_document",
  "extract_no_date",
  "extract_deadline_detail",
] as const;

export function isExtractionProblem(p: JsonProblem): boolean {
  return (EXTRACTION_PROBLEM_CODES as readonly string[]).includes(p.code);
}

/**
 * The `document` member of an extract JSON. Its id is symbol@date; without a
 * date the directive's tasks have no code to be tracked by (core's extraction
 * names them "không-rõ#…"), so that is a problem, not a guess.
 */
export function extractionDocument(value: unknown): ExtractionDocument {
  if (typeof value !== "object" || value === null || Array.isArray(value))
    return {
      ok: false,
      problem: {
        path: "document",
        code: "extract_document",
        message: "phải là phần văn bản (document) của nhiemvu extract --json",
      },
    };
  const id = (value as { id?: unknown }).id;
  if (typeof id === "string" && id !== "") return { ok: true, id };
  return {
    ok: false,
    problem: {
      path: "document.id",
      code: "extract_no_date",
      message: "trống — văn bản không ghi ngày ban hành, nên các nhiệm vụ chưa có mã",
    },
  };
}

/** Kinds whose whole reading is text, kind and flags: nothing is lost without `parsed`. */
const WORDS_ONLY: ReadonlySet<DeadlineKind> = new Set(["urgent", "ongoing", "unparsed"]);

export type ExtractionTaskResult =
  { ok: true; task: Task } | { ok: false; problems: JsonProblem[] };

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * One task of an extract JSON as a task of `documentId`, validated with core's
 * Task schema; problems carry the path in the extract JSON (`prefix`, e.g.
 * "tasks[3]"). The deadline is `deadline.parsed`, or, for a deadline that is
 * words only (urgent, ongoing, unparsed), its text, kind and flags; a dated
 * deadline without `parsed` (an older extract) cannot be judged.
 */
export function taskFromExtraction(
  item: unknown,
  documentId: string,
  prefix: string,
): ExtractionTaskResult {
  if (!isObject(item)) return { ok: false, problems: problemsOf(prefix, [INVALID]) };
  const d = isObject(item.deadline) ? item.deadline : null;
  let deadline: unknown = d?.parsed;
  if (d !== null && deadline === undefined) {
    if (WORDS_ONLY.has(d.kind as DeadlineKind))
      deadline = { kind: d.kind, text: d.text, flags: d.flags };
    else
      return {
        ok: false,
        problems: [
          {
            path: `${prefix}.deadline.parsed`,
            code: "extract_deadline_detail",
            message: `thiếu chi tiết của thời hạn "${String(d.text ?? "")}" (tệp do phiên bản cũ của nhiemvu extract tạo)`,
          },
        ],
      };
  }
  const candidate: Record<string, unknown> = {
    code: item.code,
    documentId,
    ref: item.ref,
    text: item.text,
    summary: item.summary,
    lead: item.lead,
    coordinating: item.coordinating,
    supervising: item.supervising,
    reportTo: item.reportTo,
    deadline,
    originalDue: d?.due,
    currentDue: d?.due,
    extensions: [],
    completedOn: null,
    progress: [],
  };
  if (item.note !== undefined) candidate.note = item.note;
  const parsed = Task.safeParse(candidate);
  if (parsed.success) return { ok: true, task: parsed.data };
  const seen = new Set<string>();
  const problems = problemsOf(
    prefix,
    parsed.error.issues.map((issue) => ({ ...issue, path: extractPath(issue.path, d) })),
  ).filter((p) => !seen.has(p.path) && seen.add(p.path));
  return { ok: false, problems };
}

const INVALID = { path: [] as PropertyKey[], code: "invalid_type" };

/** Where a Task field came from in the extract JSON. */
function extractPath(
  path: readonly PropertyKey[],
  d: Record<string, unknown> | null,
): PropertyKey[] {
  const [head, ...rest] = path;
  if (head === "originalDue" || head === "currentDue") return ["deadline", "due"];
  if (head === "deadline" && d !== null)
    return d.parsed !== undefined ? ["deadline", "parsed", ...rest] : ["deadline", ...rest];
  return [...path];
}

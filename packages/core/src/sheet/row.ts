import { defaultAgencyRegistry, type AgencyRegistry } from "../agency/registry.js";
import { isIsoDate, type IsoDate } from "../dates/civil-date.js";
import { parseDeadline } from "../deadline/parse.js";
import { resolveDeadline } from "../deadline/resolve.js";
import { parseDocumentSymbol } from "../document/symbol.js";
import type { AgencyRef } from "../model/agency-ref.js";
import { documentId } from "../model/document.js";
import { taskCode } from "../model/task-code.js";
import type { Deadline } from "../model/deadline.js";
import type { Task, DeadlineExtension } from "../model/task.js";
import { foldForMatch } from "../text/normalize.js";
import {
  cellDate,
  cellText,
  formatExtensionDocument,
  joinNames,
  parseExtensionDocument,
  splitNames,
  type SheetCellValue,
} from "./cells.js";
import { SHEET_COLUMNS, columnIndex, sheetColumn, type SheetColumnKey } from "./columns.js";
import { cellAddress, columnLetter } from "./excel-date.js";
import { DEADLINE_FLAG_LABELS, DEADLINE_KIND_LABELS, SHEET_WARNING_LABELS } from "./labels.js";
import { STATUS_LABELS } from "../status/labels.js";
import type { TaskClassification } from "../status/classify.js";
import { evaluateTask, type EvaluateOptions, type TaskEvaluation } from "../status/evaluate.js";
import { describeEvaluationWarning } from "../status/warning-labels.js";

/** One data row, by column key; dates as ISO strings (readers may also pass Excel serials). */
export type SheetRow = Record<SheetColumnKey, SheetCellValue>;

/** What the row shows of a task's evaluation (core/status evaluateTask). */
export type SheetComputed = Pick<TaskClassification, "status" | "due" | "daysOverdue" | "dueSoon"> &
  Partial<Pick<TaskEvaluation, "originalDue" | "warnings">>;

/**
 * Stable codes of row problems; apps word them. An unreadable deadline is not
 * an error: its words are kept and the row is flagged "không xác định".
 * - required_missing: a cell the task cannot do without is empty
 * - date_invalid: a date cell holds no valid date
 * - extension_incomplete: a new due date without its approving document and date, or the reverse
 * - task_invalid: the assembled task fails the Task schema. rowToTask builds
 *   tasks from checked parts only and no longer raises it; kept for apps that word it.
 */
export type SheetRowErrorCode =
  "required_missing" | "date_invalid" | "extension_incomplete" | "task_invalid";

export interface SheetRowError {
  code: SheetRowErrorCode;
  column: SheetColumnKey;
  /** The column's Vietnamese header. */
  header: string;
  sheet: string;
  /** A1 cell, e.g. "M12". */
  cell: string;
  /** Sheet-qualified reference, e.g. "'Theo dõi nhiệm vụ'!M12". */
  address: string;
  value: SheetCellValue;
}

export type RowToTaskResult = { ok: true; task: Task } | { ok: false; errors: SheetRowError[] };

const NO_NUMBER = "không-số";

/** Deadline words read: the deadline and the due date they give (default calendar and policy). */
export interface ReadDeadline {
  deadline: Deadline;
  due: IsoDate | null;
}

/**
 * Deadline words parsed (parseDeadline) and resolved (resolveDeadline) once
 * per distinct (words, document date): a tracking sheet, and a national
 * consolidation of many, repeats the same few hundred phrasings over
 * thousands of rows. Tasks read through one cache share the deadline
 * objects. Bounded: past `limit` entries it starts afresh (a hostile file
 * of all-different words cannot grow it without end).
 */
export class DeadlineCache {
  private readonly entries = new Map<string, ReadDeadline>();

  constructor(private readonly limit = 50_000) {}

  read(words: string, documentDate: IsoDate): ReadDeadline {
    const key = `${documentDate}\u0000${words}`;
    let hit = this.entries.get(key);
    if (hit === undefined) {
      if (this.entries.size >= this.limit) this.entries.clear();
      hit = parseWords(words, documentDate);
      this.entries.set(key, hit);
    }
    return hit;
  }
}

/**
 * The deadline of a row's words. No words is no deadline, as in the
 * catalogue (a task whose directive sets no time limit), not an unreadable
 * one: nothing to parse.
 */
function parseWords(words: string, documentDate: IsoDate): ReadDeadline {
  if (words === "") return { deadline: { kind: "ongoing", text: "", flags: [] }, due: null };
  const deadline = parseDeadline(words, { documentDate });
  return { deadline, due: resolveDeadline(deadline).due };
}

const readDeadlineWords = (words: string, documentDate: IsoDate, cache?: DeadlineCache) =>
  cache ? cache.read(words, documentDate) : parseWords(words, documentDate);

/** "221-KL/TW@2025-11-28" → symbol and date cells; ids of another form stay whole. */
function splitDocumentId(id: string): { symbol: string; date: IsoDate | null } {
  const at = id.lastIndexOf("@");
  const date = id.slice(at + 1);
  if (at <= 0 || !isIsoDate(date)) return { symbol: id, date: null };
  const symbol = id.slice(0, at);
  return { symbol: symbol === NO_NUMBER ? "" : symbol, date };
}

function warningsOf(task: Task, computed: SheetComputed | undefined): string {
  const warnings: string[] = task.deadline.flags.map((flag) => DEADLINE_FLAG_LABELS[flag]);
  if (computed?.dueSoon) warnings.push(SHEET_WARNING_LABELS.dueSoon);
  for (const w of computed?.warnings ?? []) warnings.push(describeEvaluationWarning(w));
  if (task.lead.length === 0) warnings.push(SHEET_WARNING_LABELS.noLead);
  const unknown = [...task.lead, ...task.coordinating, ...task.supervising, ...task.reportTo]
    .filter((ref) => ref.id === null)
    .map((ref) => ref.name);
  if (unknown.length > 0) {
    warnings.push(`${SHEET_WARNING_LABELS.unknownAgencies}: ${[...new Set(unknown)].join(", ")}`);
  }
  return warnings.join("; ");
}

const names = (refs: readonly AgencyRef[]) => joinNames(refs.map((ref) => ref.name)) || null;

/**
 * The row of a task. Computed cells (status, days overdue, current due) come
 * from `computed` when given; for a recurring task its `due` is the occurrence in force.
 * The sheet stores the last extension only and not the progress history.
 */
export function taskToRow(task: Task, computed?: SheetComputed): SheetRow {
  const { symbol, date } = splitDocumentId(task.documentId);
  const extension = task.extensions.at(-1);
  return {
    code: task.code,
    documentSymbol: symbol || null,
    documentDate: date,
    ref: task.ref || null,
    text: task.text,
    summary: task.summary || null,
    lead: names(task.lead),
    coordinating: names(task.coordinating),
    supervising: names(task.supervising),
    reportTo: names(task.reportTo),
    deadlineText: task.deadline.text || null,
    deadlineKind: DEADLINE_KIND_LABELS[task.deadline.kind],
    originalDue: computed?.originalDue !== undefined ? computed.originalDue : task.originalDue,
    extendedDue: extension?.newDue ?? null,
    extensionDocument: extension
      ? formatExtensionDocument(extension.approvedBy, extension.approvedOn)
      : null,
    currentDue: computed?.due ?? task.currentDue,
    completedOn: task.completedOn,
    note: task.note || null,
    status: computed ? STATUS_LABELS[computed.status] : null,
    daysOverdue: computed?.daysOverdue ?? null,
    warnings: warningsOf(task, computed) || null,
  };
}

/** True when no cell a person writes holds anything (readers skip such rows). */
export function isBlankRow(row: Partial<SheetRow>): boolean {
  return SHEET_COLUMNS.every(
    (column) => column.kind === "computed" || cellText(row[column.key]) === "",
  );
}

/**
 * The task of a row, or every problem of the row with its cell. Agencies are
 * resolved through the registry (unknown names kept with a null id); the
 * deadline words are parsed with the document's date; a date in "Hạn ban
 * đầu" is kept as the task's originalDue as typed, an empty one is resolved
 * from the words (resolveDeadline, default calendar and policy). Which wins
 * when the words and a typed date disagree is decided once, in evaluateTask:
 * the words, with a warning; the typed date only when the words name none.
 * An empty code is derived from the document and the item ("221-KL/TW@2025-11-28#4").
 * Empty deadline words are no deadline. With `deadlines`, the words are
 * parsed once per distinct (words, document date) across the rows read
 * through it. The task is built from parts already checked (dates,
 * agencies, the parsed deadline), so it is not validated again.
 */
export function rowToTask(
  row: Partial<SheetRow>,
  at: { sheetName: string; rowNumber: number },
  opts: { registry?: AgencyRegistry; deadlines?: DeadlineCache } = {},
): RowToTaskResult {
  const errors: SheetRowError[] = [];
  const fail = (code: SheetRowErrorCode, key: SheetColumnKey) => {
    const index = columnIndex(key);
    errors.push({
      code,
      column: key,
      header: sheetColumn(key).header,
      sheet: at.sheetName,
      cell: `${columnLetter(index)}${at.rowNumber}`,
      address: cellAddress(at.sheetName, index, at.rowNumber),
      value: row[key] ?? null,
    });
  };
  const text = (key: SheetColumnKey) => cellText(row[key]);
  const date = (key: SheetColumnKey): IsoDate | null => {
    const value = cellDate(row[key]);
    if (value === undefined) fail("date_invalid", key);
    return value ?? null;
  };
  const registry = opts.registry ?? defaultAgencyRegistry();
  const agencies = (key: SheetColumnKey) =>
    splitNames(row[key]).map((name) => registry.resolve(name));

  const documentDate = date("documentDate");
  if (documentDate === null && cellText(row.documentDate) === "")
    fail("required_missing", "documentDate");
  const writtenSymbol = text("documentSymbol");
  const symbol =
    foldForMatch(writtenSymbol).replace(/\s+/g, "-") === NO_NUMBER
      ? ""
      : (parseDocumentSymbol(writtenSymbol)?.symbol ?? writtenSymbol);
  const docId = documentDate ? documentId(symbol || null, documentDate) : null;

  const taskText = text("text");
  if (taskText === "") fail("required_missing", "text");
  const ref = text("ref");
  const code = text("code") || (docId && ref ? taskCode(docId, ref) : "");
  if (code === "" && docId) fail("required_missing", "ref");

  // An unreadable "Hạn ban đầu" is an error only when the words name no date:
  // otherwise the words decide the due date (evaluateTask) and the cell is rewritten.
  const typedDue = cellDate(row.originalDue);
  const words = text("deadlineText");
  const wordsDue = (): IsoDate | null =>
    documentDate ? readDeadlineWords(words, documentDate, opts.deadlines).due : null;
  const originalDueCell =
    typedDue === undefined && wordsDue() !== null ? null : date("originalDue");
  const extendedDue = date("extendedDue");
  const extensionText = text("extensionDocument");
  const approval = parseExtensionDocument(extensionText);
  const extensions: DeadlineExtension[] = [];
  if (extendedDue && approval) extensions.push({ newDue: extendedDue, ...approval });
  else if (extendedDue) fail("extension_incomplete", "extensionDocument");
  else if (extensionText !== "" && cellText(row.extendedDue) === "")
    fail("extension_incomplete", "extendedDue");
  const completedOn = date("completedOn");

  if (errors.length > 0 || !documentDate || !docId) return { ok: false, errors };

  const read = readDeadlineWords(words, documentDate, opts.deadlines);
  const { deadline } = read;
  const originalDue = originalDueCell ?? read.due;
  const note = text("note");
  const task: Task = {
    code,
    documentId: docId,
    ref,
    text: taskText,
    summary: text("summary"),
    lead: agencies("lead"),
    coordinating: agencies("coordinating"),
    supervising: agencies("supervising"),
    reportTo: agencies("reportTo"),
    deadline,
    originalDue,
    currentDue: extensions.at(-1)?.newDue ?? originalDue,
    extensions,
    completedOn,
    progress: [],
    ...(note ? { note } : {}),
  };
  return { ok: true, task };
}

/** A row read and evaluated: the task, everything computed about it, and the row to write back. */
export type RowEvaluation =
  | { ok: true; task: Task; evaluation: TaskEvaluation; row: SheetRow }
  | { ok: false; errors: SheetRowError[] };

/**
 * The add-in's refresh of one row: rowToTask, then evaluateTask as of `asOf`,
 * then the row with its computed cells — the same rules the report reader
 * and `nhiemvu report` apply to the same row.
 */
export function evaluateRow(
  row: Partial<SheetRow>,
  at: { sheetName: string; rowNumber: number },
  asOf: IsoDate,
  opts: { registry?: AgencyRegistry; deadlines?: DeadlineCache; evaluate?: EvaluateOptions } = {},
): RowEvaluation {
  const read = rowToTask(row, at, {
    ...(opts.registry ? { registry: opts.registry } : {}),
    ...(opts.deadlines ? { deadlines: opts.deadlines } : {}),
  });
  if (!read.ok) return read;
  const evaluation = evaluateTask(read.task, asOf, opts.evaluate);
  return { ok: true, task: read.task, evaluation, row: taskToRow(read.task, evaluation) };
}

/** The row of a task with its computed cells as of `asOf` (evaluateTask). */
export function rowOfTask(task: Task, asOf: IsoDate, opts: EvaluateOptions = {}): SheetRow {
  return taskToRow(task, evaluateTask(task, asOf, opts));
}

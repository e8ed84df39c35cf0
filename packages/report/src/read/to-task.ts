import {
  cellAddress,
  columnLetter,
  defaultAgencyRegistry,
  isBlankRow,
  parseDeadline,
  resolveDeadline,
  rowFromCells,
  rowToTask,
  SHEET_COLUMNS,
  type AgencyRef,
  type AgencyRegistry,
  type Deadline,
  type IsoDate,
  type HeaderMatch,
  type SheetCellValue,
  type SheetColumnKey,
  type SheetRowError,
  type Task,
} from "@nhiemvu/core";

/** Values quoted in messages are cut to this many characters. */
const EXCERPT = 60;

/** A short excerpt of a value for a message: a 32,000-character cell is not quoted whole. */
export function excerpt<T extends SheetCellValue>(value: T): T {
  if (typeof value !== "string" || value.length <= EXCERPT) return value;
  return `${value.slice(0, EXCERPT - 1)}…` as T;
}

/** Days from 1900-01-00 (Excel's 1900 system) to 1904-01-01 (Mac Excel's 1904 system). */
const DAYS_1904 = 1_462;

const DATE_COLUMNS: readonly SheetColumnKey[] = SHEET_COLUMNS.filter((c) => c.type === "date").map(
  (c) => c.key,
);

/** As in the catalogue: no deadline words means no deadline, not an unreadable one. */
const NO_DEADLINE: Deadline = { kind: "ongoing", text: "", flags: [] };

/** Entries a cache holds before it starts afresh (bounded memory on a hostile file). */
const CACHE_LIMIT = 50_000;

function remember<V>(cache: Map<string, V>, key: string, make: () => V): V {
  let v = cache.get(key);
  if (v === undefined) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    v = make();
    cache.set(key, v);
  }
  return v;
}

/**
 * What rows of one reader share: deadline words parsed (and resolved) once per
 * distinct (words, document date) and agency names resolved once per name —
 * a national consolidation repeats the same few hundred phrasings and names
 * over 100,000 rows. Kept by a worker across files.
 */
export class RowContext {
  private readonly deadlines = new Map<string, { deadline: Deadline; due: IsoDate | null }>();
  private readonly agencies = new Map<string, AgencyRef>();
  readonly registry: AgencyRegistry;

  constructor(base: AgencyRegistry = defaultAgencyRegistry()) {
    const agencies = this.agencies;
    this.registry = {
      resolve: (name) => remember(agencies, name, () => base.resolve(name)),
      get: (id) => base.get(id),
      all: () => base.all(),
      scan: (text) => base.scan(text),
    };
  }

  deadline(words: string, documentDate: IsoDate): { deadline: Deadline; due: IsoDate | null } {
    return remember(this.deadlines, `${documentDate}\u0000${words}`, () => {
      const deadline = parseDeadline(words, { documentDate });
      return { deadline, due: resolveDeadline(deadline).due };
    });
  }
}

const cellIsEmpty = (v: SheetCellValue | undefined) =>
  v === null || v === undefined || (typeof v === "string" && v.trim() === "");

export type RowResult =
  { kind: "blank" } | { kind: "task"; task: Task } | { kind: "errors"; errors: SheetRowError[] };

/**
 * A sheet row → core's rowToTask, the one narrow boundary with the status
 * engine. What the reader knows and core does not is settled here: a 1904
 * workbook's date serials are moved to the 1900 system core reads; errors name
 * the cell where the column really is in this sheet (core only knows the
 * template's order) and quote a short excerpt. The deadline words are parsed
 * through the context's cache (core's parseDeadline and resolveDeadline, as
 * rowToTask would call them); empty words are no deadline, as in the
 * catalogue. When rowToTask takes a deadline cache itself, this shrinks to
 * the call.
 */
export function rowResult(
  cells: readonly SheetCellValue[],
  headers: HeaderMatch,
  at: { sheetName: string; rowNumber: number },
  date1904: boolean,
  context: RowContext,
): RowResult {
  const row = rowFromCells(cells, headers.positions);
  if (isBlankRow(row)) return { kind: "blank" };
  if (date1904) {
    for (const key of DATE_COLUMNS) {
      const v = row[key];
      if (typeof v === "number") row[key] = v + DAYS_1904;
    }
  }
  // The words go to the cache, not to rowToTask: core parses the same
  // phrasing once per document date instead of once per row.
  const words = row.deadlineText;
  row.deadlineText = null;
  const result = rowToTask(row, at, { registry: context.registry });
  if (!result.ok) {
    return {
      kind: "errors",
      errors: result.errors.map((e) => {
        const position = headers.positions[e.column];
        const value = excerpt(cells[position ?? -1] ?? e.value);
        if (position === undefined) return { ...e, value: excerpt(e.value) };
        return {
          ...e,
          cell: `${columnLetter(position)}${at.rowNumber}`,
          address: cellAddress(at.sheetName, position, at.rowNumber),
          value,
        };
      }),
    };
  }
  const { task } = result;
  const text = typeof words === "number" ? String(words) : (words ?? "").normalize("NFC").trim();
  if (text === "") {
    task.deadline = NO_DEADLINE;
    return { kind: "task", task };
  }
  const documentDate = task.documentId.slice(task.documentId.lastIndexOf("@") + 1);
  const parsed = context.deadline(text, documentDate);
  task.deadline = parsed.deadline;
  // As rowToTask does: an empty "Hạn ban đầu" is the words' due date.
  if (cellIsEmpty(row.originalDue)) {
    task.originalDue = parsed.due;
    task.currentDue = task.extensions.at(-1)?.newDue ?? parsed.due;
  }
  return { kind: "task", task };
}

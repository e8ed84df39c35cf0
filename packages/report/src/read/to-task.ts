import {
  cellAddress,
  columnLetter,
  defaultAgencyRegistry,
  isBlankRow,
  DeadlineCache,
  rowFromCells,
  rowToTask,
  SHEET_COLUMNS,
  type AgencyRef,
  type AgencyRegistry,
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

/** Entries the agency cache holds before it starts afresh (bounded memory on a hostile file). */
const CACHE_LIMIT = 50_000;

/**
 * What rows of one reader share: core's deadline cache (words parsed once
 * per distinct words and document date) and agency names resolved once per
 * name — a national consolidation repeats the same few hundred phrasings and
 * names over 100,000 rows. Kept by a worker across files.
 */
export class RowContext {
  readonly deadlines = new DeadlineCache();
  private readonly agencies = new Map<string, AgencyRef>();
  readonly registry: AgencyRegistry;

  constructor(base: AgencyRegistry = defaultAgencyRegistry()) {
    const agencies = this.agencies;
    this.registry = {
      resolve: (name) => {
        let ref = agencies.get(name);
        if (ref === undefined) {
          if (agencies.size >= CACHE_LIMIT) agencies.clear();
          ref = base.resolve(name);
          agencies.set(name, ref);
        }
        return ref;
      },
      get: (id) => base.get(id),
      all: () => base.all(),
      scan: (text) => base.scan(text),
    };
  }
}

export type RowResult =
  { kind: "blank" } | { kind: "task"; task: Task } | { kind: "errors"; errors: SheetRowError[] };

/**
 * A sheet row → core's rowToTask, the one narrow boundary with the status
 * engine. What the reader knows and core does not is settled here: a 1904
 * workbook's date serials are moved to the 1900 system core reads; errors name
 * the cell where the column really is in this sheet (core only knows the
 * template's order) and quote a short excerpt. Deadline words go through
 * the context's core DeadlineCache.
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
  const result = rowToTask(row, at, { registry: context.registry, deadlines: context.deadlines });
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
  return { kind: "task", task: result.task };
}

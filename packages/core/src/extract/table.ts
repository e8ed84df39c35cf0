/**
 * Task-assignment tables ("| STT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp
 * | Thời gian hoàn thành | Sản phẩm |") as web pages flatten them: one cell per
 * line (or run of lines), a line holding "|" between cells and a pair of "|"
 * lines between rows; markdown rows ("| a | b |") are read the same way. Every
 * row under a header naming a task column and a lead column is a task with its
 * lead, coordinating bodies and deadline in their own cells.
 */

export type TableColumn = "number" | "task" | "lead" | "coordinating" | "deadline" | "other";

/** One task row, cells already joined to one line each. */
export interface TableRow {
  /** Section label of the row ("I", "II"), null before any section row. */
  section: string | null;
  /** The row's number cell ("1"), null for a continuation row (merged cells above). */
  number: string | null;
  task: string;
  lead: string;
  coordinating: string;
  deadline: string;
  /** Index (in the input lines) of the row's first line, for reading order. */
  line: number;
}

export interface FoundTables {
  rows: TableRow[];
  /** Lines that belong to a task table (header included), to leave out of the body. */
  consumed: Set<number>;
}

/** Which column a header cell names. */
export function columnOf(header: string): TableColumn {
  const h = header.toLocaleLowerCase("vi").replace(/[*_]/g, "").replace(/\s+/g, " ").trim();
  if (h.length > 60) return "other"; // a title or caption run into the header row, not a column heading
  if (/^(?:stt|tt|số tt|số thứ tự)$/u.test(h)) return "number";
  if (/phối hợp/u.test(h)) return "coordinating";
  if (/chủ trì|thực hiện chính|cơ quan thực hiện|đơn vị thực hiện|cơ quan thực|đơn vị chủ/u.test(h))
    return "lead";
  if (/thời gian|thời hạn|tiến độ|hoàn thành|thời điểm/u.test(h)) return "deadline";
  if (/nhiệm vụ|nội dung|tên đề án|đề án|công việc|hoạt động|giải pháp/u.test(h)) return "task";
  return "other";
}

const SEPARATOR = /^\|(?:\s*\|)*$/u;
const ROW_NUMBER = /^(?:\d{1,3}(?:\.\d{1,3})*|[IVXL]{1,6}|[a-zđ])\.?$/u;
const SECTION = /^[IVXL]{1,6}\.?$/u;

function tidy(cell: string): string {
  return cell.replace(/[*_]/g, "").replace(/\s+/g, " ").trim();
}

interface Cell {
  text: string;
  line: number;
}

/** Cells of a run of lines: a "|" line separates cells, "| a | b |" lines hold several. */
function cellsOf(lines: readonly string[], from: number, to: number): Array<Cell | "row"> {
  const out: Array<Cell | "row"> = [];
  let buffer: string[] = [];
  let start = from;
  let lastWasSeparator = false;
  const flush = () => {
    if (buffer.length > 0) out.push({ text: tidy(buffer.join(" ")), line: start });
    buffer = [];
  };
  for (let i = from; i < to; i += 1) {
    const line = (lines[i] ?? "").trim();
    if (SEPARATOR.test(line)) {
      if (buffer.length > 0) flush();
      else if (lastWasSeparator) out.push("row");
      lastWasSeparator = true;
      continue;
    }
    if (/^\|.*\|$/u.test(line) && line.length > 2) {
      // A markdown row: its own row of cells.
      flush();
      if (/^\|[\s:|-]+\|$/u.test(line)) continue; // the "|---|---|" rule
      out.push("row");
      for (const c of line.slice(1, -1).split("|")) out.push({ text: tidy(c), line: i });
      out.push("row");
      lastWasSeparator = true;
      continue;
    }
    if (line.length === 0) continue;
    if (buffer.length === 0) start = i;
    buffer.push(line);
    lastWasSeparator = false;
  }
  flush();
  return out;
}

function splitRows(cells: ReadonlyArray<Cell | "row">): Cell[][] {
  const rows: Cell[][] = [];
  let current: Cell[] = [];
  for (const c of cells) {
    if (c === "row") {
      if (current.length > 0) rows.push(current);
      current = [];
    } else current.push(c);
  }
  if (current.length > 0) rows.push(current);
  return rows;
}

/** A header row: a task column and a lead column among its cells. */
function headerColumns(row: readonly Cell[]): TableColumn[] | null {
  const columns = row.map((c) => columnOf(c.text));
  if (!columns.includes("task") || !columns.includes("lead")) return null;
  // Cells before the first column heading (a caption run into the header row) are not columns.
  const first = columns.findIndex((c) => c === "number" || c === "task");
  return columns.slice(Math.max(0, first));
}

/**
 * Find the task tables of a text given as lines. A table runs from its header
 * row to the first line that is neither a cell nor a separator after a blank
 * line or a heading-like paragraph.
 */
export function findTaskTables(
  lines: readonly string[],
  isAgency: (cell: string) => boolean = () => false,
): FoundTables {
  const rows: TableRow[] = [];
  const consumed = new Set<number>();
  // Table regions: maximal runs of lines containing "|" separators, allowing cell text between them.
  let i = 0;
  while (i < lines.length) {
    if (!SEPARATOR.test((lines[i] ?? "").trim()) && !/^\|.*\|$/u.test((lines[i] ?? "").trim())) {
      i += 1;
      continue;
    }
    // The region ends at a blank line followed by a line that is not a separator within 3 lines.
    let end = i;
    let lastSeparator = i;
    while (end < lines.length) {
      const line = (lines[end] ?? "").trim();
      if (SEPARATOR.test(line) || /^\|.*\|$/u.test(line)) lastSeparator = end;
      else if (line.length === 0 && end - lastSeparator > 1) break;
      else if (end - lastSeparator > 40) break;
      end += 1;
    }
    const regionEnd = Math.min(lines.length, lastSeparator + 1);
    readRegion(lines, i, regionEnd, rows, consumed, isAgency);
    i = Math.max(regionEnd, i + 1);
  }
  return { rows, consumed };
}

function readRegion(
  lines: readonly string[],
  from: number,
  to: number,
  out: TableRow[],
  consumed: Set<number>,
  isAgency: (cell: string) => boolean,
): void {
  // Find the header first, then read the rows from the header's own line: cells
  // of an earlier table in the same run (a signature block) must not shift the rows.
  const found = splitRows(cellsOf(lines, from, to)).find((r) => headerColumns(r) !== null);
  const headerStart = found?.find((c) => columnOf(c.text) !== "other")?.line ?? -1;
  if (headerStart < 0) return;
  const rows = splitRows(cellsOf(lines, headerStart, to));
  let columns: TableColumn[] | null = null;
  let headerLine = -1;
  let section: string | null = null;
  let previous: TableRow | null = null;
  let pending: Cell[] | null = null;
  const emit = (cells: readonly Cell[]) => {
    if (!columns) return;
    const first = cells[0]?.text ?? "";
    const numbered = ROW_NUMBER.test(first);
    if (numbered && SECTION.test(first) && cells.length <= 2) {
      section = first.replace(/\.$/u, "");
      previous = null;
      return;
    }
    if (!numbered && cells.length === 1 && previous === null) return; // a title row
    const get = (col: TableColumn, from: readonly Cell[], cols: readonly TableColumn[]) =>
      from[cols.indexOf(col)]?.text ?? "";
    let row: TableRow;
    if (numbered) {
      row = {
        section,
        number: first.replace(/\.$/u, ""),
        task: get("task", cells, columns),
        lead: get("lead", cells, columns),
        coordinating: get("coordinating", cells, columns),
        deadline: get("deadline", cells, columns),
        line: cells[0]?.line ?? from,
      };
      if (columns[0] !== "number") {
        row.task = get("task", cells, columns);
      }
    } else {
      // A continuation row: merged cells on the left; its cells fill the task's columns onward.
      const rest = columns.slice(columns.indexOf("task"));
      const agencyFirst =
        cells.length < rest.length && previous !== null && isAgency(cells[0]?.text ?? "");
      const cols = agencyFirst ? rest.slice(1) : rest;
      const base: TableRow | null = previous;
      row = {
        section,
        number: null,
        task: agencyFirst ? "" : get("task", cells, cols),
        lead: get("lead", cells, cols) || (base?.lead ?? ""),
        coordinating: get("coordinating", cells, cols) || (base?.coordinating ?? ""),
        deadline: get("deadline", cells, cols) || (base?.deadline ?? ""),
        line: cells[0]?.line ?? from,
      };
      if (agencyFirst) row.task = cells.map((c) => c.text).join(" ");
    }
    if (row.task.trim().length === 0) return;
    out.push(row);
    previous = row;
  };
  for (const cells of rows) {
    if (!columns) {
      const found = headerColumns(cells);
      if (found) {
        columns = found;
        headerLine = cells[0]?.line ?? from;
      }
      continue;
    }
    // A row cut by an empty middle cell ("|", "|") comes as two pieces: join them back.
    if (pending) {
      const joined = ROW_NUMBER.test(cells[0]?.text ?? "")
        ? null
        : pending.length + 1 + cells.length <= columns.length
          ? [...pending, { text: "", line: cells[0]?.line ?? from }, ...cells]
          : null;
      if (joined) {
        pending = null;
        emit(joined);
        continue;
      }
      emit(pending);
      pending = null;
    }
    const first = cells[0]?.text ?? "";
    const short = cells.length < columns.length - 2;
    if (ROW_NUMBER.test(first) && !SECTION.test(first) && short) {
      pending = cells;
      continue;
    }
    emit(cells);
  }
  if (pending) emit(pending);
  if (columns && headerLine >= 0) {
    for (let k = headerLine; k < to; k += 1) consumed.add(k);
    // The header's own first separator line.
    for (let k = headerLine - 1; k >= from && SEPARATOR.test((lines[k] ?? "").trim()); k -= 1)
      consumed.add(k);
  }
}

import { basename } from "node:path";
import {
  compareIso,
  defaultAgencyRegistry,
  foldForMatch,
  shortenText,
  type SheetRowError,
  type Task,
} from "@nhiemvu/core";
import { documentLabel } from "../model/build.js";
import type { ConflictRow, UnitRow } from "../model/types.js";
import { viDate } from "../format/vi.js";
import { describeReadError } from "../messages.js";
import type { ReadWarning } from "../read/errors.js";
import { readTrackingWorkbook, type ReadOptions } from "../read/read-workbook.js";

/** One unit's workbook: "Bộ Nội vụ" → bnv.xlsx. */
export interface UnitInput {
  unit: string;
  file: string;
  /** The file as the user named it, for messages and the units sheet (default: `file`). */
  shown?: string;
}

export interface UnitRowErrors {
  unit: string;
  file: string;
  errors: SheetRowError[];
}

export interface UnitWarnings {
  unit: string;
  file: string;
  warnings: ReadWarning[];
}

export interface Consolidation {
  tasks: Task[];
  conflicts: ConflictRow[];
  units: UnitRow[];
  rowErrors: UnitRowErrors[];
  warnings: UnitWarnings[];
}

const COMPLETION = "Ngày hoàn thành";
/** Characters of task text naming a task in the conflicts sheet. */
const TASK_TEXT = 80;

/** "Hoàn thiện dự thảo Đề án… (mục 4, 221-KL/TW ngày 28/11/2025)": what an officer recognises, not the code. */
export function conflictTaskLabel(task: Pick<Task, "text" | "ref" | "documentId">): string {
  const document = documentLabel(task.documentId);
  const where = task.ref ? `mục ${task.ref}, ${document}` : document;
  return `${shortenText(task.text, TASK_TEXT)} (${where})`;
}

/** Does this unit lead the task? By the registry's id when both resolve, else by the folded name. */
function isLead(unit: string, task: Task): boolean {
  const ref = defaultAgencyRegistry().resolve(unit);
  const folded = foldForMatch(unit);
  return task.lead.some((l) =>
    ref.id !== null && l.id !== null ? ref.id === l.id : foldForMatch(l.name) === folded,
  );
}

/** The latest reported completion (never overstating punctuality), when no lead unit reported. */
function latest(values: readonly (string | null)[]): string | null {
  let best: string | null = null;
  for (const v of values) if (v !== null && (best === null || compareIso(v, best) > 0)) best = v;
  return best;
}

interface Reported {
  unit: string;
  /** The unit's file as the user named it. */
  file: string;
  task: Task;
}

/**
 * One task as several units report it. The lead unit's copy is the task's
 * record and its completion date wins (it is the unit that reports it); with
 * no lead unit among them, the latest reported completion is kept. Notes are
 * kept per unit ("Bộ Tài chính: Đang lấy ý kiến"), not one unit's only.
 * When completions differ, every unit's value is listed, agreeing ones too.
 */
function mergeTask(reports: readonly Reported[]): { task: Task; conflict: ConflictRow | null } {
  const [first] = reports;
  if (!first) throw new RangeError("no report");
  if (reports.length === 1) return { task: first.task, conflict: null };
  const lead = reports.find((r) => isLead(r.unit, r.task));
  const base = (lead ?? first).task;
  const completions = reports.map((r) => r.task.completedOn);
  const differ = completions.some((c) => c !== completions[0]);
  const completedOn = lead ? lead.task.completedOn : latest(completions);
  const notes = reports.filter((r) => (r.task.note ?? "") !== "");
  const distinctNotes = new Set(notes.map((r) => r.task.note));
  const note =
    distinctNotes.size <= 1
      ? (notes[0]?.task.note ?? "")
      : notes.map((r) => `${r.unit}: ${r.task.note ?? ""}`).join("\n");
  const { note: _drop, ...rest } = base;
  void _drop;
  const task: Task = { ...rest, completedOn, ...(note ? { note } : {}) };
  const shown = (d: string | null) => (d ? viDate(d) : "");
  const conflict: ConflictRow | null = differ
    ? {
        task: conflictTaskLabel(base),
        code: base.code,
        field: COMPLETION,
        values: reports.map((r) => ({
          unit: r.unit,
          file: basename(r.file),
          value: shown(r.task.completedOn),
        })),
        chosen: shown(completedOn),
      }
    : null;
  return { task, conflict };
}

/**
 * Many units' tracking workbooks → one task list, matched by task code (a
 * code repeated inside one file is left out by the reader, so it raises no
 * conflict). The workbooks are read in parallel by the pooled readers and
 * merged in the order given, so the result does not depend on which finished
 * first. A missing or unreadable workbook does not stop the others; it is
 * listed with the reason.
 */
export async function consolidateWorkbooks(
  inputs: readonly UnitInput[],
  options: Pick<ReadOptions, "limits" | "isolate" | "onProgress"> = {},
): Promise<Consolidation> {
  const progress = inputs.map(() => 0);
  const report = () => options.onProgress?.(progress.reduce((a, b) => a + b, 0));
  const read = await Promise.all(
    inputs.map(async (input, i) => {
      const tasks: Task[] = [];
      const outcome = await readTrackingWorkbook(input.file, {
        ...(options.limits ? { limits: options.limits } : {}),
        ...(options.isolate === undefined ? {} : { isolate: options.isolate }),
        ...(options.onProgress
          ? {
              onProgress: (rows: number) => {
                progress[i] = rows;
                report();
              },
            }
          : {}),
        onTasks: (batch) => {
          for (const task of batch) tasks.push(task);
        },
      });
      return { input, tasks, outcome };
    }),
  );

  const byCode = new Map<string, Reported[]>();
  const units: UnitRow[] = [];
  const rowErrors: UnitRowErrors[] = [];
  const warnings: UnitWarnings[] = [];
  for (const { input, tasks, outcome } of read) {
    const { unit } = input;
    const file = input.shown ?? input.file;
    if (outcome.ok) {
      for (const task of tasks) {
        const list = byCode.get(task.code);
        if (list) list.push({ unit, file, task });
        else byCode.set(task.code, [{ unit, file, task }]);
      }
      units.push({ unit, file, state: "read", rows: outcome.rows, message: "" });
      if (outcome.rowErrors.length > 0) rowErrors.push({ unit, file, errors: outcome.rowErrors });
      if (outcome.warnings.length > 0) warnings.push({ unit, file, warnings: outcome.warnings });
    } else {
      units.push({
        unit,
        file,
        state: outcome.error.code === "file_missing" ? "missing" : "unreadable",
        rows: 0,
        message: describeReadError({ ...outcome.error, file }),
      });
    }
  }
  const merged: Task[] = [];
  const conflicts: ConflictRow[] = [];
  for (const reports of byCode.values()) {
    const { task, conflict } = mergeTask(reports);
    merged.push(task);
    if (conflict) conflicts.push(conflict);
  }
  return { tasks: merged, conflicts, units, rowErrors, warnings };
}

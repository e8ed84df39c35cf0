import { compareIso, type SheetRowError, type Task } from "@nhiemvu/core";
import type { ConflictRow, UnitRow } from "../model/types.js";
import { viDate } from "../format/vi.js";
import { describeReadError } from "../messages.js";
import { readTrackingWorkbook, type ReadOptions } from "../read/read-workbook.js";

/** One unit's workbook: "Bộ Nội vụ" → bnv.xlsx. */
export interface UnitInput {
  unit: string;
  file: string;
}

export interface UnitRowErrors {
  unit: string;
  file: string;
  errors: SheetRowError[];
}

export interface Consolidation {
  tasks: Task[];
  conflicts: ConflictRow[];
  units: UnitRow[];
  rowErrors: UnitRowErrors[];
}

interface Seen {
  task: Task;
  unit: string;
  conflict?: ConflictRow;
}

const COMPLETION = "Ngày hoàn thành";

/** The date a consolidation keeps when units disagree: a reported completion, the latest one. */
function chooseCompletion(a: string | null, b: string | null): string | null {
  if (a === null) return b;
  if (b === null) return a;
  return compareIso(a, b) >= 0 ? a : b;
}

/**
 * Many units' tracking workbooks → one task list, matched by task code. When
 * units report different completion dates for the same task, the latest
 * reported completion is kept (never overstating punctuality) and the
 * disagreement is listed. A missing or unreadable workbook does not stop the
 * others; it is listed with the reason. Workbooks are read one at a time,
 * streaming, each in its bounded worker.
 */
export async function consolidateWorkbooks(
  inputs: readonly UnitInput[],
  options: Pick<ReadOptions, "limits" | "isolate" | "onProgress"> = {},
): Promise<Consolidation> {
  const byCode = new Map<string, Seen>();
  const conflicts: ConflictRow[] = [];
  const units: UnitRow[] = [];
  const rowErrors: UnitRowErrors[] = [];
  let rowsBefore = 0;

  for (const { unit, file } of inputs) {
    const outcome = await readTrackingWorkbook(file, {
      ...options,
      ...(options.onProgress
        ? { onProgress: (rows: number) => options.onProgress?.(rowsBefore + rows) }
        : {}),
      onTasks: (batch) => {
        for (const task of batch) {
          const seen = byCode.get(task.code);
          if (!seen) {
            byCode.set(task.code, { task, unit });
            continue;
          }
          if (seen.task.completedOn === task.completedOn) continue;
          const shown = (d: string | null) => d ?? "";
          if (!seen.conflict) {
            seen.conflict = {
              code: task.code,
              field: COMPLETION,
              values: [{ unit: seen.unit, value: shown(seen.task.completedOn) }],
              chosen: "",
            };
            conflicts.push(seen.conflict);
          }
          seen.conflict.values.push({ unit, value: shown(task.completedOn) });
          const chosen = chooseCompletion(seen.task.completedOn, task.completedOn);
          seen.task = { ...seen.task, completedOn: chosen };
          seen.conflict.chosen = shown(chosen);
        }
      },
    });
    if (outcome.ok) {
      rowsBefore += outcome.rows;
      units.push({ unit, file, state: "read", rows: outcome.rows, message: "" });
      if (outcome.rowErrors.length > 0) rowErrors.push({ unit, file, errors: outcome.rowErrors });
    } else {
      units.push({
        unit,
        file,
        state: outcome.error.code === "file_missing" ? "missing" : "unreadable",
        rows: 0,
        message: describeReadError(outcome.error),
      });
    }
  }
  // Conflict dates read as dd/mm/yyyy in the sheet.
  for (const c of conflicts) {
    c.values = c.values.map((v) => ({ ...v, value: v.value ? viDate(v.value) : "" }));
    c.chosen = c.chosen ? viDate(c.chosen) : "";
  }
  return { tasks: [...byCode.values()].map((s) => s.task), conflicts, units, rowErrors };
}

import { evaluateRow, rowOfTask, type IsoDate, type SheetRow, type Task } from "@nhiemvu/core";
import { appendRows, createTrackingSheet, selectCell, writeBlocks } from "../excel/apply.js";
import { INVALID_ROW_WARNING, planErrorMessage } from "../messages.js";
import { planAppend } from "../plan/append.js";
import { blocksForColumns } from "../plan/blocks.js";
import { tableFormats } from "../plan/cells.js";
import { planCheck, type CheckPlan } from "../plan/check.js";
import { planCreateSheet } from "../plan/create.js";
import { planRefresh, type RefreshPlan } from "../plan/refresh.js";
import { failed, optionsOf, withTable, type Host, type Outcome } from "./host.js";

/** "Tạo sổ theo dõi", filled with the given tasks (none, or the bundled catalogue) as of `asOf`. */
export async function createSheet(
  host: Host,
  opts: { asOf: IsoDate; tasks: readonly Task[] },
): Promise<Outcome<{ rows: number }>> {
  const tasks = opts.tasks;
  const plan = planCreateSheet({
    rows: tasks.map((task) => rowOfTask(task, opts.asOf)),
  });
  const result = await host.run((context) => createTrackingSheet(context, plan, optionsOf(host)));
  return result.ok ? result : failed(result);
}

/** "Nhập từ văn bản", second step: append the chosen tasks, skipping codes already there. */
export async function appendTasks(
  host: Host,
  tasks: readonly Task[],
  asOf: IsoDate,
): Promise<Outcome<{ added: string[]; duplicates: string[] }>> {
  if (tasks.length === 0)
    return { ok: false, message: planErrorMessage({ code: "nothing_to_add" }) };
  const rows: SheetRow[] = tasks.map((task) => rowOfTask(task, asOf));
  return host.run((context) =>
    withTable(host, context, async (table, readSyncs) => {
      const plan = planAppend(table, rows);
      if (plan.added.length === 0) {
        return { ok: true, value: { added: [], duplicates: plan.duplicates }, syncs: readSyncs };
      }
      const result = await appendRows(context, table.snapshot, plan, optionsOf(host));
      if (!result.ok) return failed(result);
      return {
        ok: true,
        value: { added: plan.added, duplicates: plan.duplicates },
        syncs: readSyncs + result.syncs,
      };
    }),
  );
}

/** "Cập nhật trạng thái": recompute computed columns as of `asOf`; user cells untouched. */
export async function refreshStatus(host: Host, asOf: IsoDate): Promise<Outcome<RefreshPlan>> {
  return host.run((context) =>
    withTable(host, context, async (table, readSyncs) => {
      const plan = planRefresh(
        table,
        asOf,
        (row, at, date) => {
          // The same core rule as `nhiemvu refresh` (core/sheet/row.ts evaluateRow).
          const outcome = evaluateRow(row, at, date);
          return outcome.ok
            ? { ok: true, row: outcome.row, status: outcome.evaluation.status }
            : { ok: false };
        },
        INVALID_ROW_WARNING,
      );
      const undo = blocksForColumns({
        row: table.snapshot.headerRow + 1,
        firstColumn: table.snapshot.firstColumn,
        rows: table.snapshot.rows,
        formats: tableFormats(table.positions, table.width),
        columns: plan.blocks.flatMap((block) =>
          block.formats.map((_, i) => block.column - table.snapshot.firstColumn + i),
        ),
      });
      const result = await writeBlocks(
        context,
        table.snapshot.sheetName,
        plan.blocks,
        undo,
        optionsOf(host),
      );
      if (!result.ok) return failed(result);
      return { ok: true, value: plan, syncs: readSyncs + result.syncs };
    }),
  );
}

/** "Kiểm tra dữ liệu": every row read with core's rules (nothing written). */
export async function checkSheet(host: Host): Promise<Outcome<CheckPlan>> {
  return host.run((context) =>
    withTable(host, context, async (table, readSyncs) => ({
      ok: true,
      value: planCheck(table),
      syncs: readSyncs,
    })),
  );
}

/** Select the cell of a problem (clicking it in the pane). */
export async function goToCell(host: Host, address: string): Promise<Outcome<null>> {
  const result = await host.run((context) => selectCell(context, address));
  return result.ok ? result : failed(result);
}

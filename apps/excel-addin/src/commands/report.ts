import { rowToTask, type Task } from "@nhiemvu/core";
import {
  buildReportModel,
  coreRules,
  defaultReportMonth,
  isRegimeId,
  latestDataDate,
} from "@nhiemvu/report/model";
import { writeSheets } from "../excel/apply.js";
import { planReport } from "../plan/report.js";
import { failed, optionsOf, withTable, type Host, type Outcome } from "./host.js";

export interface MonthReportOutcome {
  label: string;
  sheetName: string;
  total: number;
  /** Rows core could not read (see Kiểm tra dữ liệu): left out of the counts. */
  skipped: number;
}

/**
 * "Lập báo cáo tháng": the sheet's rows read with core's rowToTask, the model
 * built by the report package (the same aggregation as `nhiemvu report`), and
 * written as sheets of this workbook. As of the period's cut-off, so a month's
 * report does not change when it is re-run later.
 */
export async function buildMonthReport(
  host: Host,
  /** month null: the month `nhiemvu report` picks, from the data (see defaultReportMonth). */
  opts: { month: string | null; regime: string; unit: string },
): Promise<Outcome<MonthReportOutcome>> {
  return host.run((context) =>
    withTable(host, context, async (table, readSyncs) => {
      const tasks: Task[] = [];
      let skipped = 0;
      for (const { row, rowNumber, blank } of table.rows) {
        if (blank) continue;
        const read = rowToTask(row, { sheetName: table.snapshot.sheetName, rowNumber });
        if (read.ok) tasks.push(read.task);
        else skipped += 1;
      }
      const latest = latestDataDate(tasks);
      const month =
        opts.month ??
        (latest && isRegimeId(opts.regime) ? defaultReportMonth(latest, opts.regime) : null);
      if (month === null)
        return {
          ok: false,
          message: "Chưa có dữ liệu để chọn tháng báo cáo; hãy nhập tháng (mm/yyyy).",
        };
      const model = buildReportModel(
        tasks,
        { month, regime: opts.regime, unit: opts.unit },
        coreRules(),
      );
      const sheets = planReport(model);
      const result = await writeSheets(context, sheets, optionsOf(host));
      if (!result.ok) return failed(result);
      return {
        ok: true,
        value: {
          label: model.period.label,
          sheetName: sheets[0]?.name ?? "",
          total: model.summary.total,
          skipped,
        },
        syncs: readSyncs + result.syncs,
      };
    }),
  );
}

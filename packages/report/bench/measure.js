// One measurement in a fresh process, so peak RSS (maxRSS) is this one's alone.
// Usage: node bench/measure.js <baseline|naive|report|consolidate> <N> <dir>
import ExcelJS from "exceljs";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import {
  buildReportModel,
  coreRules,
  readTrackingWorkbook,
  writeReportWorkbook,
  writeTrackingWorkbook,
} from "../dist/index.js";
import { syntheticTasks } from "./synthetic.js";

const [kind, nText, dir] = process.argv.slice(2);
const n = Number(nText);

const utc = (iso) => (iso ? new Date(`${iso}T00:00:00Z`) : null);
/** The task's row as plain values: what the baselines write, no formatting. */
const plainRow = (t) => [
  t.code,
  t.documentId,
  t.ref,
  t.text,
  t.lead.map((a) => a.name).join("; "),
  t.coordinating.map((a) => a.name).join("; "),
  t.deadline.text,
  utc(t.currentDue),
  utc(t.completedOn),
  t.deadline.kind,
  null,
  t.note ?? "",
];

async function run() {
  if (kind === "setup-consolidate") {
    // Not measured: write the units' tracking workbooks the consolidation reads.
    const tasks = syntheticTasks(n);
    const units = 4;
    const per = Math.ceil(n / units);
    for (let u = 0; u < units; u += 1) {
      const slice = tasks.slice(u * per, (u + 1) * per).map((task) => ({ task }));
      await writeTrackingWorkbook({ filename: join(dir, `don-vi-${u + 1}.xlsx`) }, slice);
    }
    return {};
  }
  const tasks = kind === "consolidate" ? [] : syntheticTasks(n);
  const out = join(dir, `${kind}-${n}.xlsx`);
  const start = process.hrtime.bigint();
  let extra = {};
  if (kind === "baseline") {
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: out });
    const ws = wb.addWorksheet("Sheet1");
    for (const t of tasks) ws.addRow(plainRow(t)).commit();
    ws.commit();
    await wb.commit();
  } else if (kind === "naive") {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Sheet1");
    for (const t of tasks) ws.addRow(plainRow(t));
    await wb.xlsx.writeFile(out);
  } else if (kind === "report") {
    const model = buildReportModel(
      tasks,
      { month: "2025-11", regime: "nd09", unit: "Đảng ủy Chính phủ" },
      coreRules(),
    );
    const modelSeconds = Number(process.hrtime.bigint() - start) / 1e9;
    await writeReportWorkbook(model, { filename: out });
    extra = { modelSeconds };
  } else if (kind === "consolidate") {
    let rows = 0;
    const byCode = new Map();
    for (const file of readdirSync(dir)
      .filter((f) => f.startsWith("don-vi-"))
      .sort()) {
      const outcome = await readTrackingWorkbook(join(dir, file), {
        onTasks: (batch) => {
          for (const t of batch) byCode.set(t.code, t);
        },
      });
      if (!outcome.ok) throw new Error(JSON.stringify(outcome.error));
      rows += outcome.rows;
    }
    extra = { rows, tasks: byCode.size };
  }
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  return { seconds, ...extra };
}

run().then(
  (result) => {
    const maxRssMb = process.resourceUsage().maxRSS / 1024;
    process.stdout.write(JSON.stringify({ ...result, maxRssMb }) + "\n");
  },
  (error) => {
    process.stderr.write(String(error?.stack ?? error) + "\n");
    process.exit(1);
  },
);

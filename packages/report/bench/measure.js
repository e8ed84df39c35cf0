// One measurement in a fresh process, so peak RSS (maxRSS) is this one's alone.
// Usage: node bench/measure.js <kind> <N> <dir> [units]
//   kinds: baseline | naive | report | setup-consolidate | consolidate | exceljs-read |
//          setup-json | json-report
import ExcelJS from "exceljs";
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import {
  buildReportModel,
  consolidateWorkbooks,
  coreRules,
  readJsonTasksFile,
  writeReportWorkbook,
  writeTrackingWorkbook,
} from "../dist/index.js";
import { syntheticTasks } from "./synthetic.js";

const [kind, nText, dir, unitsText] = process.argv.slice(2);
const n = Number(nText);
const units = Number(unitsText ?? 4);
/** The units' workbooks of one consolidation: <dir>/units-<count>/don-vi-<i>.xlsx. */
const unitDir = join(dir, `units-${units}`);
const unitFiles = () =>
  readdirSync(unitDir)
    .filter((f) => f.startsWith("don-vi-"))
    .sort()
    .map((f) => join(unitDir, f));

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
    const per = Math.ceil(n / units);
    mkdirSync(unitDir, { recursive: true });
    for (let u = 0; u < units; u += 1) {
      const slice = tasks.slice(u * per, (u + 1) * per).map((task) => ({ task }));
      const name = `don-vi-${String(u + 1).padStart(3, "0")}.xlsx`;
      await writeTrackingWorkbook({ filename: join(unitDir, name) }, slice);
    }
    return {};
  }
  if (kind === "setup-json") {
    // Not measured: a JSON export of N tasks, as `nhiemvu report` reads it.
    const tasks = syntheticTasks(n);
    const parts = ["["];
    tasks.forEach((t, i) => parts.push(`${i ? "," : ""}${JSON.stringify(t)}`));
    parts.push("]");
    writeFileSync(join(dir, `tasks-${n}.json`), parts.join(""));
    return {};
  }
  const tasks = ["baseline", "naive", "report"].includes(kind) ? syntheticTasks(n) : [];
  const out = join(dir, `${kind}-${n}.xlsx`);
  const start = process.hrtime.bigint();
  const cpuStart = process.cpuUsage();
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
    const modelCpu = process.cpuUsage(cpuStart);
    await writeReportWorkbook(model, { filename: out });
    extra = { modelSeconds, modelCpuSeconds: (modelCpu.user + modelCpu.system) / 1e6 };
  } else if (kind === "consolidate") {
    // The product's path: pooled workers, every unit's tasks merged by code.
    const result = await consolidateWorkbooks(
      unitFiles().map((file, i) => ({ unit: `Đơn vị ${i + 1}`, file })),
    );
    const failed = result.units.filter((u) => u.state !== "read");
    if (failed.length > 0) throw new Error(JSON.stringify(failed));
    extra = { rows: result.units.reduce((a, u) => a + u.rows, 0), tasks: result.tasks.length };
  } else if (kind === "exceljs-read") {
    // The baseline: exceljs's own streaming reader going through every row of the same files.
    let rows = 0;
    for (const file of unitFiles()) {
      const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, {
        sharedStrings: "cache",
        worksheets: "emit",
        styles: "ignore",
        hyperlinks: "ignore",
        entries: "ignore",
      });
      for await (const ws of reader) for await (const row of ws) if (row.number > 1) rows += 1;
    }
    extra = { rows };
  } else if (kind === "json-report") {
    // What `nhiemvu report tasks.json` does: stream the export, build the model, write the workbook.
    const read = await readJsonTasksFile(join(dir, `tasks-${n}.json`));
    if (!read.ok) throw new Error(JSON.stringify(read));
    const model = buildReportModel(
      read.tasks,
      { month: "2025-11", regime: "nd09", unit: "Đảng ủy Chính phủ" },
      coreRules(),
    );
    await writeReportWorkbook(model, { filename: out });
    extra = { tasks: read.tasks.length };
  }
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  // CPU of every thread of the process (the reading workers too): steadier than wall time on a loaded machine.
  const cpu = process.cpuUsage(cpuStart);
  return { seconds, cpuSeconds: (cpu.user + cpu.system) / 1e6, ...extra };
}

run().then(
  (result) => {
    // VmHWM: this process's own peak (getrusage's maxRSS is inherited across fork and exec).
    const hwm = /VmHWM:\s*(\d+)/.exec(readFileSync("/proc/self/status", "utf8"));
    const maxRssMb = (hwm ? Number(hwm[1]) : process.resourceUsage().maxRSS) / 1024;
    process.stdout.write(JSON.stringify({ ...result, maxRssMb }) + "\n");
    // The pooled readers are idle and unref'd; exit without waiting on anything else.
    process.exit(0);
  },
  (error) => {
    process.stderr.write(String(error?.stack ?? error) + "\n");
    process.exit(1);
  },
);

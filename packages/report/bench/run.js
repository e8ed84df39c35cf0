// npm run bench: the report for N = 10k and 100k synthetic tasks against
// exceljs's own streaming writer (same rows, no formatting) and its in-memory
// workbook, plus the consolidation of 100k tracking rows. Each measurement
// runs in a fresh child process so its peak RSS is its own.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "nhiemvu-bench-"));
const sizes = (process.env.BENCH_SIZES ?? "10000,100000").split(",").map(Number);

function measure(kind, n, units = 4) {
  const out = execFileSync(
    process.execPath,
    [join(here, "measure.js"), kind, String(n), dir, String(units)],
    {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "inherit"],
    },
  );
  return JSON.parse(out.trim().split("\n").pop());
}

const s = (x) => x.toFixed(2);
const mb = (x) => Math.round(x);
try {
  for (const n of sizes) {
    const baseline = measure("baseline", n);
    const naive = measure("naive", n);
    const report = measure("report", n);
    console.log(
      `exceljs streaming ${n} rows (no formatting): ${s(baseline.seconds)} s, ${mb(baseline.maxRssMb)} MB peak RSS`,
    );
    console.log(
      `exceljs in-memory ${n} rows (naive): ${s(naive.seconds)} s, ${mb(naive.maxRssMb)} MB peak RSS`,
    );
    console.log(
      `report ${n} tasks: ${s(report.seconds)} s, ${mb(report.maxRssMb)} MB peak RSS, ${(report.seconds / baseline.seconds).toFixed(2)}x exceljs streaming`,
    );
    console.log(
      `  of which report model (core classifyTask for each task, counts, lists): ${s(report.modelSeconds)} s; workbook: ${s(report.seconds - report.modelSeconds)} s, ${((report.seconds - report.modelSeconds) / baseline.seconds).toFixed(2)}x exceljs streaming; in CPU: report ${(report.cpuSeconds / baseline.cpuSeconds).toFixed(2)}x, workbook ${((report.cpuSeconds - report.modelCpuSeconds) / baseline.cpuSeconds).toFixed(2)}x`,
    );
  }
  const n = sizes[sizes.length - 1];
  // Consolidation: the same N rows from 10 and from 100 units, against exceljs's
  // streaming reader going through the same files in the same run.
  for (const units of [10, 100]) {
    measure("setup-consolidate", n, units);
    const base = measure("exceljs-read", n, units);
    const c = measure("consolidate", n, units);
    console.log(
      `exceljs streaming reader, ${base.rows} rows from ${units} units: ${s(base.seconds)} s (${s(base.cpuSeconds)} s CPU), ${mb(base.maxRssMb)} MB peak RSS`,
    );
    console.log(
      `consolidate ${c.rows} rows from ${units} units: ${s(c.seconds)} s (${s(c.cpuSeconds)} s CPU), ${mb(c.maxRssMb)} MB peak RSS, ${(c.seconds / base.seconds).toFixed(2)}x exceljs streaming reader, ${(c.cpuSeconds / base.cpuSeconds).toFixed(2)}x in CPU (target <= 1.5x, <= 400 MB)`,
    );
  }
  const jsonTasks = Number(process.env.BENCH_JSON_TASKS ?? 300_000);
  measure("setup-json", jsonTasks);
  const j = measure("json-report", jsonTasks);
  console.log(
    `report from a JSON export of ${j.tasks} tasks: ${s(j.seconds)} s, ${mb(j.maxRssMb)} MB peak RSS (target < 500 MB)`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}

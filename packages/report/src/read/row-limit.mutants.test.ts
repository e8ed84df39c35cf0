// The reader's row bound, which a mutation once moved without any test failing:
// a workbook of exactly maxRows rows holding a value (all sheets, header rows included)
// is read, one row more is refused naming
// the limit; without limits given, the default bound applies, also when other
// limits are given.
import ExcelJS from "exceljs";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { writeTrackingWorkbook } from "../render/tracking-workbook.js";
import { DEFAULT_READ_LIMITS } from "./errors.js";
import { readTrackingWorkbook } from "./read-workbook.js";
import { sampleTask } from "./sample-tasks.test-support.js";

const dir = mkdtempSync(join(tmpdir(), "nhiemvu-row-limit-"));
const file = join(dir, "tracking.xlsx");
const TASKS = 40;
let rows = 0;
const read = (limits: object) => readTrackingWorkbook(file, { isolate: false, limits });

beforeAll(async () => {
  const tasks = Array.from({ length: TASKS }, (_, i) =>
    sampleTask({ code: `X@2025-01-01#${i + 1}` }),
  );
  await writeTrackingWorkbook(
    { filename: file },
    tasks.map((task) => ({ task })),
  );
  // Count the rows independently: every row element of every sheet, as a streaming reader meets them.
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  wb.eachSheet((ws) => {
    ws.eachRow({ includeEmpty: false }, () => (rows += 1));
  });
});

describe("the reader's row limit", () => {
  it("reads a workbook of exactly maxRows rows", async () => {
    expect(rows).toBeGreaterThan(TASKS);
    expect(await read({ maxRows: rows })).toMatchObject({ ok: true, tasks: TASKS });
  });

  it("refuses one row over, naming the limit", async () => {
    expect(await read({ maxRows: rows - 1 })).toMatchObject({
      ok: false,
      error: { code: "row_limit", limit: rows - 1 },
    });
  });

  it("applies the default 150 000-row bound when no row limit is given", async () => {
    expect(DEFAULT_READ_LIMITS.maxRows).toBe(150_000);
    expect(await read({})).toMatchObject({ ok: true, tasks: TASKS });
    expect(await read({ timeoutMs: 60_000 })).toMatchObject({ ok: true, tasks: TASKS });
  });
});

import ExcelJS from "exceljs";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Task } from "@nhiemvu/core";
import { writeTrackingWorkbook } from "../render/tracking-workbook.js";
import { readTrackingWorkbook, type ReadOutcome } from "./read-workbook.js";
import { sampleTask } from "./sample-tasks.test-support.js";

const dir = mkdtempSync(join(tmpdir(), "nhiemvu-read-"));

async function trackingFile(name: string, tasks: Task[]): Promise<string> {
  const file = join(dir, name);
  await writeTrackingWorkbook(
    { filename: file },
    tasks.map((task) => ({ task })),
  );
  return file;
}

async function read(file: string, limits = {}): Promise<{ outcome: ReadOutcome; tasks: Task[] }> {
  const tasks: Task[] = [];
  const outcome = await readTrackingWorkbook(file, {
    isolate: false,
    limits,
    onTasks: (batch) => tasks.push(...batch),
  });
  return { outcome, tasks };
}

describe("readTrackingWorkbook (streaming, in process)", () => {
  it("reads back the tasks a tracking workbook was written with", async () => {
    const written = [
      sampleTask({ code: "221-KL/TW@2025-11-28#1", completedOn: "2025-12-05" }),
      sampleTask({ code: "221-KL/TW@2025-11-28#2", text: "=SUM(1) không phải công thức" }),
    ];
    const { outcome, tasks } = await read(await trackingFile("ok.xlsx", written));
    expect(outcome).toMatchObject({
      ok: true,
      sheet: "Theo dõi nhiệm vụ",
      rows: 2,
      tasks: 2,
      rowErrors: [],
    });
    expect(tasks.map((t) => t.code)).toEqual(written.map((t) => t.code));
    expect(tasks[0]?.completedOn).toBe("2025-12-05");
    expect(tasks[1]?.text).toBe("=SUM(1) không phải công thức");
  });

  it("names the sheet and cell of a bad date typed as text", async () => {
    const file = await trackingFile("bad-row.xlsx", [
      sampleTask({ code: "221-KL/TW@2025-11-28#1" }),
    ]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.getWorksheet("Theo dõi nhiệm vụ");
    if (!ws) throw new Error("no tracking sheet");
    const col = (ws.getRow(1).values as unknown[]).indexOf("Ngày hoàn thành");
    ws.getRow(2).getCell(col).value = "31/02/2025";
    await wb.xlsx.writeFile(file);
    const { outcome } = await read(file);
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.rowErrors).toHaveLength(1);
    expect(outcome.rowErrors[0]).toMatchObject({
      code: "date_invalid",
      header: "Ngày hoàn thành",
      sheet: "Theo dõi nhiệm vụ",
      cell: `Q2`,
      value: "31/02/2025",
    });
  });

  it.each([
    ["a text file", "not_xlsx", () => Buffer.from("Mã nhiệm vụ;Nội dung\n1;abc\n")],
    ["an empty file", "not_xlsx", () => Buffer.alloc(0)],
    [
      "a password-protected workbook",
      "encrypted",
      () =>
        Buffer.concat([
          Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
          Buffer.alloc(504),
          Buffer.from("EncryptedInfo", "utf16le"),
          Buffer.from("EncryptedPackage", "utf16le"),
          Buffer.alloc(1024),
        ]),
    ],
    [
      "an old .xls workbook",
      "legacy_xls",
      () =>
        Buffer.concat([
          Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
          Buffer.alloc(2048),
        ]),
    ],
  ])("refuses %s with code %s", async (_what, code, bytes) => {
    const file = join(dir, `bad-${code}.xlsx`);
    writeFileSync(file, bytes());
    const { outcome } = await read(file);
    expect(outcome).toEqual({ ok: false, error: { code, file } });
  });

  it("reports a truncated workbook", async () => {
    const good = await trackingFile("whole.xlsx", [sampleTask({ code: "X@2025-01-01#1" })]);
    const file = join(dir, "truncated.xlsx");
    const bytes = readFileSync(good);
    writeFileSync(file, bytes.subarray(0, Math.floor(bytes.length * 0.6)));
    const { outcome } = await read(file);
    expect(outcome).toMatchObject({ ok: false, error: { code: "truncated", file } });
  });

  it("reports a missing file", async () => {
    const { outcome } = await read(join(dir, "absent.xlsx"));
    expect(outcome).toMatchObject({ ok: false, error: { code: "file_missing" } });
  });

  it("refuses a workbook in another layout, naming the missing headers", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Sheet1").addRow(["STT", "Tên", "Ghi chú"]);
    const file = join(dir, "other-layout.xlsx");
    await wb.xlsx.writeFile(file);
    const { outcome } = await read(file);
    expect(outcome).toMatchObject({
      ok: false,
      error: { code: "wrong_layout", detail: "code,documentDate,text,deadlineText" },
    });
  });

  it("stops at the row limit with the limit in the error", async () => {
    const many = Array.from({ length: 300 }, (_, i) =>
      sampleTask({ code: `X@2025-01-01#${i + 1}` }),
    );
    const { outcome } = await read(await trackingFile("many.xlsx", many), { maxRows: 100 });
    expect(outcome).toMatchObject({ ok: false, error: { code: "row_limit", limit: 100 } });
  });

  it("refuses a zip that declares more uncompressed data than allowed", async () => {
    const file = await trackingFile("declared.xlsx", [sampleTask({ code: "X@2025-01-01#1" })]);
    const { outcome } = await read(file, { maxUncompressedMb: 0.001 });
    expect(outcome).toMatchObject({ ok: false, error: { code: "too_large" } });
  });
});

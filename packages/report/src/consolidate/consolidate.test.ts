import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { writeTrackingWorkbook } from "../render/tracking-workbook.js";
import { sampleTask } from "../read/sample-tasks.test-support.js";
import { conflictTaskLabel, consolidateWorkbooks } from "./consolidate.js";

const dir = mkdtempSync(join(tmpdir(), "nhiemvu-consolidate-"));
const CODE = "221-KL/TW@2025-11-28#";
const LONG =
  "Hoàn thiện dự thảo Đề án sắp xếp tổ chức bộ máy của hệ thống chính trị, báo cáo Bộ Chính trị kết quả thực hiện";

describe("consolidateWorkbooks", async () => {
  const a = join(dir, "bnv.xlsx");
  const b = join(dir, "btc.xlsx");
  await writeTrackingWorkbook({ filename: a }, [
    { task: sampleTask({ code: `${CODE}1`, text: LONG, completedOn: "2025-11-03" }) },
    { task: sampleTask({ code: `${CODE}2` }) },
  ]);
  await writeTrackingWorkbook({ filename: b }, [
    { task: sampleTask({ code: `${CODE}1`, text: LONG, completedOn: "2025-11-10" }) },
    { task: sampleTask({ code: `${CODE}3` }) },
  ]);
  const corrupt = join(dir, "hong.xlsx");
  writeFileSync(corrupt, "không phải bảng tính");
  const result = await consolidateWorkbooks(
    [
      { unit: "Bộ Nội vụ", file: a },
      { unit: "Bộ Tài chính", file: b },
      { unit: "Bộ Y tế", file: join(dir, "thieu.xlsx") },
      { unit: "Bộ Tư pháp", file: corrupt },
    ],
    { isolate: false },
  );

  it("matches tasks by code across units", () => {
    expect(result.tasks.map((t) => t.code).sort()).toEqual([`${CODE}1`, `${CODE}2`, `${CODE}3`]);
  });

  it("lists the conflicting completion dates and keeps the lead unit's", () => {
    expect(result.conflicts).toEqual([
      {
        // Named as an officer knows it: the text cut on a word before 80 characters, item and document.
        task: "Hoàn thiện dự thảo Đề án sắp xếp tổ chức bộ máy của hệ thống chính trị, báo cáo… (mục 1, 221-KL/TW ngày 28/11/2025)",
        code: `${CODE}1`,
        field: "Ngày hoàn thành",
        // Files by their base name, not the path they were given with.
        values: [
          { unit: "Bộ Nội vụ", file: "bnv.xlsx", value: "03/11/2025" },
          { unit: "Bộ Tài chính", file: "btc.xlsx", value: "10/11/2025" },
        ],
        chosen: "03/11/2025",
      },
    ]);
    // sampleTask's lead is Bộ Nội vụ: its date wins over a later one from another unit.
    expect(result.tasks.find((t) => t.code === `${CODE}1`)?.completedOn).toBe("2025-11-03");
  });

  it("lists the missing and the unreadable unit with the reason", () => {
    expect(result.units.map((u) => [u.unit, u.state, u.rows])).toEqual([
      ["Bộ Nội vụ", "read", 2],
      ["Bộ Tài chính", "read", 2],
      ["Bộ Y tế", "missing", 0],
      ["Bộ Tư pháp", "unreadable", 0],
    ]);
    expect(result.units[3]?.message).toBe(
      `Tệp "${corrupt}" không phải là bảng tính Excel (.xlsx).`,
    );
  });

  it("lists every unit's value, agreeing ones too; without the lead unit the latest date wins", async () => {
    const files = ["x", "y", "z"].map((n) => join(dir, `${n}.xlsx`));
    const dates = ["2025-11-03", "2025-11-03", "2025-11-20"];
    for (const [i, f] of files.entries())
      await writeTrackingWorkbook({ filename: f }, [
        {
          task: sampleTask({
            code: `${CODE}9`,
            completedOn: dates[i] ?? null,
            note: i === 0 ? "Đang lấy ý kiến" : i === 2 ? "Đã trình" : "",
          }),
        },
      ]);
    const units = ["Bộ Công an", "Bộ Quốc phòng", "Bộ Ngoại giao"];
    const r = await consolidateWorkbooks(
      files.map((file, i) => ({ unit: units[i] ?? "", file })),
      { isolate: false },
    );
    expect(r.conflicts).toEqual([
      {
        task: `Nhiệm vụ ${CODE}9 (mục 9, 221-KL/TW ngày 28/11/2025)`,
        code: `${CODE}9`,
        field: "Ngày hoàn thành",
        values: [
          { unit: "Bộ Công an", file: "x.xlsx", value: "03/11/2025" },
          { unit: "Bộ Quốc phòng", file: "y.xlsx", value: "03/11/2025" },
          { unit: "Bộ Ngoại giao", file: "z.xlsx", value: "20/11/2025" },
        ],
        chosen: "20/11/2025",
      },
    ]);
    expect(r.tasks[0]?.completedOn).toBe("2025-11-20");
    expect(r.tasks[0]?.note).toBe("Bộ Công an: Đang lấy ý kiến\nBộ Ngoại giao: Đã trình");
  });

  it("raises no conflict for a code repeated inside one unit's file", async () => {
    const f = join(dir, "dup.xlsx");
    await writeTrackingWorkbook({ filename: f }, [
      { task: sampleTask({ code: `${CODE}7`, completedOn: "2025-11-03" }) },
      { task: sampleTask({ code: `${CODE}7`, completedOn: "2025-11-04" }) },
    ]);
    const r = await consolidateWorkbooks(
      [
        { unit: "Bộ Nội vụ", file: f },
        { unit: "Bộ Tài chính", file: a },
      ],
      { isolate: false },
    );
    expect(r.conflicts).toEqual([]);
    expect(r.tasks.filter((t) => t.code === `${CODE}7`)).toHaveLength(1);
    expect(r.warnings[0]?.warnings.map((w) => [w.code, w.cell, w.first])).toEqual([
      ["duplicate_code", "A3", "'Theo dõi nhiệm vụ'!A2"],
    ]);
  });
});

describe("conflictTaskLabel", () => {
  it.each([
    [
      { text: "Báo cáo  kết quả\n thực hiện", ref: "II.3", documentId: "45-CT/TU@2025-03-02" },
      "Báo cáo kết quả thực hiện (mục II.3, 45-CT/TU ngày 02/03/2025)",
    ],
    [
      { text: "Rà soát văn bản", ref: "", documentId: "không-số@2025-08-29" },
      "Rà soát văn bản (Văn bản không số ngày 29/08/2025)",
    ],
  ])("%o → %s", (task, label) => {
    expect(conflictTaskLabel(task)).toBe(label);
  });
});

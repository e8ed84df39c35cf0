import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Task } from "@nhiemvu/core";
import { describeReadWarning, readTrackingWorkbook, type ReadOutcome } from "@nhiemvu/report";
import { describe, expect, it } from "vitest";
import { craftWorkbook, headerRow, textCell, TRACKING_HEADERS } from "./fixtures/craft-xlsx.js";

/**
 * What the reader must not lose or misname, on workbooks crafted here at run
 * time as other writers lay them out (Mac Excel's 1904 dates, several sheets,
 * formulas, moved columns, sheets named by the user).
 */
const dir = mkdtempSync(join(tmpdir(), "nhiemvu-read-"));
let n = 0;

async function read(bytes: Buffer): Promise<{ outcome: ReadOutcome; tasks: Task[] }> {
  const file = join(dir, `w${(n += 1)}.xlsx`);
  writeFileSync(file, bytes);
  const tasks: Task[] = [];
  const outcome = await readTrackingWorkbook(file, {
    isolate: false,
    onTasks: (b) => {
      for (const t of b) tasks.push(t);
    },
  });
  return { outcome, tasks };
}

/** Excel serial (1900 system) of a civil date. */
const serial1900 = (y: number, m: number, d: number) =>
  (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000;

const row = (r: number, cells: string) => `<row r="${r}">${cells}</row>`;
const task = (r: number, code: string, deadline = "trong tháng 12/2025", extra = "") =>
  row(
    r,
    textCell(`A${r}`, code) +
      textCell(`B${r}`, "28/11/2025") +
      textCell(`C${r}`, `Nhiệm vụ ${code}`) +
      textCell(`D${r}`, deadline) +
      extra,
  );

describe("reading tracking workbooks exactly", () => {
  it("reads a 1904-date workbook (Mac Excel) without shifting dates by 1,462 days", async () => {
    const headers = [...TRACKING_HEADERS, "Ngày hoàn thành"];
    const s = serial1900(2025, 9, 15) - 1_462;
    const doc = serial1900(2025, 8, 1) - 1_462;
    const { outcome, tasks } = await read(
      craftWorkbook({
        date1904: true,
        sheets: [
          {
            name: "Theo dõi",
            data:
              headerRow(headers) +
              row(
                2,
                textCell("A2", "X#1") +
                  `<c r="B2"><v>${doc}</v></c>` +
                  textCell("C2", "Nhiệm vụ") +
                  textCell("D2", "") +
                  `<c r="E2" s="1"><v>${s}</v></c>`,
              ),
          },
        ],
      }),
    );
    expect(outcome.ok).toBe(true);
    expect(tasks[0]?.completedOn).toBe("2025-09-15");
    expect(tasks[0]?.documentId.endsWith("@2025-08-01")).toBe(true);
  });

  it("reads every tracking sheet, found by its header row whatever its name", async () => {
    const { outcome, tasks } = await read(
      craftWorkbook({
        sheets: [
          { name: "Bộ Nội vụ", data: headerRow() + task(2, "A#1") + task(3, "A#2") },
          { name: "Ghi chú", data: row(1, textCell("A1", "Không phải sổ theo dõi")) },
          // A title row above the headers, and a sheet name nobody would guess.
          {
            name: "Sheet2",
            data: row(1, textCell("A1", "SỔ THEO DÕI")) + headerRow(undefined, 3) + task(4, "B#1"),
          },
        ],
      }),
    );
    expect(outcome).toMatchObject({ ok: true, sheets: ["Bộ Nội vụ", "Sheet2"], rows: 3 });
    expect(tasks.map((t) => t.code)).toEqual(["A#1", "A#2", "B#1"]);
  });

  it("keeps a formula's cached value, else its text, and says so", async () => {
    const headers = [...TRACKING_HEADERS, "Tiến độ, ghi chú"];
    const { outcome, tasks } = await read(
      craftWorkbook({
        sheets: [
          {
            name: "Theo dõi nhiệm vụ",
            data:
              headerRow(headers) +
              task(
                2,
                "F#1",
                undefined,
                `<c r="E2" t="str"><f>"Đã "&amp;"xong"</f><v>Đã xong</v></c>`,
              ) +
              task(3, "F#2", undefined, `<c r="E3"><f>SUM(1,1) chưa xong</f></c>`) +
              task(4, "F#3", undefined, `<c r="E4" t="e"><f>LỖI(1)</f><v>#NAME?</v></c>`),
          },
        ],
      }),
    );
    expect(tasks.map((t) => t.note)).toEqual(["Đã xong", "=SUM(1,1) chưa xong", "=LỖI(1)"]);
    expect(outcome.ok && outcome.warnings.map((w) => [w.code, w.address, w.value])).toEqual([
      ["formula_no_value", "'Theo dõi nhiệm vụ'!E3", "=SUM(1,1) chưa xong"],
      ["formula_error", "'Theo dõi nhiệm vụ'!E4", "=LỖI(1)"],
    ]);
  });

  it("a shared formula without cached values: the master keeps its text, the cells sharing it say whose it is", async () => {
    const headers = [...TRACKING_HEADERS, "Tiến độ, ghi chú"];
    // The user moved the note column to G and named the sheet: addresses are where the cells are.
    const moved = [...headers.slice(0, 4), "Cột 5", "Cột 6", headers[4] ?? ""];
    const { outcome, tasks } = await read(
      craftWorkbook({
        sheets: [
          {
            name: "Sổ của Sở",
            data:
              headerRow(moved) +
              task(
                2,
                "S#1",
                undefined,
                `<c r="G2"><f t="shared" ref="G2:G5" si="0">A2&amp;" chưa xong"</f></c>`,
              ) +
              task(3, "S#2", undefined, `<c r="G3"><f t="shared" si="0"/></c>`) +
              // A cached value is read as it is, shared or not.
              task(
                4,
                "S#3",
                undefined,
                `<c r="G4" t="str"><f t="shared" si="0"/><v>S#3 chưa xong</v></c>`,
              ) +
              task(5, "S#4", undefined, `<c r="G5"><f t="shared" si="0"/><v></v></c>`) +
              // An index no master cell declared: nothing to keep, still said.
              task(6, "S#5", undefined, `<c r="G6"><f t="shared" si="7"/></c>`),
          },
        ],
      }),
    );
    expect(tasks.map((t) => t.note ?? null)).toEqual([
      `=A2&" chưa xong"`,
      `=A2&" chưa xong"`,
      "S#3 chưa xong",
      `=A2&" chưa xong"`,
      null,
    ]);
    expect(
      outcome.ok && outcome.warnings.map((w) => [w.code, w.address, w.value, w.master ?? null]),
    ).toEqual([
      ["formula_no_value", "'Sổ của Sở'!G2", `=A2&" chưa xong"`, null],
      ["formula_shared_no_value", "'Sổ của Sở'!G3", `=A2&" chưa xong"`, "'Sổ của Sở'!G2"],
      ["formula_shared_no_value", "'Sổ của Sở'!G5", `=A2&" chưa xong"`, "'Sổ của Sở'!G2"],
      ["formula_shared_no_value", "'Sổ của Sở'!G6", "", null],
    ]);
    const [, dependent, , orphan] = outcome.ok ? outcome.warnings : [];
    expect(dependent && describeReadWarning("so.xlsx", dependent)).toBe(
      `Tệp "so.xlsx", ô 'Sổ của Sở'!G3: công thức dùng chung của ô 'Sổ của Sở'!G2, chưa có giá trị tính sẵn; giữ nguyên văn công thức của ô đó "=A2&" chưa xong"".`,
    );
    expect(orphan && describeReadWarning("so.xlsx", orphan)).toBe(
      `Tệp "so.xlsx", ô 'Sổ của Sở'!G6: công thức dùng chung chưa có giá trị tính sẵn, không tìm thấy ô ghi công thức; ô được đọc là trống.`,
    );
  });

  it("names the real cell and sheet of a bad value, quoting a short excerpt", async () => {
    // The user moved "Ngày hoàn thành" to column B and named the sheet.
    const long = `31/02/2025 ${"x".repeat(32_000)}`;
    const headers = [
      "Nội dung nhiệm vụ",
      "Ngày hoàn thành",
      "Mã nhiệm vụ",
      "Ngày văn bản",
      "Thời hạn (nguyên văn)",
    ];
    const { outcome } = await read(
      craftWorkbook({
        sheets: [
          {
            name: "Sổ của Bộ",
            data:
              headerRow(headers) +
              row(
                2,
                textCell("A2", "Nhiệm vụ") +
                  textCell("B2", long) +
                  textCell("C2", "M#1") +
                  textCell("D2", "28/11/2025") +
                  textCell("E2", "trong tháng 12/2025"),
              ),
          },
        ],
      }),
    );
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    const [e] = outcome.rowErrors;
    expect(e).toMatchObject({ code: "date_invalid", cell: "B2", address: "'Sổ của Bộ'!B2" });
    expect(String(e?.value).length).toBeLessThanOrEqual(60);
    expect(String(e?.value).startsWith("31/02/2025 xxx")).toBe(true);
  });

  it("reads empty deadline words as no deadline, as the catalogue does", async () => {
    const { tasks } = await read(
      craftWorkbook({ sheets: [{ name: "T", data: headerRow() + task(2, "D#1", "") }] }),
    );
    expect(tasks[0]?.deadline).toEqual({ kind: "ongoing", text: "", flags: [] });
  });

  it("counts a task code repeated in one file once, and warns once for the row", async () => {
    const { outcome, tasks } = await read(
      craftWorkbook({
        sheets: [
          { name: "T", data: headerRow() + task(2, "R#1") + task(3, "R#1") + task(4, "R#2") },
        ],
      }),
    );
    expect(tasks.map((t) => t.code)).toEqual(["R#1", "R#2"]);
    expect(outcome.ok && outcome.warnings).toEqual([
      {
        code: "duplicate_code",
        sheet: "T",
        cell: "A3",
        address: "T!A3",
        value: "R#1",
        first: "T!A2",
      },
    ]);
  });
});

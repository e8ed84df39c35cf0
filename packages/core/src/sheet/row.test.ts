import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { AGENCY_SEED } from "../agency/seed.js";
import { defaultAgencyRegistry } from "../agency/registry.js";
import { isoOfUtcDate, type IsoDate } from "../dates/civil-date.js";
import { parseDeadline } from "../deadline/parse.js";
import { resolveDeadline } from "../deadline/resolve.js";
import { SEED_DEADLINE_PHRASES } from "../deadline/seed-phrases.js";
import { documentId } from "../model/document.js";
import { Task } from "../model/task.js";
import {
  DeadlineCache,
  evaluateRow,
  isBlankRow,
  rowToTask,
  taskToRow,
  type SheetRow,
} from "./row.js";

const AT = { sheetName: "Theo dõi nhiệm vụ", rowNumber: 12 };
const registry = defaultAgencyRegistry();

/** 000 item 3: "giao Đảng ủy Bộ Nội vụ chủ trì … báo cáo Bộ Chính trị trong tháng 9/2025". */
const item3: Task = {
  code: "không-số@2025-08-29#3",
  documentId: "không-số@2025-08-29",
  ref: "3",
  text: "giao Đảng ủy Bộ Nội vụ chủ trì, phối hợp với các cơ quan, đơn vị, địa phương xây dựng báo cáo sơ kết đánh giá 2 tháng thực hiện phân cấp, phân quyền",
  summary: "Báo cáo sơ kết 2 tháng phân cấp, phân quyền",
  lead: [{ id: "dang-uy-bo-noi-vu", name: "Đảng ủy Bộ Nội vụ" }],
  coordinating: [{ id: "cac-co-quan-don-vi-dia-phuong", name: "các cơ quan, đơn vị, địa phương" }],
  supervising: [],
  reportTo: [{ id: "bo-chinh-tri", name: "Bộ Chính trị" }],
  deadline: parseDeadline("báo cáo Bộ Chính trị trong tháng 9/2025", {
    documentDate: "2025-08-29",
  }),
  originalDue: "2025-09-30",
  currentDue: "2025-09-30",
  extensions: [],
  completedOn: null,
  progress: [],
};

/** The cells a person types for a new row: no code, a typo, dates as typed text. */
const typedRow: Partial<SheetRow> = {
  documentSymbol: "Số 221 - KL/TW",
  documentDate: "28/11/2025",
  ref: "4",
  text: "khẩn trương sắp xếp các cơ sở giáo dục công lập cấp xã và các trạm y tế cấp xã",
  lead: "Các tinh uỷ, thành uỷ",
  coordinating: "Bộ Y tế; Bộ Giáo dục và Đào tạo;\nBộ Nội vụ; Sở Y tế Nghệ An",
  deadlineText: "hoàn thành dứt điểm trước ngày 31/12/2025",
};

describe("taskToRow", () => {
  it("writes the task's cells, agencies joined by '; ', a document without number as an empty symbol", () => {
    const row = taskToRow(item3);
    expect(row).toMatchObject({
      code: "không-số@2025-08-29#3",
      documentSymbol: null,
      documentDate: "2025-08-29",
      ref: "3",
      lead: "Đảng ủy Bộ Nội vụ",
      coordinating: "các cơ quan, đơn vị, địa phương",
      supervising: null,
      reportTo: "Bộ Chính trị",
      deadlineText: "báo cáo Bộ Chính trị trong tháng 9/2025",
      deadlineKind: "Mốc thời gian",
      originalDue: "2025-09-30",
      currentDue: "2025-09-30",
      extendedDue: null,
      status: null,
      daysOverdue: null,
      warnings: null,
    });
  });

  it("shows the classification: status label, days overdue, due soon", () => {
    const row = taskToRow(item3, {
      status: "open_overdue",
      due: "2025-09-30",
      daysOverdue: 31,
      dueSoon: false,
    });
    expect([row.status, row.daysOverdue]).toEqual(["Chưa hoàn thành - quá hạn", 31]);
    const soon = taskToRow(item3, {
      status: "open_on_time",
      due: "2025-09-30",
      daysOverdue: null,
      dueSoon: true,
    });
    expect([soon.status, soon.warnings]).toEqual(["Chưa hoàn thành - trong hạn", "Sắp đến hạn"]);
  });

  it("shows the occurrence in force as the current due date of a recurring task", () => {
    const recurring: Task = {
      ...item3,
      deadline: parseDeadline(
        "báo cáo gửi Ban Tổ chức Trung ương chậm nhất trước ngày 25 hàng tháng",
        {
          documentDate: "2025-08-03",
        },
      ),
      originalDue: null,
      currentDue: null,
    };
    const row = taskToRow(recurring, {
      status: "open_on_time",
      due: "2025-11-25",
      daysOverdue: null,
      dueSoon: false,
    });
    expect([row.deadlineKind, row.currentDue]).toEqual(["Định kỳ", "2025-11-25"]);
  });

  it("writes the last extension with its approving document and date", () => {
    const row = taskToRow({
      ...item3,
      extensions: [
        { newDue: "2025-10-31", approvedBy: "Công văn số 45-CV/ĐU", approvedOn: "2025-09-05" },
      ],
      currentDue: "2025-10-31",
    });
    expect([row.extendedDue, row.extensionDocument, row.currentDue]).toEqual([
      "2025-10-31",
      "Công văn số 45-CV/ĐU, ngày 05/09/2025",
      "2025-10-31",
    ]);
  });

  it("flags an unreadable deadline and unknown agencies instead of failing", () => {
    const row = taskToRow({
      ...item3,
      lead: [{ id: null, name: "Sở Y tế Nghệ An" }],
      deadline: parseDeadline("tuỳ tình hình thực tế", { documentDate: "2025-08-29" }),
      originalDue: null,
      currentDue: null,
    });
    expect(row.deadlineKind).toBe("Không xác định");
    expect(row.warnings).toBe(
      "không xác định được thời hạn; cơ quan chưa có trong danh mục: Sở Y tế Nghệ An",
    );
  });
});

describe("rowToTask", () => {
  it("reads a row typed by hand: derived code, canonical symbol, agencies through the registry", () => {
    const result = rowToTask(typedRow, AT);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { task } = result;
    expect(task.code).toBe("221-KL/TW@2025-11-28#4");
    expect(task.documentId).toBe("221-KL/TW@2025-11-28");
    expect(task.lead).toEqual([{ id: "cac-tinh-uy-thanh-uy", name: "Các tinh uỷ, thành uỷ" }]);
    expect(task.coordinating).toEqual([
      { id: "bo-y-te", name: "Bộ Y tế" },
      { id: "bo-giao-duc-va-dao-tao", name: "Bộ Giáo dục và Đào tạo" },
      { id: "bo-noi-vu", name: "Bộ Nội vụ" },
      { id: null, name: "Sở Y tế Nghệ An" },
    ]);
    expect(task.deadline).toMatchObject({ kind: "date", date: "2025-12-31", bound: "before" });
    expect([task.originalDue, task.currentDue, task.completedOn]).toEqual([
      "2025-12-31",
      "2025-12-31",
      null,
    ]);
  });

  it("resolves an empty original due from the words: 15 working days from signing 28/11/2025 is 19/12/2025", () => {
    const result = rowToTask(
      { ...typedRow, deadlineText: "trong thời hạn 15 ngày làm việc kể từ ngày ký" },
      AT,
    );
    expect(result.ok && [result.task.deadline.kind, result.task.originalDue]).toEqual([
      "relative",
      "2025-12-19",
    ]);
  });

  it("reads Excel serials in date cells", () => {
    const result = rowToTask({ ...typedRow, documentDate: 45989, completedOn: 46000.5 }, AT);
    expect(result.ok && [result.task.documentId, result.task.completedOn]).toEqual([
      "221-KL/TW@2025-11-28",
      "2025-12-09",
    ]);
  });

  it("keeps an unreadable deadline as written, unparsed, without an error", () => {
    const result = rowToTask({ ...typedRow, deadlineText: "tuỳ tình hình thực tế" }, AT);
    expect(result.ok && result.task.deadline).toEqual({
      kind: "unparsed",
      text: "tuỳ tình hình thực tế",
      flags: ["unparsed"],
    });
  });

  it.each([null, "", "   "])(
    "reads empty deadline words (%o) as no deadline, as the catalogue has it, not as unreadable",
    (words) => {
      const result = rowToTask({ ...typedRow, deadlineText: words }, AT);
      expect(result.ok && [result.task.deadline, result.task.originalDue]).toEqual([
        { kind: "ongoing", text: "", flags: [] },
        null,
      ]);
    },
  );

  it("reads a row the same through a deadline cache, parsing each (words, document date) once", () => {
    const deadlines = new DeadlineCache();
    const rows = [
      typedRow,
      { ...typedRow, ref: "5" },
      { ...typedRow, ref: "6", documentDate: "01/12/2025" },
      { ...typedRow, ref: "7", deadlineText: "trong tháng 12/2025" },
    ];
    const cached = rows.map((r) => rowToTask(r, AT, { deadlines }));
    expect(cached).toEqual(rows.map((r) => rowToTask(r, AT)));
    const [a, b, c, d] = cached.map((r) => (r.ok ? r.task.deadline : null));
    // Same words, same document date: one parse, one shared deadline.
    expect(a).toBe(b);
    // Another date or other words: parsed on their own.
    expect(a).not.toBe(c);
    expect(a).not.toBe(d);
  });

  it("bounds the deadline cache: past its limit it starts afresh", () => {
    const deadlines = new DeadlineCache(2);
    const first = deadlines.read("trong tháng 12/2025", "2025-11-28");
    deadlines.read("trong tháng 11/2025", "2025-11-28");
    expect(deadlines.read("trong tháng 12/2025", "2025-11-28")).toBe(first);
    deadlines.read("trong quý IV/2025", "2025-11-28");
    const again = deadlines.read("trong tháng 12/2025", "2025-11-28");
    expect(again).not.toBe(first);
    expect(again).toEqual(first);
  });

  it("keeps text that looks like a formula as text", () => {
    const result = rowToTask({ ...typedRow, note: '=HYPERLINK("x")' }, AT);
    expect(result.ok && result.task.note).toBe('=HYPERLINK("x")');
  });

  it("names the column header and the cell of each problem", () => {
    const result = rowToTask(
      { ...typedRow, text: "  ", completedOn: "31/02/2025", extendedDue: "2026-01-15" },
      AT,
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => [e.code, e.header, e.cell, e.address])).toEqual([
      ["required_missing", "Nội dung nhiệm vụ", "E12", "'Theo dõi nhiệm vụ'!E12"],
      ["extension_incomplete", "Văn bản gia hạn", "O12", "'Theo dõi nhiệm vụ'!O12"],
      ["date_invalid", "Ngày hoàn thành", "Q12", "'Theo dõi nhiệm vụ'!Q12"],
    ]);
    expect(result.errors[2]?.value).toBe("31/02/2025");
  });

  it("requires the document's date (identity is symbol + date) and an item to derive a code", () => {
    const noDate = rowToTask({ ...typedRow, documentDate: null }, AT);
    expect(!noDate.ok && noDate.errors.map((e) => [e.code, e.column])).toEqual([
      ["required_missing", "documentDate"],
    ]);
    const noRef = rowToTask({ ...typedRow, ref: "" }, AT);
    expect(!noRef.ok && noRef.errors.map((e) => [e.code, e.column])).toEqual([
      ["required_missing", "ref"],
    ]);
  });

  it("asks for the new due date when only the approving document is written", () => {
    const result = rowToTask(
      { ...typedRow, extensionDocument: "Công văn 45-CV/ĐU ngày 5/9/2025" },
      AT,
    );
    expect(!result.ok && result.errors.map((e) => [e.code, e.column])).toEqual([
      ["extension_incomplete", "extendedDue"],
    ]);
  });

  it("judges status against the extension: current due is the new date", () => {
    const result = rowToTask(
      {
        ...typedRow,
        extendedDue: "15/01/2026",
        extensionDocument: "Công văn 45-CV/ĐU ngày 5/12/2025",
      },
      AT,
    );
    expect(
      result.ok && [result.task.originalDue, result.task.currentDue, result.task.extensions],
    ).toEqual([
      "2025-12-31",
      "2026-01-15",
      [{ newDue: "2026-01-15", approvedBy: "Công văn 45-CV/ĐU", approvedOn: "2025-12-05" }],
    ]);
  });

  it("ignores stale computed cells", () => {
    const result = rowToTask(
      { ...typedRow, status: "Đã hoàn thành đúng hạn", currentDue: "2020-01-01" },
      AT,
    );
    expect(result.ok && [result.task.completedOn, result.task.currentDue]).toEqual([
      null,
      "2025-12-31",
    ]);
  });

  it("tells blank rows apart", () => {
    expect(isBlankRow({ status: "Không thời hạn", text: "  " })).toBe(true);
    expect(isBlankRow(typedRow)).toBe(false);
  });
});

// ---------------------------------------------------------------------------
// Task → row → Task. The sheet stores a projection of the task; on it the round
// trip is the identity:
// - documentId of the form symbol@date (documentId()), symbol canonical or no symbol;
// - agencies as their names: ids are what the registry resolves them to;
// - the deadline as its words: the structure is parseDeadline(words, document date);
// - the last extension only, without its note; currentDue = last extension ?? originalDue;
// - an empty original due only when the words resolve to no date;
// - no progress history; note absent rather than "".
// ---------------------------------------------------------------------------

const DAY = 86_400_000;
const isoDay = (from: number, to: number) =>
  fc
    .integer({ min: from, max: to })
    .map((n): IsoDate => isoOfUtcDate(new Date(Date.UTC(2000, 0, 1) + n * DAY)));
const date = isoDay(0, 365 * 40);
const trimmed = (s: string) => s.normalize("NFC").trim();
const text = fc
  .string({ minLength: 1, maxLength: 40 })
  .map(trimmed)
  .filter((s) => s !== "");
const name = fc.oneof(
  fc.constantFrom(...AGENCY_SEED.flatMap((a) => [a.name, ...a.aliases])),
  text.map((s) => s.replace(/[;\n]/g, " ").replace(/\s+/g, " ").trim()).filter((s) => s !== ""),
);
const refs = fc.array(
  name.map((n) => registry.resolve(n)),
  { maxLength: 3 },
);
const symbol = fc.option(
  fc.constantFrom("221-KL/TW", "322-CV/ĐU", "09/2019/NĐ-CP", "12729/VPCP-KGVX"),
  {
    nil: null,
  },
);
const approvedBy = fc
  .array(
    fc.constantFrom(
      "Công văn",
      "số",
      "45-CV/ĐU",
      "Quyết định",
      "12/QĐ-TTg",
      "của",
      "Bộ Nội vụ",
      "(gia hạn)",
    ),
    {
      minLength: 1,
      maxLength: 5,
    },
  )
  .map((words) => words.join(" "));
const deadlineText = fc.oneof(
  fc.constantFrom("", ...SEED_DEADLINE_PHRASES.map((p) => p.text)),
  fc.string({ maxLength: 30 }).map(trimmed),
);

const storedTask: fc.Arbitrary<Task> = fc
  .record({
    symbol,
    documentDate: date,
    ref: fc.constantFrom("", "1", "5(iii)", "2.a(3)", "[4]"),
    ownCode: fc.option(text, { nil: null }),
    text,
    summary: fc.oneof(fc.constant(""), text),
    lead: refs,
    coordinating: refs,
    supervising: refs,
    reportTo: refs,
    deadlineText,
    ownDue: fc.option(date, { nil: null }),
    extension: fc.option(fc.record({ newDue: date, approvedBy, approvedOn: date }), { nil: null }),
    completedOn: fc.option(date, { nil: null }),
    note: fc.option(text, { nil: undefined }),
  })
  .filter((r) => r.ownCode !== null || r.ref !== "")
  .map((r) => {
    const docId = documentId(r.symbol, r.documentDate);
    // No words in the sheet is no deadline (what rowToTask reads back).
    const deadline: Task["deadline"] =
      r.deadlineText === ""
        ? { kind: "ongoing", text: "", flags: [] }
        : parseDeadline(r.deadlineText, { documentDate: r.documentDate });
    const originalDue = r.ownDue ?? resolveDeadline(deadline).due;
    const task: Task = {
      code: r.ownCode ?? `${docId}#${r.ref}`,
      documentId: docId,
      ref: r.ref,
      text: r.text,
      summary: r.summary,
      lead: r.lead,
      coordinating: r.coordinating,
      supervising: r.supervising,
      reportTo: r.reportTo,
      deadline,
      originalDue,
      currentDue: r.extension?.newDue ?? originalDue,
      extensions: r.extension ? [r.extension] : [],
      completedOn: r.completedOn,
      progress: [],
      ...(r.note === undefined ? {} : { note: r.note }),
    };
    return task;
  });

describe("Task → row → Task", () => {
  it("generates valid tasks", () => {
    fc.assert(
      fc.property(storedTask, (task) => void Task.parse(task)),
      { numRuns: 50 },
    );
  });

  it("is the identity on what the sheet stores", () => {
    fc.assert(
      fc.property(storedTask, (task) => {
        expect(rowToTask(taskToRow(task), AT)).toEqual({ ok: true, task });
      }),
      { numRuns: 150 },
    );
  });

  it("does not depend on the computed cells", () => {
    const computed = fc.record({
      status: fc.constantFrom(
        "done_on_time",
        "done_late",
        "open_on_time",
        "open_overdue",
        "no_deadline" as const,
      ),
      due: fc.option(date, { nil: null }),
      daysOverdue: fc.option(fc.nat(400), { nil: null }),
      dueSoon: fc.boolean(),
    });
    fc.assert(
      fc.property(storedTask, computed, (task, c) => {
        expect(rowToTask(taskToRow(task, c), AT)).toEqual({ ok: true, task });
      }),
      { numRuns: 100 },
    );
  });

  it("builds only valid Tasks, also from rows that nearly pass (so it needs no schema pass)", () => {
    const cell = fc.oneof(
      fc.string(),
      fc.constantFrom("28/11/2025", "2025-12-01", "31/02/2025", "Bộ Nội vụ; ;Bộ Y tế", " ", ""),
      fc.constantFrom("Quyết định 12/QĐ-TTg ngày 05/12/2025", "12/QĐ-TTg", "ngày 05/12/2025"),
      fc.integer({ min: -10, max: 3_000_000 }),
      fc.double(),
      fc.constant(null),
    );
    const keys = Object.keys(taskToRow(Task.parse({ ...item3 }))) as (keyof SheetRow)[];
    // A few cells changed at a time: most rows still make a task.
    const edits = fc
      .array(fc.tuple(fc.constantFrom(...keys), cell), { maxLength: 3 })
      .map((pairs) => Object.fromEntries(pairs) as Partial<SheetRow>);
    let built = 0;
    fc.assert(
      fc.property(fc.constantFrom(typedRow, taskToRow(item3)), edits, (base, e) => {
        const result = rowToTask({ ...base, ...e }, AT);
        if (!result.ok) return;
        built += 1;
        expect(Task.safeParse(result.task).success).toBe(true);
      }),
      { numRuns: 400 },
    );
    expect(built).toBeGreaterThan(100);
  });

  it("never throws on any row", () => {
    const cell = fc.oneof(fc.string(), fc.double(), fc.integer(), fc.constant(null));
    const keys = Object.keys(taskToRow(Task.parse({ ...item3 }))) as (keyof SheetRow)[];
    const row = fc.record(
      Object.fromEntries(keys.map((k) => [k, cell])) as Record<
        keyof SheetRow,
        fc.Arbitrary<SheetRow[keyof SheetRow]>
      >,
      {
        requiredKeys: [],
      },
    );
    fc.assert(
      fc.property(row, (r) => void rowToTask(r, AT)),
      { numRuns: 100 },
    );
  });
});

describe("evaluateRow: the words against a typed date (decided once, in evaluateTask)", () => {
  const row = (deadlineText: string, originalDue: string | null): Partial<SheetRow> => ({
    documentSymbol: "322-CV/ĐU",
    documentDate: "2025-08-03",
    ref: "1",
    text: "Báo cáo kết quả",
    deadlineText,
    originalDue,
  });

  it("the words win, and the warning says the typed date was not used", () => {
    const r = evaluateRow(row("trong tháng 9/2025", "2025-09-15"), AT, "2025-09-20");
    if (!r.ok) throw new Error("row should read");
    expect(r.row.originalDue).toBe("2025-09-30");
    expect(r.row.currentDue).toBe("2025-09-30");
    expect(r.row.status).toBe("Chưa hoàn thành - trong hạn");
    expect(r.row.warnings).toContain("khác hạn theo nguyên văn thời hạn");
  });

  it("words that name no date keep the typed date, flagged", () => {
    const r = evaluateRow(row("theo tiến độ Đề án", "2025-09-15"), AT, "2025-09-20");
    if (!r.ok) throw new Error("row should read");
    expect(r.row.originalDue).toBe("2025-09-15");
    expect(r.row.daysOverdue).toBe(5);
    expect(r.row.warnings).toContain("dùng hạn đã ghi 15/09/2025");
  });

  it("a refreshed row reads back to the same status (refresh is idempotent)", () => {
    const first = evaluateRow(row("trong tháng 9/2025", "2025-09-15"), AT, "2025-10-03");
    if (!first.ok) throw new Error("row should read");
    const again = evaluateRow(first.row, AT, "2025-10-03");
    if (!again.ok) throw new Error("row should read");
    expect([again.row.status, again.row.daysOverdue, again.row.originalDue]).toEqual([
      "Chưa hoàn thành - quá hạn",
      3,
      "2025-09-30",
    ]);
    expect(again.row.warnings ?? "").not.toContain("khác hạn");
  });
});

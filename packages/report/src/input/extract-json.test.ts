import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { extractDirective, type Task } from "@nhiemvu/core";
import { describe, expect, it } from "vitest";
import { sampleTask } from "../read/sample-tasks.test-support.js";
import { extractionDocument, extractionJson, taskFromExtraction } from "./extract-json.js";
import { readJsonTasksFile } from "./json-stream.js";
import { parseJsonTasks } from "./json-tasks.js";

/** A directive written for this test: one item per kind of deadline. */
const DIRECTIVE = `BỘ CHÍNH TRỊ
Số 12-KL/TW

KẾT LUẬN
của Bộ Chính trị về sắp xếp tổ chức bộ máy

1. Giao Bộ Nội vụ chủ trì, phối hợp với Bộ Tài chính rà soát các quy định, báo cáo Bộ Chính trị trong tháng 10/2025.
2. Bộ Tài chính báo cáo định kỳ trước ngày 20 hằng tháng.
3. Văn phòng Chính phủ khẩn trương hướng dẫn các địa phương thực hiện.
4. Ban Tổ chức Trung ương theo dõi, đôn đốc thường xuyên.
5. Bộ Tư pháp hoàn thành trong thời hạn 30 ngày kể từ ngày ký.
6. Bộ Ngoại giao chuẩn bị báo cáo trước Hội nghị Trung ương 14.
`;

const dir = mkdtempSync(join(tmpdir(), "nhiemvu-extract-json-"));
let n = 0;
const file = (text: string) => {
  const f = join(dir, `x${(n += 1)}.json`);
  writeFileSync(f, text);
  return f;
};

describe("the JSON of nhiemvu extract, read back as tasks", () => {
  const result = extractDirective(DIRECTIVE, { documentDate: "2025-09-05" });
  const json = extractionJson(result);
  const text = JSON.stringify(json, null, 2);

  it("gives back the extracted tasks, every kind of deadline whole", async () => {
    // The directive holds each kind, so that no kind's structure can go missing unseen.
    expect(new Set(result.tasks.map((t) => t.deadline.kind))).toEqual(
      new Set(["date", "recurring", "urgent", "ongoing", "relative", "event"]),
    );
    expect(parseJsonTasks(text)).toEqual({ ok: true, tasks: result.tasks });
    expect(await readJsonTasksFile(file(text))).toEqual({ ok: true, tasks: result.tasks });
  });

  it("reads the document even when it comes after the tasks, or across the reader's chunks", async () => {
    // A document longer than the reader's 64 KB chunks, braces and quotes inside, so
    // that a byte lost at a chunk's edge breaks its JSON.
    const references = Array.from({ length: 3_000 }, (_, i) => ({
      symbol: `${i + 1}-KL/TW`,
      relation: "cites" as const,
      title: `về "{sắp xếp}" tổ chức bộ máy`,
    }));
    const document = { ...json.document, references };
    const { document: _first, ...rest } = json;
    for (const shape of [
      { document, ...rest },
      { ...rest, document },
    ]) {
      const text = JSON.stringify(shape);
      expect(parseJsonTasks(text)).toEqual({ ok: true, tasks: result.tasks });
      expect(await readJsonTasksFile(file(text))).toEqual({ ok: true, tasks: result.tasks });
    }
  });

  it("without a document date: one problem naming document.id, no task read", async () => {
    const undated = JSON.stringify(extractionJson(extractDirective(DIRECTIVE)));
    const problem = { path: "document.id", code: "extract_no_date" };
    expect(parseJsonTasks(undated)).toMatchObject({ ok: false, problems: [problem] });
    const streamed = await readJsonTasksFile(file(undated));
    expect(streamed).toMatchObject({ ok: false, problems: [problem] });
    expect(!streamed.ok && "problems" in streamed && streamed.problems).toHaveLength(1);
  });

  it("keeps a whole task of such a file as it is", () => {
    const done = sampleTask({ code: "A@2025-01-01#1", completedOn: "2025-02-01" });
    const mixed = JSON.stringify({ ...json, tasks: [done, ...json.tasks] });
    expect(parseJsonTasks(mixed)).toEqual({ ok: true, tasks: [done, ...result.tasks] });
  });
});

describe("extractionDocument", () => {
  it.each([
    [
      { id: "12-KL/TW@2025-09-05", date: "2025-09-05" },
      { ok: true, id: "12-KL/TW@2025-09-05" },
    ],
    [
      { id: null, date: null },
      { ok: false, problem: { path: "document.id", code: "extract_no_date" } },
    ],
    [{ id: "" }, { ok: false, problem: { path: "document.id", code: "extract_no_date" } }],
    [[], { ok: false, problem: { path: "document", code: "extract_document" } }],
    ["12-KL/TW", { ok: false, problem: { path: "document", code: "extract_document" } }],
  ])("%j → %j", (value, expected) => {
    expect(extractionDocument(value)).toMatchObject(expected);
  });
});

describe("taskFromExtraction", () => {
  const base = {
    ref: "1",
    code: "12-KL/TW@2025-09-05#1",
    text: "Bộ Nội vụ rà soát các quy định.",
    summary: "rà soát các quy định",
    lead: [{ id: "bo-noi-vu", name: "Bộ Nội vụ" }],
    coordinating: [],
    supervising: [],
    reportTo: [],
    doubts: [],
  };
  const dated = {
    text: "trong tháng 10/2025",
    kind: "date",
    due: "2025-10-31",
    bound: "inclusive",
    flags: [],
    parsed: {
      kind: "date",
      text: "trong tháng 10/2025",
      flags: [],
      date: "2025-10-31",
      precision: "month",
      bound: "inclusive",
    },
  };
  const fresh = {
    documentId: "12-KL/TW@2025-09-05",
    extensions: [],
    completedOn: null,
    progress: [],
  };
  const ok = (task: Partial<Task>) => ({ ok: true, task: { ...fresh, ...task } });
  const bad = (...problems: { path: string; code: string }[]) => ({ ok: false, problems });
  const { doubts: _doubts, ...kept } = base;

  it.each([
    [
      "a dated deadline: parsed, due as given, nothing extended or done",
      { ...base, deadline: dated },
      ok({
        ...kept,
        deadline: dated.parsed as Task["deadline"],
        originalDue: "2025-10-31",
        currentDue: "2025-10-31",
      }),
    ],
    [
      "a note is kept",
      { ...base, deadline: dated, note: "Chú thích 1: theo Quy định 01" },
      ok({ note: "Chú thích 1: theo Quy định 01" }),
    ],
    [
      "words only (ongoing) needs no parsed",
      {
        ...base,
        deadline: { text: "thường xuyên", kind: "ongoing", due: null, bound: null, flags: [] },
      },
      ok({
        deadline: { kind: "ongoing", text: "thường xuyên", flags: [] },
        originalDue: null,
        currentDue: null,
      }),
    ],
    [
      "a dated kind without parsed cannot be judged",
      { ...base, deadline: { ...dated, parsed: undefined } },
      bad({ path: "tasks[0].deadline.parsed", code: "extract_deadline_detail" }),
    ],
    [
      "a bad due is named once, where it is written",
      { ...base, deadline: { ...dated, due: "31/10/2025" } },
      bad({ path: "tasks[0].deadline.due", code: "invalid_format" }),
    ],
    [
      "a bad reading is named inside parsed",
      { ...base, deadline: { ...dated, parsed: { ...dated.parsed, date: "tháng 10" } } },
      bad({ path: "tasks[0].deadline.parsed.date", code: "invalid_format" }),
    ],
    [
      "an empty text",
      { ...base, text: "", deadline: dated },
      bad({ path: "tasks[0].text", code: "too_small" }),
    ],
    ["not an object", "1. Bộ Nội vụ", bad({ path: "tasks[0]", code: "invalid_type" })],
  ])("%s", (_name, item, expected) => {
    expect(taskFromExtraction(item, "12-KL/TW@2025-09-05", "tasks[0]")).toMatchObject(expected);
  });
});

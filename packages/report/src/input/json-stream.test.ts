import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { sampleTask } from "../read/sample-tasks.test-support.js";
import { readJsonTasksFile } from "./json-stream.js";

const dir = mkdtempSync(join(tmpdir(), "nhiemvu-json-"));
let n = 0;
const file = (text: string) => {
  const f = join(dir, `t${(n += 1)}.json`);
  writeFileSync(f, text);
  return f;
};

describe("readJsonTasksFile (streamed, one task at a time)", () => {
  // Long Vietnamese texts, with quotes, brackets and escapes inside strings, so
  // that tasks and multi-byte characters straddle the reader's 64 KB chunks.
  const many = Array.from({ length: 400 }, (_, i) =>
    sampleTask({
      code: `X@2025-01-01#${i + 1}`,
      text: `Nhiệm vụ "${i}" [a, {b}] \\ ${"thành ủy quyết định ".repeat(20)}`,
    }),
  );

  it("reads an array of tasks and a catalogue object, whatever the chunking", async () => {
    expect(await readJsonTasksFile(file(JSON.stringify(many)))).toEqual({ ok: true, tasks: many });
    const catalogue = JSON.stringify(
      { version: "1", documents: [{ tasks: [1, 2] }], tasks: many, after: { tasks: "x" } },
      null,
      2,
    );
    expect(await readJsonTasksFile(file(`\uFEFF${catalogue}`))).toEqual({ ok: true, tasks: many });
  });

  it("names the path of a bad value", async () => {
    const bad = { ...many[1], completedOn: "31/12/2025" };
    expect(await readJsonTasksFile(file(JSON.stringify({ tasks: [many[0], bad] })))).toEqual({
      ok: false,
      problems: [
        {
          path: "tasks[1].completedOn",
          code: "invalid_format",
          message: "sai định dạng (ngày phải là YYYY-MM-DD)",
        },
      ],
    });
  });

  it.each([
    ["cut short", JSON.stringify(many).slice(0, 5_000), "json_syntax"],
    ["not JSON", "{tasks:", "json_syntax"],
    ["an object without tasks", JSON.stringify({ documents: [] }), "shape"],
    ["a number", "42", "shape"],
  ])("refuses a file that is %s", async (_what, text, code) => {
    expect(await readJsonTasksFile(file(text))).toMatchObject({ ok: false, problems: [{ code }] });
  });

  it("refuses a directory and a file over the size limit before reading it", async () => {
    const d = join(dir, "thu-muc.json");
    mkdirSync(d);
    expect(await readJsonTasksFile(d)).toEqual({ ok: false, error: "not_a_file" });
    expect(await readJsonTasksFile(file(JSON.stringify(many)), { maxMb: 0.1 })).toEqual({
      ok: false,
      error: "too_large",
      limit: 0.1,
    });
    expect(await readJsonTasksFile(join(dir, "khong-co.json"))).toEqual({
      ok: false,
      error: "file_missing",
    });
  });
});

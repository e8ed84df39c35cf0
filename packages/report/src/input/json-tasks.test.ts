import { describe, expect, it } from "vitest";
import { sampleTask } from "../read/sample-tasks.test-support.js";
import { parseJsonTasks } from "./json-tasks.js";

describe("parseJsonTasks", () => {
  const good = sampleTask({ code: "X#1" });
  it("accepts an array of tasks and a catalogue object", () => {
    expect(parseJsonTasks(JSON.stringify([good]))).toEqual({ ok: true, tasks: [good] });
    expect(parseJsonTasks(JSON.stringify({ documents: [], tasks: [good] }))).toEqual({
      ok: true,
      tasks: [good],
    });
  });
  it("names the path of a bad date", () => {
    const bad = { ...good, completedOn: "31/12/2025" };
    const result = parseJsonTasks(JSON.stringify({ tasks: [good, bad] }));
    expect(result).toEqual({
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
  it("refuses text that is not JSON", () => {
    expect(parseJsonTasks("{tasks:")).toMatchObject({
      ok: false,
      problems: [{ code: "json_syntax" }],
    });
  });
});

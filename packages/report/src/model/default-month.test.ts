import { describe, expect, it } from "vitest";
import { sampleTask } from "../read/sample-tasks.test-support.js";
import { defaultReportMonth, latestDataDate } from "./default-month.js";

describe("defaultReportMonth", () => {
  it.each([
    ["2025-11-28", "nd09", "2025-12"],
    ["2025-11-14", "nd09", "2025-11"],
    ["2025-11-15", "nd09", "2025-12"],
    ["2025-12-20", "nd09", "2026-01"],
    ["2025-11-20", "dang", "2025-11"],
    ["2025-11-21", "dang", "2025-12"],
  ] as const)("data up to %s under %s → report month %s", (latest, regime, month) => {
    expect(defaultReportMonth(latest, regime)).toBe(month);
  });
});

describe("latestDataDate", () => {
  it("takes the newest of document dates and completions", () => {
    const tasks = [
      sampleTask({ code: "a", documentId: "183-KL/TW@2025-08-01", completedOn: "2025-09-30" }),
      sampleTask({ code: "b", documentId: "221-KL/TW@2025-11-28" }),
    ];
    expect(latestDataDate(tasks)).toBe("2025-11-28");
    expect(latestDataDate([])).toBeNull();
  });
});

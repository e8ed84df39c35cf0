import { describe, expect, it } from "vitest";
import { formatViMonth, parseViDate, parseViMonth } from "./vi-date.js";

describe("dates typed in the pane", () => {
  it.each([
    ["01/03/2026", "2026-03-01"],
    ["1/3/2026", "2026-03-01"],
    [" 15-12-2025 ", "2025-12-15"],
    ["29.02.2028", "2028-02-29"],
    ["29/02/2026", null],
    ["2026-03-01", "2026-03-01"], // ISO too, as the CLI takes it
    ["3/2026", null],
  ])("%s → %s", (text, iso) => expect(parseViDate(text)).toBe(iso));

  it.each([
    ["02/2026", "2026-02"],
    ["11/2025", "2025-11"],
    ["13/2025", null],
    ["tháng 2", null],
  ])("month %s → %s", (text, month) => expect(parseViMonth(text)).toBe(month));

  it("shows a month as mm/yyyy", () => expect(formatViMonth("2026-02")).toBe("02/2026"));
});

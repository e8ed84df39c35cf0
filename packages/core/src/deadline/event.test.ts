import { describe, expect, it } from "vitest";
import type { DeadlineValue } from "./candidate.js";
import { sexagenaryYear } from "./events.js";
import { expectParse } from "./test-support/expect.js";

describe("event-anchored deadlines", () => {
  it.each<[string, string, DeadlineValue]>([
    [
      "tại Hội nghị Trung ương 14 vào tháng 11-2025",
      "2025-09-26",
      {
        kind: "event",
        event: "Hội nghị Trung ương 14",
        date: "2025-11-30",
        bound: "inclusive",
        flags: [],
      },
    ],
    [
      "báo cáo Ban Chấp hành Trung ương Đảng tại Hội nghị Trung ương 14 vào tháng 11-2025",
      "2025-09-26",
      {
        kind: "event",
        event: "Hội nghị Trung ương 14",
        date: "2025-11-30",
        bound: "inclusive",
        flags: [],
      },
    ],
    [
      "tại Hội nghị Trung ương lần thứ 14 (tháng 11/2025)",
      "2025-09-26",
      {
        kind: "event",
        event: "Hội nghị Trung ương lần thứ 14",
        date: "2025-11-30",
        bound: "inclusive",
        flags: [],
      },
    ],
    [
      "tại Hội nghị Trung ương 15",
      "2025-09-26",
      {
        kind: "event",
        event: "Hội nghị Trung ương 15",
        bound: "inclusive",
        flags: ["event_date_unknown"],
      },
    ],
    [
      "trước Đại hội XIV",
      "2025-08-29",
      { kind: "event", event: "Đại hội XIV", date: "2026-01-19", bound: "before", flags: [] },
    ],
    [
      "trước Đại hội đại biểu toàn quốc lần thứ XIV của Đảng",
      "2025-08-29",
      {
        kind: "event",
        event: "Đại hội đại biểu toàn quốc lần thứ XIV của Đảng",
        date: "2026-01-19",
        bound: "before",
        flags: [],
      },
    ],
    [
      "trước Đại hội XV",
      "2025-08-29",
      { kind: "event", event: "Đại hội XV", bound: "before", flags: ["event_date_unknown"] },
    ],
  ])("%s (document %s)", (phrase, doc, expected) => expectParse(phrase, doc, expected));

  it.each<[string, string, DeadlineValue]>([
    // Tết 2026 (Bính Ngọ) is 17/2/2026: the first Tết after an August 2025 directive.
    [
      "trước Tết Nguyên đán",
      "2025-08-29",
      {
        kind: "event",
        event: "Tết Nguyên đán",
        date: "2026-02-17",
        bound: "before",
        flags: ["year_inferred"],
      },
    ],
    // Tết 2025 (Ất Tỵ) is 29/1/2025: still ahead of a directive of 10/1/2025.
    [
      "hoàn thành trước Tết",
      "2025-01-10",
      {
        kind: "event",
        event: "Tết",
        date: "2025-01-29",
        bound: "before",
        flags: ["year_inferred"],
      },
    ],
    [
      "trước Tết Nguyên đán Bính Ngọ",
      "2025-08-29",
      {
        kind: "event",
        event: "Tết Nguyên đán Bính Ngọ",
        date: "2026-02-17",
        bound: "before",
        flags: [],
      },
    ],
    [
      "trước Tết Nguyên đán năm 2027",
      "2025-08-29",
      {
        kind: "event",
        event: "Tết Nguyên đán năm 2027",
        date: "2027-02-06",
        bound: "before",
        flags: [],
      },
    ],
    [
      "trước Tết Nguyên đán 2500",
      "2025-08-29",
      {
        kind: "event",
        event: "Tết Nguyên đán 2500",
        bound: "before",
        flags: ["event_date_unknown"],
      },
    ],
  ])("%s (document %s): Tết from the lunar calendar", (phrase, doc, expected) =>
    expectParse(phrase, doc, expected),
  );

  it("a word-like Roman numeral must be a capital: 'đại hội vi phạm' is no congress", () =>
    expectParse("trước đại hội vi phạm", "2025-08-29", { kind: "unparsed", flags: ["unparsed"] }));

  it("mixed case is fine otherwise: 'TRƯỚC đại hội xiv'", () =>
    expectParse("TRƯỚC đại hội xiv", "2025-08-29", {
      kind: "event",
      event: "đại hội xiv",
      date: "2026-01-19",
      bound: "before",
      flags: [],
    }));

  it("trước Tết Dương lịch is not Tết Nguyên đán", () =>
    expectParse("trước Tết Dương lịch", "2025-08-29", { kind: "unparsed", flags: ["unparsed"] }));

  it.each([
    ["bính", "ngọ", 2025, 2026],
    ["ất", "tỵ", 2024, 2025],
    ["đinh", "mùi", 2025, 2027],
    ["giáp", "thìn", 2025, 2084],
  ])("%s %s from %i is %i", (stem, branch, from, year) =>
    expect(sexagenaryYear(stem, branch, from)).toBe(year),
  );
});

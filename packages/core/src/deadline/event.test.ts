import { describe, expect, it } from "vitest";
import type { DeadlineValue } from "./candidate.js";
import { sexagenaryYear } from "./events.js";
import { expectParse } from "./test-support/expect.js";
import { parseDeadline } from "./parse.js";
import { resolveDeadline } from "./resolve.js";

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
      { kind: "event", event: "Đại hội XIV", eventDate: "2026-01-19", bound: "before", flags: [] },
    ],
    [
      "trước Đại hội đại biểu toàn quốc lần thứ XIV của Đảng",
      "2025-08-29",
      {
        kind: "event",
        event: "Đại hội đại biểu toàn quốc lần thứ XIV của Đảng",
        eventDate: "2026-01-19",
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
        eventDate: "2026-02-17",
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
        eventDate: "2025-01-29",
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
        eventDate: "2026-02-17",
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
        eventDate: "2027-02-06",
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
      eventDate: "2026-01-19",
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

/** Hand-written event phrases: the event named, the date its words give, the resolved due. */
describe("events in their several ways", () => {
  it.each<[string, string, string | null, string | null]>([
    ["trình Quốc hội tại Kỳ họp thứ 11 (tháng 4/2026)", "2026-01-05", "2026-04-30", "2026-04-30"],
    ["trình tại kỳ họp Quốc hội thứ 11 - tháng 4/2026", "2026-01-05", "2026-04-30", "2026-04-30"],
    ["báo cáo tại Kỳ họp thứ 3, Quốc hội khóa XVI", "2026-01-05", null, null],
    [
      "thông qua tại kỳ họp thường lệ giữa năm 2026 của HĐND tỉnh",
      "2026-01-05",
      "2026-06-30",
      "2026-06-30",
    ],
    ["trình tại Phiên họp thứ 5 (đầu tháng 3/2026)", "2026-01-05", "2026-03-01", "2026-03-01"],
    ["hoàn thành trước khai mạc Đại hội XIV", "2025-10-01", null, "2026-01-18"],
    [
      "trước thời điểm khai mạc Đại hội đại biểu toàn quốc lần thứ 14 của Đảng",
      "2025-10-01",
      null,
      "2026-01-18",
    ],
    [
      "phục vụ Đại hội XIV của Đảng (khai mạc ngày 19/01/2026)",
      "2025-10-01",
      "2026-01-19",
      "2026-01-19",
    ],
    ["hoàn thành trước Tết Nguyên đán Đinh Mùi", "2026-05-01", null, "2027-02-05"],
    ["bàn giao nhà trước Tết", "2026-03-01", null, "2027-02-05"],
    ["trình Ban Chấp hành Trung ương tại Hội nghị Trung ương lần thứ ba", "2026-01-05", null, null],
    ["xong trước ngày Quốc khánh 2/9/2026", "2026-05-01", "2026-09-02", "2026-09-02"],
  ])("%s (document %s): date %s, due %s", (phrase, doc, date, due) => {
    const d = parseDeadline(phrase, { documentDate: doc });
    expect(d.kind).toBe("event");
    if (d.kind !== "event") return;
    expect(d.date ?? null).toBe(date);
    expect(resolveDeadline(d).due).toBe(due);
  });

  it.each([
    ["triển khai kết luận Hội nghị Trung ương lần thứ 13"],
    ["V/v trả lời kiến nghị của cử tri gửi trước Kỳ họp thứ 10, Quốc hội Khóa XV"],
    ["Nghỉ 05 ngày gồm 01 ngày trước Tết và 04 ngày sau Tết"],
    ["Ngày 29/11/2024, tại kỳ họp thứ 8, Quốc hội khóa XV đã thông qua Luật"],
  ])("%s is not an event deadline", (phrase) => {
    expect(parseDeadline(phrase, { documentDate: "2025-11-20" }).kind).not.toBe("event");
  });
});

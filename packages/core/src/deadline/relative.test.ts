import { describe, expect, it } from "vitest";
import type { DeadlineValue } from "./candidate.js";
import { expectParse } from "./test-support/expect.js";
import { parseDeadline } from "./parse.js";
import { findDeadlines } from "./find.js";
import { resolveDeadline } from "./resolve.js";

describe("relative periods", () => {
  it.each<[string, string, DeadlineValue]>([
    [
      "trong thời hạn 15 ngày kể từ ngày ký",
      "2025-08-29",
      {
        kind: "relative",
        amount: 15,
        unit: "day",
        anchor: { text: "ngày ký", date: "2025-08-29" },
        flags: [],
      },
    ],
    [
      "trong thời hạn 15 ngày làm việc kể từ ngày ký",
      "2025-08-29",
      {
        kind: "relative",
        amount: 15,
        unit: "working_day",
        anchor: { text: "ngày ký", date: "2025-08-29" },
        flags: [],
      },
    ],
    [
      "trong thời hạn 15 ngày (làm việc) kể từ ngày ký",
      "2025-08-29",
      {
        kind: "relative",
        amount: 15,
        unit: "working_day",
        anchor: { text: "ngày ký", date: "2025-08-29" },
        flags: [],
      },
    ],
    [
      "trong vòng 03 tháng kể từ ngày ban hành",
      "2025-08-29",
      {
        kind: "relative",
        amount: 3,
        unit: "month",
        anchor: { text: "ngày ban hành", date: "2025-08-29" },
        flags: [],
      },
    ],
    [
      "chậm nhất 10 ngày làm việc, kể từ ngày 1/7/2025",
      "2025-08-29",
      {
        kind: "relative",
        amount: 10,
        unit: "working_day",
        anchor: { text: "ngày 1/7/2025", date: "2025-07-01" },
        flags: [],
      },
    ],
    [
      "trong 30 ngày kể từ ngày 1/7",
      "2025-08-29",
      {
        kind: "relative",
        amount: 30,
        unit: "day",
        anchor: { text: "ngày 1/7", date: "2025-07-01" },
        flags: ["year_inferred"],
      },
    ],
    [
      "trong thời hạn 10 ngày kể từ ngày nhận được văn bản",
      "2025-08-29",
      {
        kind: "relative",
        amount: 10,
        unit: "day",
        anchor: { text: "ngày nhận được văn bản" },
        flags: ["unclear_anchor"],
      },
    ],
    [
      "sau 5 năm",
      "2025-08-29",
      {
        kind: "relative",
        amount: 5,
        unit: "year",
        anchor: { text: "" },
        flags: ["unclear_anchor"],
      },
    ],
    [
      "sau 5 năm thực hiện theo đúng kết luận của Bộ Chính trị, Ban Bí thư",
      "2025-08-29",
      {
        kind: "relative",
        amount: 5,
        unit: "year",
        anchor: { text: "" },
        flags: ["unclear_anchor"],
      },
    ],
    [
      "trong thời hạn mười ngày",
      "2025-08-29",
      {
        kind: "relative",
        amount: 10,
        unit: "day",
        anchor: { text: "" },
        flags: ["unclear_anchor"],
      },
    ],
  ])("%s (document %s)", (phrase, doc, expected) => expectParse(phrase, doc, expected));

  it.each([["kết quả trong 6 tháng qua"], ["2 tháng thực hiện phân cấp"]])(
    "%s is not a deadline: unparsed",
    (phrase) => expectParse(phrase, "2025-08-29", { kind: "unparsed", flags: ["unparsed"] }),
  );

  // "sáp" is not "sáu" (six): no period; the cell waits on the merger (condition.ts).
  it("sau sáp nhập is no period but the event it waits on", () =>
    expectParse("sau sáp nhập", "2025-08-29", {
      kind: "event",
      event: "sáp nhập",
      bound: "inclusive",
      flags: ["event_date_unknown"],
    }));
});

/** Hand-written periods: the count, unit and direction read, and the resolved end. */
describe("relative periods as regulations write them", () => {
  it.each<[string, string, number, string, string | null]>([
    [
      "Không quá 02 (hai) ngày làm việc, kể từ ngày ký",
      "2026-03-06",
      2,
      "working_day",
      "2026-03-10",
    ],
    ["trong thời hạn mười ngày kể từ ngày ký", "2026-03-06", 10, "day", "2026-03-16"],
    [
      "trong thời hạn hai mươi ngày kể từ ngày ban hành Quyết định",
      "2026-03-06",
      20,
      "day",
      "2026-03-26",
    ],
    // Civil Code 2015 art. 147/148: a month period ends on the same day of the last month, or its last day.
    ["trong vòng 03 tháng kể từ ngày 31/8/2026", "2026-08-20", 3, "month", "2026-11-30"],
    ["tối đa là 60 ngày kể từ ngày nhận đủ hồ sơ", "2026-03-06", 60, "day", null],
    ["trong thời hạn 48 (bốn mươi tám) giờ kể từ khi nhận được", "2026-03-06", 48, "hour", null],
    ["chậm nhất 30 ngày trước ngày hết nhiệm kỳ", "2026-03-06", 30, "day", null],
    [
      "chậm nhất trước 20 ngày trước ngày bầu cử (tức ngày 25/4/2026)",
      "2026-03-06",
      20,
      "day",
      "2026-04-25",
    ],
    ["Trong 15 (mười lăm) ngày, kể từ ngày nhận đủ hồ sơ", "2026-03-06", 15, "day", null],
  ])("%s (document %s): %i %s, due %s", (phrase, doc, amount, unit, due) => {
    const d = parseDeadline(phrase, { documentDate: doc });
    expect(d).toMatchObject({ kind: "relative", amount, unit });
    expect(resolveDeadline(d).due).toBe(due);
  });

  it("có hiệu lực sau 45 ngày kể từ ngày ký is when an act takes effect, not a period to meet", () => {
    expect(
      parseDeadline("Thông tư có hiệu lực thi hành sau 45 ngày kể từ ngày ký", {
        documentDate: "2026-03-06",
      }).kind,
    ).toBe("unparsed");
  });
});

/** "trước 13 giờ" before a day is the hour of that day, not a count of 13 hours. */
describe("an hour of the clock is not a count of hours", () => {
  it.each<[string, string]>([
    ["Báo cáo trước 13 giờ hằng ngày", "recurring"],
    ["trước 10 giờ sáng thứ Hai hằng tuần", "recurring"],
    ["trước 15 giờ ngày 20/11/2025", "date"],
    ["trước 16 giờ 30 chiều nay", "unparsed"],
  ])("%s reads as %s", (phrase, kind) =>
    expect(parseDeadline(phrase, { documentDate: "2025-11-20" }).kind).toBe(kind),
  );

  // In running text the hour is not a second deadline beside the cycle.
  it.each<[string, string]>([
    [
      "Các địa phương báo cáo tình hình mưa lũ về Ban Chỉ đạo trước 13 giờ hằng ngày để tổng hợp.",
      "hằng ngày",
    ],
    ["Sở Nông nghiệp gửi số liệu về Ủy ban nhân dân tỉnh trước 16 giờ hằng ngày", "hằng ngày"],
  ])("%s: one deadline, the daily cycle", (sentence, words) => {
    const found = findDeadlines(sentence, { documentDate: "2025-11-17" });
    expect(found.map((f) => [sentence.slice(f.start, f.end), f.deadline.kind])).toEqual([
      [words, "recurring"],
    ]);
  });

  it.each<[string, number]>([
    ["trong 24 giờ", 24],
    ["thông báo trước 24 giờ", 24],
    ["báo cáo trước 15 giờ", 15],
    ["trước 48 giờ ngày làm việc", 48],
  ])("%s is a count of %i hours", (phrase, amount) =>
    expect(parseDeadline(phrase, { documentDate: "2025-11-20" })).toMatchObject({
      kind: "relative",
      amount,
      unit: "hour",
    }),
  );
});

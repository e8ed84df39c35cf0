import { describe, it } from "vitest";
import type { DeadlineValue } from "./candidate.js";
import { expectParse } from "./test-support/expect.js";

const week = (date: string, flags: DeadlineValue["flags"] = ["ambiguous"]): DeadlineValue => ({
  kind: "date",
  date,
  precision: "week",
  bound: "inclusive",
  flags,
});

describe("week of a month (flagged ambiguous)", () => {
  it.each<[string, string, DeadlineValue]>([
    ["trong tuần đầu tháng 10-2025", "2025-09-26", week("2025-10-07")],
    [
      "khẩn trương báo cáo Bộ Chính trị, Ban Bí thư quyết định trong tuần đầu tháng 10-2025",
      "2025-09-26",
      week("2025-10-07"),
    ],
    ["tuần đầu tiên của tháng 11/2025", "2025-09-26", week("2025-11-07")],
    ["trong tuần thứ hai của tháng 11/2025", "2025-09-26", week("2025-11-14")],
    ["tuần thứ 3 tháng 12/2025", "2025-09-26", week("2025-12-21")],
    ["trong tuần cuối tháng 2/2026", "2025-09-26", week("2026-02-28")],
    ["trong tuần đầu tháng 10", "2025-09-26", week("2025-10-07", ["ambiguous", "year_inferred"])],
  ])("%s (document %s)", (phrase, doc, expected) => expectParse(phrase, doc, expected));

  it("tuần thứ năm (a fifth week) is not guessed: unparsed", () =>
    expectParse("trong tuần thứ năm tháng 10/2025", "2025-09-26", {
      kind: "unparsed",
      flags: ["unparsed"],
    }));
});

import { describe, it } from "vitest";
import type { DeadlineValue } from "./candidate.js";
import { expectParse } from "./test-support/expect.js";

const month = (date: string, flags: DeadlineValue["flags"] = []): DeadlineValue => ({
  kind: "date",
  date,
  precision: "month",
  bound: "inclusive",
  flags,
});
const day = (
  date: string,
  bound: "before" | "inclusive" = "inclusive",
  flags: DeadlineValue["flags"] = [],
): DeadlineValue => ({
  kind: "date",
  date,
  precision: "day",
  bound,
  flags,
});

describe("month forms", () => {
  it.each<[string, string, DeadlineValue]>([
    ["trong tháng 9/2025", "2025-08-29", month("2025-09-30")],
    ["báo cáo Ban Bí thư trong tháng 9/2025", "2025-08-29", month("2025-09-30")],
    ["tháng 10-2025", "2025-08-29", month("2025-10-31")],
    ["tháng 3.2026", "2025-08-29", month("2026-03-31")],
    ["trong tháng 2/2028", "2025-08-29", month("2028-02-29")],
    ["trong tháng 9 năm 2025", "2025-08-29", month("2025-09-30")],
    ["TRONG THÁNG 12/2025", "2025-08-29", month("2025-12-31")],
    ["chậm nhất trong tháng 11/2025", "2025-08-29", month("2025-11-30")],
    ["đến hết tháng 12/2025", "2025-08-29", month("2025-12-31")],
    // "trước tháng 10" = by the end of September.
    ["trước tháng 10/2025", "2025-08-29", month("2025-09-30")],
    ["trước tháng 1/2026", "2025-08-29", month("2025-12-31")],
    // Year omitted: the document's year, or the next one when the month has passed.
    ["trong tháng 9", "2025-08-29", month("2025-09-30", ["year_inferred"])],
    ["trong tháng 8", "2025-08-29", month("2025-08-31", ["year_inferred"])],
    ["trong tháng 3", "2025-08-29", month("2026-03-31", ["year_inferred"])],
    // Civil Code 2015 art. 148: đầu/giữa/cuối tháng = 1st / 15th / last day.
    ["đầu tháng 10/2025", "2025-08-29", day("2025-10-01")],
    ["giữa tháng 10/2025", "2025-08-29", day("2025-10-15")],
    ["cuối tháng 2/2026", "2025-08-29", day("2026-02-28")],
    ["trước cuối tháng 9/2025", "2025-08-29", day("2025-09-30", "before")],
    ["cuối tháng 11", "2025-08-29", day("2025-11-30", "inclusive", ["year_inferred"])],
  ])("%s (document %s)", (phrase, doc, expected) => expectParse(phrase, doc, expected));

  it.each([["tháng 13/2025"], ["tháng 0/2025"], ["tháng 9/25"], ["trong tháng"]])(
    "%s is not a month: unparsed",
    (phrase) => expectParse(phrase, "2025-08-29", { kind: "unparsed", flags: ["unparsed"] }),
  );
});

import { describe, it } from "vitest";
import type { DeadlineValue } from "./candidate.js";
import { expectParse } from "./test-support/expect.js";

const d = (
  date: string,
  precision: "year" | "half_year" | "day",
  flags: DeadlineValue["flags"] = [],
  bound: "before" | "inclusive" = "inclusive",
): DeadlineValue => ({ kind: "date", date, precision, bound, flags });

describe("half-year and year forms", () => {
  it.each<[string, string, DeadlineValue]>([
    ["trong năm 2025", "2025-08-29", d("2025-12-31", "year")],
    ["hoàn thành trong năm 2025", "2025-11-28", d("2025-12-31", "year")],
    ["năm 2026", "2025-08-29", d("2026-12-31", "year")],
    ["trước năm 2026", "2025-08-29", d("2025-12-31", "year")],
    ["trong năm nay", "2025-08-29", d("2025-12-31", "year")],
    ["trong 6 tháng đầu năm", "2025-01-15", d("2025-06-30", "half_year", ["year_inferred"])],
    ["6 tháng cuối năm", "2025-01-15", d("2025-12-31", "half_year", ["year_inferred"])],
    // 30/6 has passed on 29/8: the next first half.
    ["trong 6 tháng đầu năm", "2025-08-29", d("2026-06-30", "half_year", ["year_inferred"])],
    ["trong 6 tháng đầu năm 2026", "2025-08-29", d("2026-06-30", "half_year")],
    ["sáu tháng cuối năm 2025", "2025-08-29", d("2025-12-31", "half_year")],
    ["trong nửa đầu năm 2026", "2025-08-29", d("2026-06-30", "half_year")],
    // Civil Code 2015 art. 148: đầu năm 1/1, giữa năm 30/6, cuối năm 31/12.
    ["giữa năm 2026", "2025-08-29", d("2026-06-30", "day")],
    ["đầu năm 2026", "2025-08-29", d("2026-01-01", "day")],
    ["cuối năm 2025", "2025-08-29", d("2025-12-31", "day")],
    ["đến cuối năm", "2025-08-29", d("2025-12-31", "day", ["year_inferred"])],
    ["trước cuối năm 2025", "2025-08-29", d("2025-12-31", "day", [], "before")],
  ])("%s (document %s)", (phrase, doc, expected) => expectParse(phrase, doc, expected));

  it.each([
    ["năm học 2025 - 2026"],
    ["trong năm học 2025 - 2026"],
    ["nhiệm kỳ 2025 - 2030"],
    ["cuối năm học"],
    // A target year, not a deadline (000, item 4(i)).
    ["thực hiện tốt các mục tiêu, chỉ tiêu tăng trưởng của địa phương trong năm 2025"],
  ])("%s is not a deadline: unparsed", (phrase) =>
    expectParse(phrase, "2025-08-29", { kind: "unparsed", flags: ["unparsed"] }),
  );
});

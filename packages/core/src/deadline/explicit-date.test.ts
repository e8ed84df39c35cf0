import { describe, it } from "vitest";
import type { DeadlineValue } from "./candidate.js";
import { expectParse } from "./test-support/expect.js";

const day = (
  date: string,
  bound: "before" | "inclusive",
  flags: DeadlineValue["flags"] = [],
): DeadlineValue => ({ kind: "date", date, precision: "day", bound, flags });

describe("explicit dates", () => {
  it.each<[string, string, DeadlineValue]>([
    ["trước ngày 31/8/2025", "2025-08-03", day("2025-08-31", "before")],
    ["*trước ngày 31/8/2025*", "2025-08-03", day("2025-08-31", "before")],
    ["trước 30-10-2025", "2025-09-26", day("2025-10-30", "before")],
    ["trước ngày 15-10-2025", "2025-09-26", day("2025-10-15", "before")],
    ["hoàn thành dứt điểm trước ngày 31/12/2025", "2025-11-28", day("2025-12-31", "before")],
    ["trước 15.12", "2025-08-29", day("2025-12-15", "before", ["year_inferred"])],
    ["trước ngày 15/3", "2025-08-29", day("2026-03-15", "before", ["year_inferred"])],
    ["chậm nhất ngày 15/10/2025", "2025-08-29", day("2025-10-15", "inclusive")],
    ["chậm nhất vào ngày 15/10/2025", "2025-08-29", day("2025-10-15", "inclusive")],
    ["chậm nhất là ngày 15/10/2025", "2025-08-29", day("2025-10-15", "inclusive")],
    ["chậm nhất trước ngày 15/10/2025", "2025-08-29", day("2025-10-15", "before")],
    ["đến 31/12/2025", "2025-08-29", day("2025-12-31", "inclusive")],
    ["đến hết ngày 31/12/2025", "2025-08-29", day("2025-12-31", "inclusive")],
    ["vào ngày 31/8/2025", "2025-08-29", day("2025-08-31", "inclusive")],
    [
      "kết thúc việc thực hiện chế độ, chính sách vào ngày 31/8/2025",
      "2025-08-29",
      day("2025-08-31", "inclusive"),
    ],
    ["trước ngày 31 tháng 12 năm 2025", "2025-08-29", day("2025-12-31", "before")],
    ["31/8/2025", "2025-08-03", day("2025-08-31", "inclusive")],
    ["ngày 01/10/2025", "2025-08-03", day("2025-10-01", "inclusive")],
    ["  Trước   ngày  31 / 8 / 2025  ", "2025-08-03", day("2025-08-31", "before")],
    ["TRƯỚC NGÀY 29/2/2028", "2025-08-03", day("2028-02-29", "before")],
  ])("%s (document %s)", (phrase, doc, expected) => expectParse(phrase, doc, expected));

  it.each([
    ["trước ngày 31/2/2025"],
    ["trước ngày 29/2"], // 2026 has no 29 February: never a guessed leap year
    ["trước ngày 31/8/25"],
    ["tại phiên họp ngày 29/8/2025"],
    ["Kết luận số 183-KL/TW, ngày 01/8/2025"],
    ["từ 01/07/2025 đến nay"],
  ])("%s is not a deadline: unparsed", (phrase) =>
    expectParse(phrase, "2025-08-29", { kind: "unparsed", flags: ["unparsed"] }),
  );
});

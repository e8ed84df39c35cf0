import { describe, it } from "vitest";
import type { DeadlineValue } from "./candidate.js";
import type { Recurrence } from "../model/deadline.js";
import { expectParse } from "./test-support/expect.js";

const every = (recurrence: Recurrence): DeadlineValue => ({
  kind: "recurring",
  recurrence,
  flags: [],
});

describe("recurring deadlines", () => {
  it.each<[string, string, DeadlineValue]>([
    [
      "chậm nhất trước ngày 25 hàng tháng",
      "2025-08-03",
      every({ freq: "monthly", byMonthDay: 25, bound: "before", start: "2025-08-03" }),
    ],
    [
      "báo cáo gửi Ban Tổ chức Trung ương chậm nhất trước ngày 25 hằng tháng",
      "2025-08-03",
      every({ freq: "monthly", byMonthDay: 25, bound: "before", start: "2025-08-03" }),
    ],
    [
      "vào ngày 20 hằng tháng",
      "2025-08-03",
      every({ freq: "monthly", byMonthDay: 20, bound: "inclusive", start: "2025-08-03" }),
    ],
    [
      "trước ngày 15/12 hằng năm",
      "2025-08-03",
      every({ freq: "yearly", byMonthDay: 15, bound: "before", start: "2025-08-03" }),
    ],
    [
      "định kỳ hằng tháng",
      "2025-08-29",
      every({ freq: "monthly", bound: "inclusive", start: "2025-08-29" }),
    ],
    [
      "tổng hợp, báo cáo Bộ Chính trị, Ban Bí thư định kỳ hằng tháng",
      "2025-08-29",
      every({ freq: "monthly", bound: "inclusive", start: "2025-08-29" }),
    ],
    [
      "hàng tháng",
      "2025-08-29",
      every({ freq: "monthly", bound: "inclusive", start: "2025-08-29" }),
    ],
    [
      "hằng quý",
      "2025-08-29",
      every({ freq: "quarterly", bound: "inclusive", start: "2025-08-29" }),
    ],
    [
      "định kỳ hàng quý",
      "2025-08-29",
      every({ freq: "quarterly", bound: "inclusive", start: "2025-08-29" }),
    ],
    [
      "6 tháng một lần",
      "2025-08-29",
      every({ freq: "half_yearly", bound: "inclusive", start: "2025-08-29" }),
    ],
    [
      "định kỳ 6 tháng",
      "2025-08-29",
      every({ freq: "half_yearly", bound: "inclusive", start: "2025-08-29" }),
    ],
    [
      "sáu tháng 1 lần",
      "2025-08-29",
      every({ freq: "half_yearly", bound: "inclusive", start: "2025-08-29" }),
    ],
    ["hằng năm", "2025-08-29", every({ freq: "yearly", bound: "inclusive", start: "2025-08-29" })],
    [
      "định kỳ hàng năm",
      "2025-08-29",
      every({ freq: "yearly", bound: "inclusive", start: "2025-08-29" }),
    ],
  ])("%s (document %s)", (phrase, doc, expected) => expectParse(phrase, doc, expected));

  it.each([["xây dựng kế hoạch hằng năm"], ["hằng tuần"], ["trước ngày 32 hằng tháng"]])(
    "%s is not a schedule this model holds: unparsed",
    (phrase) => expectParse(phrase, "2025-08-29", { kind: "unparsed", flags: ["unparsed"] }),
  );
});

import { describe, it } from "vitest";
import type { DeadlineValue } from "./candidate.js";
import { expectParse } from "./test-support/expect.js";

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

  it.each([["kết quả trong 6 tháng qua"], ["2 tháng thực hiện phân cấp"], ["sau sáp nhập"]])(
    "%s is not a deadline: unparsed",
    (phrase) => expectParse(phrase, "2025-08-29", { kind: "unparsed", flags: ["unparsed"] }),
  );
});

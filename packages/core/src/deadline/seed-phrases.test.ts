import { describe, expect, it } from "vitest";
import type { DeadlineValue } from "./candidate.js";
import { parseDeadline } from "./parse.js";
import { SEED_DEADLINE_PHRASES } from "./seed-phrases.js";

/**
 * Every deadline phrase of the seed directives and of the domain brief's table,
 * with the reading written by hand from the text. Keys are "phrase @ document date".
 */
const day = (
  date: string,
  bound: "before" | "inclusive",
  flags: DeadlineValue["flags"] = [],
): DeadlineValue => ({
  kind: "date",
  date,
  precision: "day",
  bound,
  flags,
});
const period = (
  date: string,
  precision: "month" | "quarter" | "half_year" | "year" | "week",
  flags: DeadlineValue["flags"] = [],
): DeadlineValue => ({ kind: "date", date, precision, bound: "inclusive", flags });
const urgent: DeadlineValue = { kind: "urgent", flags: [] };
const ongoing: DeadlineValue = { kind: "ongoing", flags: [] };

const EXPECTED: Readonly<Record<string, DeadlineValue>> = {
  // 000 — Kết luận, phiên họp 29/8/2025
  "báo cáo Bộ Chính trị trong tháng 9/2025 @ 2025-08-29": period("2025-09-30", "month"),
  "khẩn trương tham mưu Chính phủ ban hành trong tháng 9/2025 @ 2025-08-29": period(
    "2025-09-30",
    "month",
  ),
  "ngay từ năm học 2025 - 2026 @ 2025-08-29": { kind: "ongoing", flags: ["start_of_obligation"] },
  "sau 5 năm @ 2025-08-29": {
    kind: "relative",
    amount: 5,
    unit: "year",
    anchor: { text: "" },
    flags: ["unclear_anchor"],
  },
  "kết thúc việc thực hiện chế độ, chính sách vào ngày 31/8/2025 @ 2025-08-29": day(
    "2025-08-31",
    "inclusive",
  ),
  "báo cáo Ban Bí thư trong tháng 9/2025 @ 2025-08-29": period("2025-09-30", "month"),
  "báo cáo Bộ Chính trị, Ban Bí thư trong quý IV/2025 @ 2025-08-29": period(
    "2025-12-31",
    "quarter",
  ),
  "báo cáo Bộ Chính trị, Ban Bí thư định kỳ hằng tháng @ 2025-08-29": {
    kind: "recurring",
    recurrence: { freq: "monthly", bound: "inclusive", start: "2025-08-29" },
    flags: [],
  },
  "khẩn trương @ 2025-08-29": urgent,
  "sớm @ 2025-08-29": urgent,
  "kịp thời @ 2025-08-29": urgent,
  "tiếp tục @ 2025-08-29": ongoing,
  "thường xuyên @ 2025-08-29": ongoing,
  // 001 — Kết luận 195-KL/TW (26/9/2025)
  "hoàn thành trước ngày 30-10-2025 @ 2025-09-26": day("2025-10-30", "before"),
  "trước ngày 15-10-2025 @ 2025-09-26": day("2025-10-15", "before"),
  "khẩn trương báo cáo Bộ Chính trị, Ban Bí thư quyết định trong tuần đầu tháng 10-2025 @ 2025-09-26":
    period("2025-10-07", "week", ["ambiguous"]),
  "báo cáo Ban Chấp hành Trung ương Đảng tại Hội nghị Trung ương 14 vào tháng 11-2025 @ 2025-09-26":
    {
      kind: "event",
      event: "Hội nghị Trung ương 14",
      date: "2025-11-30",
      bound: "inclusive",
      flags: [],
    },
  // 002 — Công văn 322-CV/ĐU (3/8/2025)
  "trước ngày 31/8/2025 @ 2025-08-03": day("2025-08-31", "before"),
  "báo cáo Chính phủ kết quả thực hiện trước ngày 31/8/2025 @ 2025-08-03": day(
    "2025-08-31",
    "before",
  ),
  "Hoàn thành và báo cáo Chính phủ kết quả thực hiện trước ngày 31/8/2025 @ 2025-08-03": day(
    "2025-08-31",
    "before",
  ),
  "chậm nhất trước ngày 25 hàng tháng @ 2025-08-03": {
    kind: "recurring",
    recurrence: { freq: "monthly", byMonthDay: 25, bound: "before", start: "2025-08-03" },
    flags: [],
  },
  "khắc phục ngay các sự cố @ 2025-08-03": urgent,
  // 003/004 — Kết luận 221-KL/TW (28/11/2025)
  "hoàn thành trong năm 2025 @ 2025-11-28": period("2025-12-31", "year"),
  "hoàn thành dứt điểm trước ngày 31/12/2025 @ 2025-11-28": day("2025-12-31", "before"),
  // Domain brief §3
  "trong tháng 9/2025 @ 2025-08-29": period("2025-09-30", "month"),
  "tháng 10-2025 @ 2025-08-29": period("2025-10-31", "month"),
  "tháng 3.2026 @ 2025-08-29": period("2026-03-31", "month"),
  "trong quý IV/2025 @ 2025-08-29": period("2025-12-31", "quarter"),
  "quý 1/2026 @ 2025-08-29": period("2026-03-31", "quarter"),
  "quý I-2026 @ 2025-08-29": period("2026-03-31", "quarter"),
  "trong 6 tháng đầu năm @ 2025-01-15": period("2025-06-30", "half_year", ["year_inferred"]),
  "6 tháng cuối năm @ 2025-01-15": period("2025-12-31", "half_year", ["year_inferred"]),
  "trong năm 2025 @ 2025-08-29": period("2025-12-31", "year"),
  "trước 30-10-2025 @ 2025-08-29": day("2025-10-30", "before"),
  "trước 15.12 @ 2025-08-29": day("2025-12-15", "before", ["year_inferred"]),
  "chậm nhất ngày 15/10/2025 @ 2025-08-29": day("2025-10-15", "inclusive"),
  "chậm nhất vào ngày 15/10/2025 @ 2025-08-29": day("2025-10-15", "inclusive"),
  "đến 31/12/2025 @ 2025-08-29": day("2025-12-31", "inclusive"),
  "trong tuần đầu tháng 10-2025 @ 2025-08-29": period("2025-10-07", "week", ["ambiguous"]),
  "định kỳ hằng tháng @ 2025-08-29": {
    kind: "recurring",
    recurrence: { freq: "monthly", bound: "inclusive", start: "2025-08-29" },
    flags: [],
  },
  "hằng quý @ 2025-08-29": {
    kind: "recurring",
    recurrence: { freq: "quarterly", bound: "inclusive", start: "2025-08-29" },
    flags: [],
  },
  "6 tháng một lần @ 2025-08-29": {
    kind: "recurring",
    recurrence: { freq: "half_yearly", bound: "inclusive", start: "2025-08-29" },
    flags: [],
  },
  "hằng năm @ 2025-08-29": {
    kind: "recurring",
    recurrence: { freq: "yearly", bound: "inclusive", start: "2025-08-29" },
    flags: [],
  },
  "trong thời hạn 15 ngày kể từ ngày ký @ 2025-08-29": {
    kind: "relative",
    amount: 15,
    unit: "day",
    anchor: { text: "ngày ký", date: "2025-08-29" },
    flags: [],
  },
  "trong thời hạn 15 ngày làm việc kể từ ngày ký @ 2025-08-29": {
    kind: "relative",
    amount: 15,
    unit: "working_day",
    anchor: { text: "ngày ký", date: "2025-08-29" },
    flags: [],
  },
  "trước Đại hội XIV @ 2025-08-29": {
    kind: "event",
    event: "Đại hội XIV",
    eventDate: "2026-01-19",
    bound: "before",
    flags: [],
  },
  "trước Tết Nguyên đán @ 2025-08-29": {
    kind: "event",
    event: "Tết Nguyên đán",
    eventDate: "2026-02-17",
    bound: "before",
    flags: ["year_inferred"],
  },
  "ngay @ 2025-08-29": urgent,
  "đầu tháng 10/2025 @ 2025-08-29": day("2025-10-01", "inclusive"),
  "giữa tháng 10/2025 @ 2025-08-29": day("2025-10-15", "inclusive"),
  "cuối tháng 2/2026 @ 2025-08-29": day("2026-02-28", "inclusive"),
  "giữa năm 2026 @ 2025-08-29": day("2026-06-30", "inclusive"),
};

describe("every deadline phrase of the seeds and the domain table", () => {
  const cases = SEED_DEADLINE_PHRASES.map((p) => ({ ...p, key: `${p.text} @ ${p.documentDate}` }));

  it("has a hand-written expectation for every listed phrase", () => {
    const missing = cases.map((c) => c.key).filter((k) => !(k in EXPECTED));
    expect(missing).toEqual([]);
  });

  it.each(cases)("$key", ({ text, documentDate, key }) => {
    expect(parseDeadline(text, { documentDate })).toEqual({ ...EXPECTED[key], text });
  });
});

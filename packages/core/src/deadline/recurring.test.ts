import { describe, expect, it } from "vitest";
import type { DeadlineValue } from "./candidate.js";
import type { Recurrence } from "../model/deadline.js";
import { expectParse } from "./test-support/expect.js";
import { parseDeadline } from "./parse.js";
import { formatRecurrence } from "./recurrence.js";
import { resolveDeadline } from "./resolve.js";

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
      every({
        freq: "yearly",
        byMonth: [12],
        byMonthDay: 15,
        bound: "before",
        start: "2025-08-03",
      }),
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

  it.each([
    ["xây dựng kế hoạch hằng năm"],
    ["trước ngày 32 hằng tháng"],
    ["mức trợ cấp xã hội hằng tháng"],
    ["thu tiền thuê đất hàng năm"],
  ])("%s is not a schedule: unparsed", (phrase) =>
    expectParse(phrase, "2025-08-29", { kind: "unparsed", flags: ["unparsed"] }),
  );
});

/** Hand-written phrases for each shape of schedule: the rule and its first due date. */
describe("every shape of schedule", () => {
  it.each<[string, string, string, string, "before" | "inclusive"]>([
    // yearly with a day, either order, long or short date
    ["nộp báo cáo trước ngày 10/12 hàng năm", "2026-03-02", "yearly:12-10", "2026-12-10", "before"],
    [
      "Trước ngày 01 tháng 4 hằng năm, các sở gửi kế hoạch",
      "2026-05-04",
      "yearly:04-01",
      "2027-04-01",
      "before",
    ],
    [
      "Hằng năm, chậm nhất ngày 31 tháng 3, báo cáo Bộ",
      "2026-01-05",
      "yearly:03-31",
      "2026-03-31",
      "inclusive",
    ],
    [
      "lập dự toán trước ngày 20/7 của năm trước",
      "2026-08-01",
      "yearly:07-20",
      "2027-07-20",
      "before",
    ],
    [
      "gửi quyết toán trước ngày 31/3 năm sau",
      "2026-06-01",
      "yearly:03-31",
      "2027-03-31",
      "before",
    ],
    ["Tháng 9 hằng năm, tổ chức sơ kết", "2026-02-10", "yearly:09-30", "2026-09-30", "inclusive"],
    ["Thời gian: hàng năm", "2026-02-10", "yearly:12-31", "2026-12-31", "inclusive"],
    // several days a year
    [
      "chậm nhất vào ngày 15/6 và ngày 15/12 hàng năm",
      "2026-07-01",
      "half-yearly:06-15",
      "2026-12-15",
      "inclusive",
    ],
    [
      "định kỳ 6 tháng (trước ngày 10/7) và hằng năm (trước ngày 10/1)",
      "2026-02-01",
      "half-yearly:01-10",
      "2026-07-10",
      "before",
    ],
    [
      "báo cáo 6 tháng gửi trước ngày 10/6 hằng năm",
      "2026-02-01",
      "yearly:06-10",
      "2026-06-10",
      "before",
    ],
    // monthly
    [
      "báo cáo tháng gửi trước ngày 18 của tháng",
      "2026-04-20",
      "monthly:18",
      "2026-05-18",
      "before",
    ],
    [
      "chậm nhất vào ngày 22 của tháng báo cáo",
      "2026-04-20",
      "monthly:22",
      "2026-04-22",
      "inclusive",
    ],
    ["định kỳ hằng tháng, gửi trước ngày 05", "2026-04-20", "monthly:5", "2026-05-05", "before"],
    ["trước ngày 31 hằng tháng", "2026-02-03", "monthly:31", "2026-02-28", "before"],
    ["mỗi tháng một lần", "2026-02-03", "monthly:last", "2026-02-28", "inclusive"],
    // quarterly
    [
      "trước ngày 10 tháng cuối cùng của mỗi quý",
      "2026-04-20",
      "quarterly:last-month:10",
      "2026-06-10",
      "before",
    ],
    [
      "chậm nhất ngày 08 (tám) của tháng cuối quý",
      "2026-04-20",
      "quarterly:last-month:8",
      "2026-06-08",
      "inclusive",
    ],
    [
      "chậm nhất vào ngày 12 của tháng đầu quý",
      "2026-04-20",
      "quarterly:first-month:12",
      "2026-07-12",
      "inclusive",
    ],
    [
      "trước ngày 05 của tháng tiếp theo sau tháng cuối cùng của kỳ báo cáo",
      "2026-04-20",
      "quarterly:first-month:5",
      "2026-07-05",
      "before",
    ],
    ["định kỳ hằng quý", "2026-04-20", "quarterly:last", "2026-06-30", "inclusive"],
    // half-yearly, weekly, daily
    ["họp 06 tháng/lần", "2026-04-20", "half-yearly:last", "2026-06-30", "inclusive"],
    ["giao ban hàng tuần", "2026-04-22", "weekly:sun", "2026-04-26", "inclusive"],
    ["thứ Hai hằng tuần báo cáo", "2026-04-22", "weekly:mon", "2026-04-27", "inclusive"],
    ["trước 9 giờ sáng thứ 5 hằng tuần", "2026-04-23", "weekly:thu", "2026-04-23", "before"],
    ["cập nhật hằng ngày", "2026-04-22", "daily", "2026-04-22", "inclusive"],
  ])("%s (document %s) is %s, first due %s", (phrase, doc, rule, due, bound) => {
    const d = parseDeadline(phrase, { documentDate: doc });
    expect(d.kind).toBe("recurring");
    if (d.kind !== "recurring") return;
    const rules = [d.recurrence, ...(d.more ?? [])];
    expect(rules.map(formatRecurrence)).toContain(rule);
    expect(resolveDeadline(d, { asOf: doc })).toMatchObject({ due, bound });
  });
});

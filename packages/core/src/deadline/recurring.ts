import { flagList, scanMatches, type FormScanner } from "./candidate.js";
import type { RecurrenceFrequency } from "../model/deadline.js";
import { S, WB, scanner } from "./lexicon.js";

/**
 * Recurring deadlines: "chậm nhất trước ngày 25 hàng tháng" (monthly, day 25,
 * bound before), "ngày 20/12 hằng năm", "định kỳ hằng tháng", "hằng quý",
 * "6 tháng một lần", "định kỳ 6 tháng", "hằng năm". "hằng" and "hàng" are both
 * written. The obligation starts on the document's date. "kế hoạch hằng năm"
 * (an annual plan) names a document, not a schedule.
 */
const EVERY = String.raw`(?:hằng|hàng)`;

const DAY_MONTHLY_RE = scanner(
  String.raw`${WB}(?:chậm${S}nhất${S}(?:là${S})?)?(?:(?<bef>trước)${S}|(?:vào|trong)${S})?(?<ngay>ngày\s*)?(?<d>\d{1,2})${S}(?:của${S})?${EVERY}${S}tháng(?![\p{L}\p{M}])`,
);
const DAY_YEARLY_RE = scanner(
  String.raw`${WB}(?:chậm${S}nhất${S}(?:là${S})?)?(?:(?<bef>trước)${S}|(?:vào|trong)${S})?(?<ngay>ngày\s*)?(?<d>\d{1,2})\s*[\/.\-]\s*12${S}${EVERY}${S}năm(?![\p{L}\p{M}])`,
);
const FREQ_RE = scanner(
  String.raw`${WB}(?:định${S}kỳ${S})?(?:${EVERY}${S}(?<f>tháng|quý|năm)(?![\p{L}\p{M}])|(?:${EVERY}${S})?(?:6|sáu)${S}tháng${S}(?:một|1)${S}lần|định${S}kỳ${S}(?:6|sáu)${S}tháng(?![\p{L}\p{M}])|nửa${S}năm${S}(?:một|1)${S}lần)`,
);

const FREQ: Readonly<Record<string, RecurrenceFrequency>> = {
  tháng: "monthly",
  quý: "quarterly",
  năm: "yearly",
};

/** Nouns after which "hằng năm" describes the noun ("kế hoạch hằng năm"). */
const DOCUMENT_NOUN = /(?:kế hoạch|ngân sách|dự toán|chỉ tiêu|thu nhập|lương)\s+$/u;

const scanDayOfMonth: FormScanner = (input) =>
  scanMatches(DAY_MONTHLY_RE, input, (m) => {
    const g = m.groups ?? {};
    const day = Number(g["d"]);
    if (!(day >= 1 && day <= 31) || (g["bef"] === undefined && g["ngay"] === undefined))
      return null;
    return {
      bare: false,
      value: {
        kind: "recurring",
        recurrence: {
          freq: "monthly",
          byMonthDay: day,
          bound: g["bef"] !== undefined ? "before" : "inclusive",
          start: input.documentDate,
        },
        flags: flagList(),
      },
    };
  });

const scanDayOfYear: FormScanner = (input) =>
  scanMatches(DAY_YEARLY_RE, input, (m) => {
    const g = m.groups ?? {};
    const day = Number(g["d"]);
    if (!(day >= 1 && day <= 31)) return null;
    return {
      bare: false,
      value: {
        kind: "recurring",
        recurrence: {
          freq: "yearly",
          byMonthDay: day,
          bound: g["bef"] !== undefined ? "before" : "inclusive",
          start: input.documentDate,
        },
        flags: flagList(),
      },
    };
  });

const scanFrequencies: FormScanner = (input) =>
  scanMatches(FREQ_RE, input, (m) => {
    const before = input.folded.slice(Math.max(0, m.index - 20), m.index);
    // "kế hoạch hằng năm" names a document; "ngày 32 hằng tháng" is a day the
    // day-of-month rule refused, and must not fall back to a plain "hằng tháng".
    if (DOCUMENT_NOUN.test(before) || /\d\s*(?:của\s+)?$/u.test(before)) return null;
    const f = m.groups?.["f"];
    const freq: RecurrenceFrequency = f === undefined ? "half_yearly" : (FREQ[f] ?? "half_yearly");
    return {
      bare: false,
      value: {
        kind: "recurring",
        recurrence: { freq, bound: "inclusive", start: input.documentDate },
        flags: flagList(),
      },
    };
  });

export const scanRecurringForms: FormScanner = (input) => [
  ...scanDayOfMonth(input),
  ...scanDayOfYear(input),
  ...scanFrequencies(input),
];

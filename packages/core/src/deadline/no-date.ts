import { flagList, scanLead, scanMatches, type FormScanner } from "./candidate.js";
import { S, WB, WE, datePattern, optYearPattern, scanner } from "./lexicon.js";

/**
 * Phrases with no due date.
 * - Urgent: "khẩn trương", "sớm", "ngay", "ngay lập tức", "kịp thời", "cấp bách",
 *   "càng sớm càng tốt" — not "ngay cả" (even), "ngay sau/khi/tại" (right
 *   after/when/at), nor after "chưa thể/không thể" ("chưa thể giải quyết ngay").
 * - Ongoing: "tiếp tục", "thường xuyên", "liên tục".
 * - Start of an obligation (kind ongoing, flagged start_of_obligation): "ngay từ
 *   năm học 2025 - 2026", "ngay từ ngày 1/7/2025", "ngay từ tháng 9/2025"; without
 *   "ngay" ("từ ngày 1/7/2025") it is a plain start date — a deadline only when
 *   it is the whole phrase given to parseDeadline.
 */
const URGENT_RE = scanner(
  String.raw`${WB}(?:khẩn${S}trương|càng${S}sớm${S}càng${S}tốt|sớm|cấp${S}bách|ngay(?:${S}lập${S}tức)?(?!${S}(?:cả|sau|khi|tại|từ|thẳng)${WE}|${S}trong${S}(?:ngày|tháng|năm|quý|tuần|kỳ|dịp|thời)${WE})|kịp${S}thời)${WE}`,
);
const ONGOING_RE = scanner(String.raw`${WB}(?:tiếp${S}tục|thường${S}xuyên|liên${S}tục)${WE}`);
const START_RE = scanner(
  String.raw`${WB}(?<ngay>ngay${S})?(?:kể${S})?từ${S}(?:năm${S}học${S}\d{4}\s*-\s*\d{4}|(?:ngày\s*)?${datePattern("")}|tháng${S}\d{1,2}${optYearPattern("")}|năm${S}\d{4})(?!\d)`,
);

/**
 * "chi thường xuyên" (recurrent spending), "hộ kinh doanh (không) thường xuyên",
 * "02 năm liên tục": the word describes a noun or a count, not how work is done.
 */
const DESCRIBES_NOUN =
  /(?:(?<![\p{L}\p{M}])chi|kinh doanh|không|\d+\s+(?:năm|tháng|ngày|lần|kỳ))\s+$/u;

const NEGATED = /(?:chưa|không)\s+thể(?:\s+[\p{L}\p{M}]+){0,3}\s+$/u;

/**
 * Words without which URGENT_RE or ONGOING_RE cannot match (START_RE needs
 * "từ"); a scan starts at the first of them, back over "càng" ("càng sớm càng
 * tốt") and "ngay kể" ("ngay từ", "kể từ"), and not at all without one (candidate.ts).
 */
const URGENT_WORD = /khẩn|sớm|cấp|ngay|kịp/u;
const ONGOING_WORD = /tiếp|thường|liên/u;
const URGENT_LEAD = scanLead(URGENT_RE, URGENT_WORD, "càng");
const ONGOING_LEAD = scanLead(ONGOING_RE, ONGOING_WORD, "");
const START_LEAD = scanLead(START_RE, "từ", "ngay kể");

const scanUrgent: FormScanner = (input) =>
  scanMatches(
    URGENT_RE,
    input,
    (m) =>
      NEGATED.test(input.folded.slice(Math.max(0, m.index - 40), m.index))
        ? null
        : { bare: false, value: { kind: "urgent", flags: flagList() } },
    URGENT_LEAD,
  );

const scanOngoing: FormScanner = (input) =>
  scanMatches(
    ONGOING_RE,
    input,
    (m) =>
      DESCRIBES_NOUN.test(input.folded.slice(Math.max(0, m.index - 20), m.index))
        ? null
        : { bare: false, value: { kind: "ongoing", flags: flagList() } },
    ONGOING_LEAD,
  );

const scanStart: FormScanner = (input) =>
  scanMatches(
    START_RE,
    input,
    (m) => ({
      bare: m.groups?.["ngay"] === undefined,
      value: { kind: "ongoing", flags: flagList("start_of_obligation") },
    }),
    START_LEAD,
  );

export const scanNoDateForms: FormScanner = (input) => [
  ...scanUrgent(input),
  ...scanOngoing(input),
  ...scanStart(input),
];

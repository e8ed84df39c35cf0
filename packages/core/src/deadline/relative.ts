import { flagList, scanLead, scanMatches, type FormScanner } from "./candidate.js";
import { isoFromParts, type IsoDate } from "../dates/civil-date.js";
import { inYear, yearOf, type InferredDate } from "./date-parts.js";
import { S, WB, dateGroups, datePattern, scanner } from "./lexicon.js";
import { countWithWords, countWithWordsValue } from "./numbers.js";

/**
 * Relative periods: "trong thời hạn 15 ngày (làm việc) kể từ ngày ký", "trong
 * vòng 03 tháng kể từ ngày ban hành", "chậm nhất 10 ngày làm việc kể từ ngày
 * 1/7/2025", "Không quá 02 (hai) ngày làm việc, kể từ …", "tối đa là 60 ngày",
 * "Trong 15 (mười lăm) ngày", "trong 96 giờ", "sau 5 năm"; counted back:
 * "chậm nhất 90 ngày trước ngày hết thời hạn bổ nhiệm", "Trong 06 tháng trước
 * khi hết thời hạn sử dụng", "trước 15 ngày tính từ ngày dự định …".
 * The start (anchor) is the document's date when it is this document's signing
 * or issue ("ngày ký", "ngày ban hành Quyết định", "ngày quyết định … được UBND
 * tỉnh ký ban hành") or its taking effect ("ngày Nghị quyết này có hiệu lực thi
 * hành", usually on signing: flagged ambiguous); an explicit date is that date;
 * any other start (a receipt, an event, another act's effect) is kept as words
 * and flagged unclear_anchor. "(tức ngày 30/11/2025)" after the period is the
 * text's own reckoning of its end, used as `date`. A bare "trong 6 tháng" with no
 * start is not a deadline ("trong 6 tháng qua"); "có hiệu lực … sau 45 ngày kể
 * từ ngày ký" is when an act takes effect, not a task.
 */
const UNIT = String.raw`(?<u>ngày|tháng|năm|giờ)(?![\p{L}\p{M}])(?<wd>${S}làm${S}việc|\s*\(\s*làm${S}việc\s*\))?`;
const ANCHOR_WORDS = String.raw`[\p{L}\p{M}]+(?:${S}[\p{L}\p{M}\d/.-]+){0,9}`;
const ANCHOR = String.raw`(?:\s*(?:,\s*)?(?:(?:kể|tính)${S}từ|(?<back>trước)(?=${S}(?:khi|ngày)))${S}(?<anchor>(?:ngày\s*)?${datePattern("a")}|${ANCHOR_WORDS}))?`;
const RESTATED = String.raw`(?<restated>\s*\(\s*tức(?:${S}là)?${S}(?:ngày\s*)?${datePattern("t")}\s*\))?`;
const RE = scanner(
  String.raw`${WB}(?<pre>trong${S}(?:thời${S}hạn|vòng)(?:${S}(?:tối${S}đa|chậm${S}nhất))?|trong|chậm${S}nhất(?:${S}là)?(?:${S}(?:sau|trước))?|không${S}quá|tối${S}đa(?:${S}là)?|sau|trước)${S}${countWithWords("")}${S}${UNIT}${ANCHOR}${RESTATED}`,
);

/** "trước phiên họp ít nhất 03 ngày": at least N units before a named moment. */
const AT_LEAST_RE = scanner(
  String.raw`${WB}(?<lead>trước${S})(?<anchor>[\p{L}\p{M}]+(?:${S}[\p{L}\p{M}]+){0,4}?)${S}ít${S}nhất${S}${countWithWords("")}${S}(?<u>ngày|tháng|năm|giờ)(?![\p{L}\p{M}])(?<wd>${S}làm${S}việc)?`,
);

/** This document's own signing or issue ("ngày có Kế hoạch …": the plan's own date): its date. */
const SIGNING =
  /^ngày\s+(?:có\s+(?:kế hoạch|quyết định|văn bản|thông báo)(?![\p{L}\p{M}])|(?:ký|ban hành)(?:\s+ban hành)?(?:\s+(?:quyết định|kế hoạch|văn bản|nghị quyết|thông báo|chỉ thị)(?:\s+này)?)?|(?:quyết định|kế hoạch|văn bản|nghị quyết|chỉ thị)(?:\s+[\p{L}\p{M}]+){0,6}\s+ký(?:\s+ban hành)?)(?![\p{L}\p{M}])/u;
/** This document's taking effect (no number: not another act's). */
const EFFECT =
  /^ngày\s+(?:quyết định|nghị quyết|kế hoạch|thông tư|chỉ thị|văn bản)(?:\s+này)?\s+có\s+hiệu\s+lực(?:\s+thi\s+hành)?(?![\p{L}\p{M}])/u;

/**
 * A start date without a year is in the document's year: a period counts from a
 * day already named, so unlike a due date it does not move to the next year.
 */
function anchorOn(
  written: { day: number; month: number; year: string | undefined },
  documentDate: IsoDate,
): InferredDate | null {
  const year = written.year === undefined ? yearOf(documentDate) : Number(written.year);
  const iso = isoFromParts(year, written.month, written.day);
  return iso === null ? null : { iso, yearInferred: written.year === undefined };
}

const UNITS = { ngày: "day", tháng: "month", năm: "year", giờ: "hour" } as const;

/**
 * "trước 13 giờ hằng ngày", "trước 15 giờ ngày thứ Sáu", "chậm nhất 16 giờ 30
 * chiều nay": an hour of the clock, not a count of hours, when a day follows it
 * (a cycle, a date, a weekday, a part of the day or the minutes). The day is the
 * deadline; the hour stays in the words. A count of hours reads on its own
 * ("trong 24 giờ", "thông báo trước 48 giờ").
 */
function isClockTime(amount: number, unit: string | undefined, after: string): boolean {
  return unit === "giờ" && amount <= 24 && CLOCK_DAY_AFTER.test(after);
}

const CLOCK_DAY_AFTER =
  /^(?:\s*\d{1,2}(?:\s*phút)?)?\s+(?:(?:hằng|hàng|mỗi|các)\s+ngày|ngày|hôm|sáng|trưa|chiều|tối|đêm|thứ|chủ\s+nhật)(?![\p{L}\p{M}])/u;

const scanAtLeastBefore: FormScanner = (input) =>
  scanMatches(AT_LEAST_RE, input, (m) => {
    const g = m.groups ?? {};
    const amount = countWithWordsValue(g, "");
    // Offsets from the groups' lengths: the "d" flag costs more than the match.
    const anchor = g["anchor"];
    if (amount === null || anchor === undefined) return null;
    const from = m.index + (g["lead"]?.length ?? 0);
    const at = [from, from + anchor.length] as const;
    const u = g["u"] as keyof typeof UNITS;
    if (g["wd"] !== undefined && u !== "ngày") return null;
    return {
      bare: false,
      value: {
        kind: "relative",
        amount,
        unit: g["wd"] !== undefined ? "working_day" : UNITS[u],
        anchor: { text: input.original.slice(at[0], at[1]) },
        direction: "before",
        flags: flagList("unclear_anchor"),
      },
    };
  });

// AT_LEAST_RE cannot match without "ít" ("ít nhất"): skip it without.
/**
 * RE needs a count right before its unit: digits, ")" closing the count in words,
 * or the last word of a count in words (NUMBER_IN_WORDS), then spaces and the unit.
 */
const COUNT_UNIT =
  /(?:\d|\)|một|mốt|hai|ba|bốn|tư|lăm|năm|sáu|bảy|tám|chín|mười|mươi)\s+(?:ngày|tháng|năm|giờ)/u;

/**
 * Before the first count-and-unit of a match come only its deadline words, the
 * count's digits, brackets and number words: a scan starts there, and not at
 * all without a count and unit (candidate.ts).
 */
const LEAD = scanLead(
  RE,
  COUNT_UNIT,
  "trong thời hạn vòng tối đa chậm nhất là sau trước không quá một mốt hai ba bốn tư lăm năm sáu bảy tám chín mười mươi 0123456789 ( )",
);

export const scanRelativeForms: FormScanner = (input) => [
  ...scanPeriods(input),
  ...(input.folded.includes("ít") ? scanAtLeastBefore(input) : []),
];

const scanPeriods: FormScanner = (input) =>
  scanMatches(
    RE,
    input,
    (m) => {
      const g = m.groups ?? {};
      const amount = countWithWordsValue(g, "");
      if (amount === null) return null;
      const before = input.folded.slice(Math.max(0, m.index - 30), m.index);
      if (/hiệu\s+lực(?:\s+thi\s+hành)?\s+$/u.test(before)) return null;
      const anchorFolded = g["anchor"];
      const pre = g["pre"] ?? "";
      // Plain "trong N tháng" and "sau/trước N ngày" need a start to be a deadline.
      if (anchorFolded === undefined && /^(?:trong|sau|trước)$/u.test(pre) && g["u"] !== "giờ")
        if (!(pre === "sau" && g["u"] === "năm")) return null;
      if (
        anchorFolded === undefined &&
        isClockTime(amount, g["u"], input.folded.slice(m.index + m[0].length))
      )
        return null;
      const u = g["u"] as keyof typeof UNITS;
      if (g["wd"] !== undefined && u !== "ngày") return null;
      const unit = u === "ngày" && g["wd"] !== undefined ? "working_day" : UNITS[u];
      const anchorEnd =
        anchorFolded === undefined ? 0 : m.index + m[0].length - (g["restated"]?.length ?? 0);
      const anchorStart = anchorEnd - (anchorFolded?.length ?? 0);
      const anchorText =
        anchorFolded === undefined
          ? ""
          : input.original.slice(anchorStart, anchorEnd).replace(/\s+/gu, " ");
      const written = dateGroups(g, "a");
      const signed = anchorFolded !== undefined && SIGNING.test(anchorFolded);
      const effect = anchorFolded !== undefined && !signed && EFFECT.test(anchorFolded);
      const anchorDate =
        g["back"] !== undefined || /trước$/u.test(pre)
          ? null
          : signed || effect
            ? { iso: input.documentDate, yearInferred: false }
            : written
              ? anchorOn(written, input.documentDate)
              : null;
      if (written && !anchorDate && g["back"] === undefined) return null;
      const restated = dateGroups(g, "t");
      const end = restated
        ? inYear(restated.year, input.documentDate, (y) =>
            isoFromParts(y, restated.month, restated.day),
          )
        : null;
      return {
        bare: false,
        value: {
          kind: "relative",
          amount,
          unit,
          anchor: anchorDate ? { text: anchorText, date: anchorDate.iso } : { text: anchorText },
          ...(g["back"] !== undefined || /trước$/u.test(pre)
            ? { direction: "before" as const }
            : {}),
          ...(end ? { date: end.iso } : {}),
          flags: flagList(
            anchorDate?.yearInferred === true && "year_inferred",
            effect && "ambiguous",
            !anchorDate && !end && "unclear_anchor",
          ),
        },
      };
    },
    LEAD,
  );

import { type IsoDate } from "../dates/civil-date.js";
import { dateValue, scanLead, scanMatches, type FormScanner } from "./candidate.js";
import { dayAt, inYear, lastDayOfMonth, monthEndAt } from "./date-parts.js";
import { isReportPeriod } from "./context.js";
import {
  PERIOD_PREFIX,
  PERIOD_PREFIX_WORDS,
  S,
  WB,
  optYearPattern,
  prefixMeaning,
  scanner,
  yearGroup,
} from "./lexicon.js";

/**
 * Month forms. "trong tháng 9/2025", "tháng 10-2025", "tháng 3.2026",
 * "tháng 9 năm 2025" → the month's last day, inclusive. "trước tháng 10/2025" →
 * the previous month's last day. "đầu/giữa/cuối tháng M" → the 1st, 15th, last
 * day (Civil Code 2015 art. 148); with "trước" the bound is before.
 */
const MONTH = String.raw`tháng${S}(?<m>\d{1,2})${optYearPattern("")}`;
const MONTH_RE = scanner(String.raw`${WB}${PERIOD_PREFIX}?${MONTH}`);
const PART_RE = scanner(String.raw`${WB}${PERIOD_PREFIX}?(?<part>đầu|giữa|cuối)${S}${MONTH}`);
// What may come before "tháng" in a match: a scan starts at the first "tháng" (candidate.ts).
const MONTH_LEAD = scanLead(MONTH_RE, "tháng", PERIOD_PREFIX_WORDS);
const PART_LEAD = scanLead(PART_RE, "tháng", `${PERIOD_PREFIX_WORDS} đầu giữa cuối`);

function previousMonthEnd(month: number): (year: number) => IsoDate | null {
  return month === 1 ? (y) => monthEndAt(12)(y - 1) : monthEndAt(month - 1);
}

const scanMonths: FormScanner = (input) =>
  scanMatches(
    MONTH_RE,
    input,
    (m) => {
      const month = Number(m.groups?.["m"]);
      if (!(month >= 1 && month <= 12)) return null;
      const { bare, before } = prefixMeaning(m.groups?.["pre"]);
      if (!bare && isReportPeriod(input.folded, m.index)) return null;
      const at = before ? previousMonthEnd(month) : monthEndAt(month);
      const date = inYear(yearGroup(m.groups, ""), input.documentDate, at);
      if (!date) return null;
      return {
        bare,
        value: dateValue(date, "month", "inclusive"),
      };
    },
    MONTH_LEAD,
  );

const scanPartsOfMonth: FormScanner = (input) =>
  scanMatches(
    PART_RE,
    input,
    (m) => {
      const month = Number(m.groups?.["m"]);
      if (!(month >= 1 && month <= 12)) return null;
      const { bare, before } = prefixMeaning(m.groups?.["pre"]);
      const part = m.groups?.["part"];
      const at =
        part === "đầu"
          ? dayAt(1, month)
          : part === "giữa"
            ? dayAt(15, month)
            : (y: number) => dayAt(lastDayOfMonth(y, month), month)(y);
      const date = inYear(yearGroup(m.groups, ""), input.documentDate, at);
      if (!date) return null;
      return {
        bare,
        value: dateValue(date, "day", before ? "before" : "inclusive"),
      };
    },
    PART_LEAD,
  );

/** PART_RE needs one of "đầu/giữa/cuối": skip it without. */
const PART_WORD = /đầu|giữa|cuối/u;

export const scanMonthForms: FormScanner = (input) =>
  PART_WORD.test(input.folded)
    ? [...scanMonths(input), ...scanPartsOfMonth(input)]
    : scanMonths(input);

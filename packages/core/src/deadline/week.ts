import { dateValue, scanLead, scanMatches, type FormScanner } from "./candidate.js";
import { dayAt, inYear, lastDayOfMonth } from "./date-parts.js";
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
 * Week of a month: "trong tuần đầu tháng 10-2025", "tuần thứ hai của tháng 11",
 * "tuần cuối tháng 12/2025". A week is not a day, so the reading is flagged
 * ambiguous: week n ("tuần 2 tháng 01/2026" too) resolves to day 7n, the last
 * week to the month's last day; "trước tuần n" to week n's first day, bound before.
 */
const ORDINAL: Readonly<Record<string, number>> = {
  nhất: 1,
  hai: 2,
  ba: 3,
  tư: 4,
  "1": 1,
  "2": 2,
  "3": 3,
  "4": 4,
};

const RE = scanner(
  String.raw`${WB}${PERIOD_PREFIX}?tuần${S}(?:(?<first>đầu(?:${S}tiên)?)|(?<last>cuối(?:${S}cùng)?)|thứ${S}(?<n>nhất|hai|ba|tư|[1-4])|(?<k>[1-4]))${S}(?:của${S})?tháng${S}(?<m>\d{1,2})${optYearPattern("")}`,
);

const LEAD = scanLead(RE, "tuần", PERIOD_PREFIX_WORDS);

export const scanWeekForms: FormScanner = (input) =>
  scanMatches(
    RE,
    input,
    (m) => {
      const month = Number(m.groups?.["m"]);
      if (!(month >= 1 && month <= 12)) return null;
      const { bare, before } = prefixMeaning(m.groups?.["pre"]);
      const g = m.groups ?? {};
      const week =
        g["first"] !== undefined
          ? 1
          : g["last"] !== undefined
            ? null
            : ORDINAL[g["n"] ?? g["k"] ?? ""];
      if (week === undefined || (before && week === null)) return null;
      // "trước tuần N": before week N starts, its first day 7(N−1)+1.
      const at =
        week === null
          ? (y: number) => dayAt(lastDayOfMonth(y, month), month)(y)
          : before
            ? dayAt(7 * (week - 1) + 1, month)
            : dayAt(week * 7, month);
      const date = inYear(yearGroup(m.groups, ""), input.documentDate, at);
      if (!date) return null;
      return {
        bare,
        value: dateValue(date, "week", before ? "before" : "inclusive", "ambiguous"),
      };
    },
    LEAD,
  );

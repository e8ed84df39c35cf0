import { isoFromParts, type IsoDate } from "../dates/civil-date.js";
import { dateValue, scanLead, scanMatches, type FormScanner } from "./candidate.js";
import { inYear, quarterEndAt } from "./date-parts.js";
import {
  PERIOD_PREFIX,
  PERIOD_PREFIX_WORDS,
  QUARTER_NUMERAL,
  S,
  WB,
  optYearPattern,
  prefixMeaning,
  quarterValue,
  scanner,
  yearGroup,
} from "./lexicon.js";

/**
 * Quarter forms, Roman or Arabic: "trong quý IV/2025", "quý 1/2026", "quý I-2026",
 * "quý IV năm 2025", "cuối quý III" → the quarter's last day, inclusive.
 * "trước quý I/2026" → the previous quarter's last day. "đầu quý II/2025" → its
 * first day (flagged ambiguous).
 */
const RE = scanner(
  String.raw`${WB}${PERIOD_PREFIX}?(?:(?<end>cuối${S})|(?<startOf>đầu${S}))?quý${S}(?<q>${QUARTER_NUMERAL})${optYearPattern("")}`,
);

const LEAD = scanLead(RE, "quý", `${PERIOD_PREFIX_WORDS} cuối đầu`);

function previousQuarterEnd(quarter: number): (year: number) => IsoDate | null {
  return quarter === 1 ? (y) => quarterEndAt(4)(y - 1) : quarterEndAt(quarter - 1);
}

export const scanQuarterForms: FormScanner = (input) =>
  scanMatches(
    RE,
    input,
    (m) => {
      const quarter = quarterValue(m.groups?.["q"] ?? "");
      if (quarter === null) return null;
      const { bare, before } = prefixMeaning(m.groups?.["pre"]);
      const endOf = m.groups?.["end"] !== undefined;
      // "đầu quý" is the quarter's first day, by analogy with "đầu tháng" (Civil Code 2015 art. 148).
      const startOf = m.groups?.["startOf"] !== undefined;
      const at = startOf
        ? (y: number) => isoFromParts(y, quarter * 3 - 2, 1)
        : before && !endOf
          ? previousQuarterEnd(quarter)
          : quarterEndAt(quarter);
      const date = inYear(yearGroup(m.groups, ""), input.documentDate, at);
      if (!date) return null;
      return {
        bare,
        value: dateValue(
          date,
          endOf || startOf ? "day" : "quarter",
          before && (endOf || startOf) ? "before" : "inclusive",
          ...(startOf ? (["ambiguous"] as const) : []),
        ),
      };
    },
    LEAD,
  );

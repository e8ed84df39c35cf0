import { isoFromParts, type IsoDate } from "../dates/civil-date.js";
import { dateValue, flagList, scanLead, scanMatches, type FormScanner } from "./candidate.js";
import { inYear, monthEndAt, quarterEndAt } from "./date-parts.js";
import { isHorizon } from "./context.js";
import {
  PERIOD_PREFIX,
  PERIOD_PREFIX_WORDS,
  QUARTER_NUMERAL,
  S,
  WB,
  prefixMeaning,
  quarterValue,
  scanner,
} from "./lexicon.js";

/**
 * Spans and lists of periods written with one shared year or as a range: the
 * task is judged by the end of the later one, flagged multiple_deadlines.
 * "năm 2026 - 2027", "Năm 2025-2026" → 31/12 of the later year;
 * "tháng 9, 10/2014", "tháng 6/2025 và 7/2025", "trong tháng 10, tháng 11 năm
 * 2026" → the later month's end; "Quý III, IV/2025", "quý I và quý II năm 2026"
 * → the later quarter's end. A range after "giai đoạn", "nhiệm kỳ" or a
 * horizon word is a programme's period, not a deadline.
 */
const YEARS_RE = scanner(
  String.raw`${WB}${PERIOD_PREFIX}?năm${S}(?<y1>\d{4})\s*-\s*(?:năm${S})?(?<y2>\d{4})(?!\d)`,
);
const LIST = String.raw`(?:\s*,\s*|${S}và${S}|\s*-\s*)`;
const MONTHS_RE = scanner(
  String.raw`${WB}${PERIOD_PREFIX}?tháng${S}(?<m1>\d{1,2})(?:\s*[/.-]\s*(?<y1>\d{4}))?${LIST}(?:tháng${S})?(?<m2>\d{1,2})(?:\s*[/.-]\s*(?<ys>\d{4})|${S}năm${S}(?<yl>\d{4}))(?!\d|\s*[/.-]\s*\d)`,
);
const QUARTERS_RE = scanner(
  String.raw`${WB}${PERIOD_PREFIX}?quý${S}(?<q1>${QUARTER_NUMERAL})(?:\s*[/.-]\s*(?<y1>\d{4}))?${LIST}(?:quý${S})?(?<q2>${QUARTER_NUMERAL})(?:\s*[/.-]\s*(?<ys>\d{4})|${S}năm${S}(?<yl>\d{4}))(?!\d)`,
);

// What may come before the period word in a match (candidate.ts: ScanLead).
const YEARS_LEAD = scanLead(YEARS_RE, "năm", PERIOD_PREFIX_WORDS);
const MONTHS_LEAD = scanLead(MONTHS_RE, "tháng", PERIOD_PREFIX_WORDS);
const QUARTERS_LEAD = scanLead(QUARTERS_RE, "quý", PERIOD_PREFIX_WORDS);

const PROGRAMME = /(?:giai đoạn|nhiệm kỳ|thời kỳ|kế hoạch)\s+$/u;

function listValue(
  iso: IsoDate | null | undefined,
  precision: "month" | "quarter" | "year",
  bare: boolean,
  yearInferred = false,
) {
  if (!iso) return null;
  const value = dateValue({ iso, yearInferred }, precision, "inclusive", "multiple_deadlines");
  return { bare, value: { ...value, flags: flagList(...value.flags) } };
}

const scanYearRanges: FormScanner = (input) =>
  scanMatches(
    YEARS_RE,
    input,
    (m) => {
      const before = input.folded.slice(Math.max(0, m.index - 20), m.index);
      if (PROGRAMME.test(before) || isHorizon(input.folded, m.index)) return null;
      const y1 = Number(m.groups?.["y1"]);
      const y2 = Number(m.groups?.["y2"]);
      if (!(y2 > y1 && y2 - y1 < 10)) return null;
      return listValue(isoFromParts(y2, 12, 31), "year", prefixMeaning(m.groups?.["pre"]).bare);
    },
    YEARS_LEAD,
  );

const scanMonthLists: FormScanner = (input) =>
  scanMatches(
    MONTHS_RE,
    input,
    (m) => {
      const g = m.groups ?? {};
      const m1 = Number(g["m1"]);
      const m2 = Number(g["m2"]);
      const year = g["ys"] ?? g["yl"];
      if (!(m1 >= 1 && m1 <= 12 && m2 >= 1 && m2 <= 12)) return null;
      if (g["y1"] === undefined && m2 <= m1) return null;
      const end = inYear(year, input.documentDate, monthEndAt(m2));
      return listValue(end?.iso, "month", prefixMeaning(g["pre"]).bare);
    },
    MONTHS_LEAD,
  );

const scanQuarterLists: FormScanner = (input) =>
  scanMatches(
    QUARTERS_RE,
    input,
    (m) => {
      const g = m.groups ?? {};
      const q1 = quarterValue(g["q1"] ?? "");
      const q2 = quarterValue(g["q2"] ?? "");
      if (q1 === null || q2 === null) return null;
      if (g["y1"] === undefined && q2 <= q1) return null;
      const end = inYear(g["ys"] ?? g["yl"], input.documentDate, quarterEndAt(q2));
      return listValue(end?.iso, "quarter", prefixMeaning(g["pre"]).bare);
    },
    QUARTERS_LEAD,
  );

// Each list needs its period word ("năm", "tháng", "quý"): skip it without.
export const scanSpanForms: FormScanner = (input) => [
  ...(input.folded.includes("năm") ? scanYearRanges(input) : []),
  ...(input.folded.includes("tháng") ? scanMonthLists(input) : []),
  ...(input.folded.includes("quý") ? scanQuarterLists(input) : []),
];

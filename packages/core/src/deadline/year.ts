import { isoFromParts, type IsoDate } from "../dates/civil-date.js";
import {
  dateValue,
  scanLead,
  scanMatches,
  type Candidate,
  type FormScanner,
  type ScanInput,
} from "./candidate.js";
import { inYear, yearOf } from "./date-parts.js";
import { isHorizon, isTargetYear } from "./context.js";
import { PERIOD_PREFIX, PERIOD_PREFIX_WORDS, S, WB, prefixMeaning, scanner } from "./lexicon.js";

/**
 * Half-year and year forms. "trong năm 2025", "hoàn thành trong năm 2025" →
 * 31/12; "trong 6 tháng đầu năm" / "6 tháng cuối năm" (also "nửa đầu năm") →
 * 30/6 / 31/12; "đầu/giữa/cuối năm" → 1/1, 30/6, 31/12 (Civil Code 2015
 * art. 148); "trước năm 2026" → 31/12/2025. "năm nay" is the document's year.
 * "trong năm 2025" after "mục tiêu, chỉ tiêu" in the same clause is a target year;
 * "tầm nhìn đến năm 2045" is a horizon.
 */
const YEAR_WORD = String.raw`năm(?!${S}học)(?:${S}(?<y>\d{4})(?!\d|\s*-\s*\d)|${S}(?<nay>nay))`;
const YEAR_RE = scanner(String.raw`${WB}${PERIOD_PREFIX}?${YEAR_WORD}`);
const HALF_RE = scanner(
  String.raw`${WB}${PERIOD_PREFIX}?(?:(?:6|sáu)${S}tháng|nửa)${S}(?<h>đầu|cuối)${S}năm(?!${S}học)(?:${S}(?<y>\d{4})(?!\d)|${S}(?<nay>nay))?`,
);
const PART_RE = scanner(
  String.raw`${WB}${PERIOD_PREFIX}?(?<part>đầu|giữa|cuối)${S}năm(?!${S}học)(?:${S}(?<y>\d{4})(?!\d)|${S}(?<nay>nay))?`,
);

// What may come before "năm" in a match: a scan starts at the first "năm" (candidate.ts).
const YEAR_LEAD = scanLead(YEAR_RE, "năm", PERIOD_PREFIX_WORDS);
const HALF_LEAD = scanLead(HALF_RE, "năm", `${PERIOD_PREFIX_WORDS} 6 sáu tháng nửa đầu cuối`);
const PART_LEAD = scanLead(PART_RE, "năm", `${PERIOD_PREFIX_WORDS} đầu giữa cuối`);

const TARGET_AFTER = /^\s*(?:,\s*)?(?:đạt|có|bằng|chiếm|tăng|giảm|trên|dưới)(?![\p{L}\p{M}])/u;

type AtYear = (year: number) => IsoDate | null;

function place(
  groups: Record<string, string | undefined> | undefined,
  input: ScanInput,
  at: AtYear,
) {
  const written =
    groups?.["nay"] !== undefined ? String(yearOf(input.documentDate)) : groups?.["y"];
  return inYear(written, input.documentDate, at);
}

function isPlainTarget(pre: string | undefined, input: ScanInput, start: number): boolean {
  return pre !== undefined && /^(?:trong|vào)\s+$/u.test(pre) && isTargetYear(input.folded, start);
}

const scanYears: FormScanner = (input) =>
  scanMatches(
    YEAR_RE,
    input,
    (m) => {
      const pre = m.groups?.["pre"];
      const { bare, before } = prefixMeaning(pre);
      if (isPlainTarget(pre, input, m.index) || isHorizon(input.folded, m.index)) return null;
      // "đến năm 2030 đạt 400 triệu USD" is a target figure's horizon; "đến năm 2030
      // hoàn thành", "chậm nhất vào năm 2030" are deadlines.
      const after = input.folded.slice(m.index + m[0].length, m.index + m[0].length + 12);
      if (pre !== undefined && /^đến\s+$/u.test(pre) && TARGET_AFTER.test(after)) return null;
      const date = place(m.groups, input, (y) => isoFromParts(before ? y - 1 : y, 12, 31));
      if (!date) return null;
      return {
        bare,
        value: dateValue(date, "year", "inclusive"),
      };
    },
    YEAR_LEAD,
  );

const scanHalves: FormScanner = (input) =>
  scanMatches(
    HALF_RE,
    input,
    (m) => {
      const pre = m.groups?.["pre"];
      const { bare, before } = prefixMeaning(pre);
      if (before || isPlainTarget(pre, input, m.index)) return null;
      const first = m.groups?.["h"] === "đầu";
      const date = place(m.groups, input, (y) => isoFromParts(y, first ? 6 : 12, first ? 30 : 31));
      if (!date) return null;
      return {
        bare,
        value: dateValue(date, "half_year", "inclusive"),
      };
    },
    HALF_LEAD,
  );

const PART_DAY: Readonly<Record<string, readonly [number, number]>> = {
  đầu: [1, 1],
  giữa: [6, 30],
  cuối: [12, 31],
};

const scanPartsOfYear: FormScanner = (input) =>
  scanMatches(
    PART_RE,
    input,
    (m) => {
      const { bare, before } = prefixMeaning(m.groups?.["pre"]);
      const day = PART_DAY[m.groups?.["part"] ?? ""];
      if (!day) return null;
      const date = place(m.groups, input, (y) => isoFromParts(y, day[0], day[1]));
      if (!date) return null;
      return {
        bare,
        value: dateValue(date, "day", before ? "before" : "inclusive"),
      };
    },
    PART_LEAD,
  );

/** HALF_RE needs "đầu" or "cuối", PART_RE one of "đầu/giữa/cuối": skip them without. */
const PART_WORD = /đầu|giữa|cuối/u;

export const scanYearForms: FormScanner = (input): Candidate[] =>
  PART_WORD.test(input.folded)
    ? [...scanYears(input), ...scanHalves(input), ...scanPartsOfYear(input)]
    : scanYears(input);

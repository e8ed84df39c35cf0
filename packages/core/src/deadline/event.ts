import { compareIso, type IsoDate } from "../dates/civil-date.js";
import { flagList, scanMatches, type FormScanner, type ScanInput } from "./candidate.js";
import { inYear, monthEndAt, yearOf } from "./date-parts.js";
import { eventTableDate, sexagenaryYear } from "./events.js";
import { S, WB, optYearPattern, ordinalValue, scanner, yearGroup } from "./lexicon.js";
import { tetDate } from "./tet.js";

/**
 * Event-anchored deadlines: "tại Hội nghị Trung ương 14 vào tháng 11-2025" (the
 * named month's end), "trước Đại hội XIV" (the event table's date, bound before),
 * "trước Tết Nguyên đán" (Tết of the first lunar year starting on or after the
 * document's date; "Tết Nguyên đán Bính Ngọ"/"2026" name the year). An event the
 * table does not date keeps its name and is flagged event_date_unknown.
 * Short Roman numerals that are also words must be capitals in the source, so
 * that "đại hội vi phạm" is not Congress VI; "đại hội xiv" is accepted.
 */
const NUM = String.raw`(?:\d{1,2}|[xvi]+)(?![\p{L}\p{M}\p{N}])`;
const PLENUM = String.raw`(?<plenum>hội${S}nghị${S}(?:lần${S}thứ${S}(?<pn1>${NUM})${S})?(?:ban${S}chấp${S}hành${S})?trung${S}ương(?:${S}đảng)?(?:${S}(?:lần${S}thứ${S})?(?<pn2>${NUM}))?(?:${S}\(?\s*khóa${S}[xvi]+(?![\p{L}\p{M}\p{N}])(?:\s*\))?)?)`;
const CONGRESS = String.raw`(?<congress>đại${S}hội(?:${S}(?:đại${S}biểu|toàn${S}quốc|lần${S}thứ|của|đảng|cộng${S}sản${S}việt${S}nam))*${S}(?<cn>${NUM})(?:${S}(?:của${S})?đảng(?:${S}cộng${S}sản${S}việt${S}nam)?(?![\p{L}\p{M}]))?)`;
const TET = String.raw`(?<tet>tết(?!${S}(?:dương|trung|độc|thiếu|hàn|đoan|thanh|nguyên${S}tiêu))(?:${S}nguyên${S}đán)?(?:${S}(?<can>giáp|ất|bính|đinh|mậu|kỷ|canh|tân|nhâm|quý)${S}(?<chi>tý|sửu|dần|mão|mẹo|thìn|tỵ|tị|ngọ|mùi|thân|dậu|tuất|hợi))?(?:${S}(?:năm${S})?(?<ty>\d{4}))?(?![\p{L}\p{M}\p{N}]))`;
const MONTH_AFTER = String.raw`(?:\s*,?\s*(?:(?:vào|trong|dự${S}kiến(?:${S}vào)?)${S}|\(\s*)tháng${S}(?<em>\d{1,2})${optYearPattern("e")}(?:\s*\))?)?`;
const RE = scanner(
  String.raw`${WB}(?:(?<pre>(?:chậm${S}nhất${S})?trước|tại|vào(?:${S}dịp)?|trong|nhân${S}dịp|dịp)${S})?(?<ev>${PLENUM}|${CONGRESS}|${TET})${MONTH_AFTER}`,
  "d",
);

/** Short Roman numerals that are also words or letters ("vi", "x"): capitals only. */
const AMBIGUOUS_ROMAN: ReadonlySet<string> = new Set(["i", "v", "x", "vi", "xi", "ii"]);

/** Arabic, or Roman (in capitals when it could be a word). */
function numeralAt(m: RegExpExecArray, name: string, input: ScanInput): number | null | undefined {
  const token = m.groups?.[name];
  const at = m.indices?.groups?.[name];
  if (token === undefined || at === undefined) return undefined;
  if (/^\d+$/.test(token)) return ordinalValue(token);
  const written = input.original.slice(at[0], at[1]);
  const wordLike = AMBIGUOUS_ROMAN.has(token);
  return !wordLike || written === written.toUpperCase() ? ordinalValue(token) : null;
}

function tetYear(m: RegExpExecArray, input: ScanInput): { year: number; inferred: boolean } | null {
  const g = m.groups ?? {};
  const docYear = yearOf(input.documentDate);
  if (g["ty"] !== undefined) return { year: Number(g["ty"]), inferred: false };
  if (g["can"] !== undefined && g["chi"] !== undefined) {
    const y = sexagenaryYear(g["can"], g["chi"], docYear - 1);
    return y === null ? null : { year: y, inferred: false };
  }
  const thisYear = tetDate(docYear);
  // Tết falls in late January or February: after February it is always next year's.
  const passed =
    thisYear !== undefined
      ? compareIso(thisYear, input.documentDate) < 0
      : Number(input.documentDate.slice(5, 7)) > 2;
  return { year: passed ? docYear + 1 : docYear, inferred: true };
}

export const scanEventForms: FormScanner = (input) =>
  scanMatches(RE, input, (m) => {
    const g = m.groups ?? {};
    const evAt = m.indices?.groups?.["ev"];
    if (evAt === undefined) return null;
    let date: IsoDate | undefined;
    let inferred = false;
    if (g["plenum"] !== undefined) {
      const n = numeralAt(m, "pn1", input) ?? numeralAt(m, "pn2", input);
      if (n === null || n === undefined) return null;
      date = eventTableDate(`plenum-${n}`);
    } else if (g["congress"] !== undefined) {
      const n = numeralAt(m, "cn", input);
      if (n === null || n === undefined) return null;
      date = eventTableDate(`congress-${n}`);
    } else {
      const y = tetYear(m, input);
      if (y === null) return null;
      date = tetDate(y.year);
      inferred = y.inferred;
    }
    if (g["em"] !== undefined) {
      const month = Number(g["em"]);
      const end = inYear(yearGroup(g, "e"), input.documentDate, monthEndAt(month));
      if (!end) return null;
      date = end.iso;
      inferred = end.yearInferred;
    }
    const pre = g["pre"];
    return {
      bare: pre === undefined,
      value: {
        kind: "event",
        event: input.original.slice(evAt[0], evAt[1]).replace(/\s+/gu, " "),
        ...(date !== undefined ? { date } : {}),
        bound: pre !== undefined && /trước/u.test(pre) ? "before" : "inclusive",
        flags: flagList(
          inferred && date !== undefined && "year_inferred",
          date === undefined && "event_date_unknown",
        ),
      },
    };
  });

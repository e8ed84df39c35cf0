import { compareIso, isoFromParts, type IsoDate } from "../dates/civil-date.js";
import {
  flagList,
  scanLead,
  scanMatches,
  scanStart,
  type FormScanner,
  type ScanInput,
} from "./candidate.js";
import { inYear, lastDayOfMonth, monthEndAt, yearOf } from "./date-parts.js";
import { eventTableDate, sexagenaryYear } from "./events.js";
import { S, WB, ordinalValue, scanner } from "./lexicon.js";
import { tetDate } from "./tet.js";

/**
 * Event-anchored deadlines: a named event after a deadline word ("tại", "trước",
 * "vào", "trong", "ngay trong", "ngay sau", "kịp", "dịp", "đến khi").
 * - Party congress: "Đại hội XIV", "Đại hội đại biểu toàn quốc lần thứ XIV của
 *   Đảng", "Đại hội Đảng lần thứ 14", "khai mạc Đại hội XIV", "thời điểm Đại hội XIV".
 * - Central Committee plenum: "Hội nghị Trung ương 14", "Hội nghị lần thứ 11 Ban
 *   Chấp hành Trung ương", "Hội nghị Trung ương lần thứ hai".
 * - Sessions: "Kỳ họp thứ 10 (của) Quốc hội khóa XV", "kỳ họp bất thường lần thứ 9",
 *   "Kỳ họp thường lệ cuối năm 2025", "kỳ họp tháng 10/2025", "Phiên họp thứ 42",
 *   "kỳ họp gần nhất", a council's (HĐND) session.
 * - Tết Nguyên đán (of the first lunar year starting on or after the document's
 *   date; "Bính Ngọ"/"2026" name the year), ngày bầu cử, Quốc khánh, a Lễ, "mùa mưa lũ".
 * The date the words give — a written date, or a named month or year after the
 * event ("(tháng 02/2025)", "- tháng 10/2025", "(cuối năm 2025)", "(đầu tháng 2
 * năm 2025)" → the 1st, Civil Code 2015 art. 148) — is `date`. The event table's
 * or the lunar calendar's date is `eventDate`, kept apart: resolving uses it only
 * when asked, and "trước Tết"/"trước Đại hội" then ends the day before the event.
 * Not deadlines: a document named after an event ("kết luận Hội nghị Trung ương
 * 13"), a subject line ("V/v … gửi trước Kỳ họp thứ 10"), holiday schedules
 * ("ngày nghỉ Tết", "01 ngày trước Tết"), a past act ("tại kỳ họp thứ 8, Quốc hội … đã thông qua").
 * Short Roman numerals that are also words must be capitals in the source, so
 * that "đại hội vi phạm" is not Congress VI; "đại hội xiv" is accepted.
 */
const NUM = String.raw`(?:\d{1,2}|[xvi]+|nhất|hai|ba|tư|năm|sáu|bảy|tám|chín|mười)(?![\p{L}\p{M}\p{N}])`;
const TERM = String.raw`(?:\s*(?:,\s*)?(?:\(\s*)?(?:của${S})?(?:quốc${S}hội|hđnd|hội${S}đồng${S}nhân${S}dân|ban${S}chấp${S}hành${S}trung${S}ương(?:${S}đảng)?)?(?:${S}(?:tỉnh|thành${S}phố)(?:${S}[\p{L}\p{M}]+){0,2})?${S}khóa${S}[xvi]+(?![\p{L}\p{M}\p{N}])(?:\s*\))?)`;
const PLENUM = String.raw`(?<plenum>hội${S}nghị${S}(?:lần${S}thứ${S}(?<pn1>${NUM})${S})?(?:ban${S}chấp${S}hành${S})?trung${S}ương(?:${S}đảng)?(?:${S}(?:lần${S}thứ${S})?(?<pn2>${NUM}))?${TERM}?|hội${S}nghị${S}lần${S}thứ${S}(?<pn3>${NUM}))`;
const CONGRESS = String.raw`(?<congress>đại${S}hội(?:${S}(?:đại${S}biểu|toàn${S}quốc|lần${S}thứ|của|đảng|cộng${S}sản${S}việt${S}nam))*${S}(?<cn>${NUM})(?:${S}(?:của${S})?đảng(?:${S}cộng${S}sản${S}việt${S}nam)?(?![\p{L}\p{M}]))?)`;
const TET = String.raw`(?<tet>tết(?!${S}(?:dương|trung|độc|thiếu|hàn|đoan|thanh|nguyên${S}tiêu))(?:${S}nguyên${S}đán)?(?:${S}(?<can>giáp|ất|bính|đinh|mậu|kỷ|canh|tân|nhâm|quý)${S}(?<chi>tý|sửu|dần|mão|mẹo|thìn|tỵ|tị|ngọ|mùi|thân|dậu|tuất|hợi))?(?:${S}(?:năm${S})?(?<ty>\d{4}))?(?![\p{L}\p{M}\p{N}]))`;
const SESSION = String.raw`(?<session>(?:kỳ|phiên)${S}họp(?:${S}(?:quốc${S}hội|chính${S}phủ|chuyên${S}đề(?:${S}(?:xây${S}dựng${S}pháp${S}luật|về${S}[\p{L}\p{M}]+))?|bất${S}thường|thường${S}lệ|lần))*(?:${S}thứ${S}(?<sn>${NUM}))?${TERM}?(?:${S}(?:của${S})?(?:quốc${S}hội|hđnd|hội${S}đồng${S}nhân${S}dân)(?:${S}(?:tỉnh|thành${S}phố)(?:${S}[\p{L}\p{M}]+){0,2})?${TERM}?)?(?:${S}gần${S}nhất)?)`;
const OTHER = String.raw`(?<other>ngày${S}bầu${S}cử|(?:ngày${S})?quốc${S}khánh|lễ${S}[\p{L}\p{M}]+(?:${S}[\p{L}\p{M}]+)?(?:\s*,\s*[\p{L}\p{M}]+(?:${S}[\p{L}\p{M}]+)?)?|mùa${S}mưa(?:${S}lũ|${S}bão)?|ngày${S}nhà${S}giáo${S}việt${S}nam)`;

/** A date, month or year written right after the event, maybe in brackets. */
const DAY_AFTER = String.raw`(?<d>\d{1,2})\s*[/.-]\s*(?<m>\d{1,2})(?:\s*[/.-]\s*(?<y>\d{4}))?(?!\s*[/.-]?\d)`;
const PERIOD_AFTER = String.raw`(?:(?<part>đầu|giữa|cuối)${S})?(?:tháng${S}(?<em>\d{1,2})(?:\s*[/.-]\s*(?<ey>\d{4})|${S}năm${S}(?<ey2>\d{4}))?(?!\s*[/.-]?\d)|năm${S}(?<yy>\d{4})(?![\d-]))`;
const WHEN = String.raw`(?:(?:\s*[,(-]\s*|${S})(?:(?:đợt${S}\d+${S})?(?:(?:tổ${S}chức|diễn${S}ra|khai${S}mạc|dự${S}kiến)${S})?(?:vào|trong|ngày|kỳ${S}họp)?\s*)?(?:${DAY_AFTER}|${PERIOD_AFTER})(?:\s*\))?)?`;

const PRE = String.raw`(?<pre>(?:chậm${S}nhất${S})?trước(?:${S}(?:ngày${S}diễn${S}ra|khi${S}(?:tổ${S}chức|diễn${S}ra|khai${S}mạc)|thời${S}điểm(?:${S}khai${S}mạc)?|khai${S}mạc))?|tại|vào(?:${S}dịp)?|ngay${S}(?:trong|sau)|trong(?:${S}dịp)?|nhân${S}dịp|dịp|kịp|đến${S}khi(?:${S}tổ${S}chức(?:${S}thành${S}công)?)?|sau|thời${S}điểm(?:${S}khai${S}mạc)?|khai${S}mạc)`;
// `lead` (the words before the event) places `ev` in the match: group offsets
// ("d" flag) cost more than the match itself, so they are asked for only where
// a numeral's capitals must be read (RE_AT, sticky, at the same start).
const RE = scanner(
  String.raw`${WB}(?<lead>${PRE}(?:${S}(?:và|,)${S}(?:trong|sau)(?:${S}và${S}sau)?)?${S}(?:(?:thời${S}điểm${S})?khai${S}mạc${S}|kỷ${S}niệm${S})?)?(?<ev>${PLENUM}|${CONGRESS}|${TET}|${SESSION}|${OTHER})${WHEN}`,
);
const RE_AT = new RegExp(RE.source, "yud");

/** Offsets of the match's groups: RE_AT at the match's start gives the same match. */
function groupIndices(m: RegExpExecArray, input: ScanInput) {
  RE_AT.lastIndex = m.index;
  return RE_AT.exec(input.folded)?.indices?.groups;
}

/** Short Roman numerals that are also words or letters ("vi", "x"): capitals only. */
const AMBIGUOUS_ROMAN: ReadonlySet<string> = new Set(["i", "v", "x", "vi", "xi", "ii"]);
const ORDINAL_WORDS: Readonly<Record<string, number>> = {
  nhất: 1,
  hai: 2,
  ba: 3,
  tư: 4,
  năm: 5,
  sáu: 6,
  bảy: 7,
  tám: 8,
  chín: 9,
  mười: 10,
};

/** Arabic, a number word, or Roman (in capitals when it could be a word). */
function numeralAt(m: RegExpExecArray, name: string, input: ScanInput): number | null | undefined {
  const token = m.groups?.[name];
  if (token === undefined) return undefined;
  if (/^\d+$/.test(token)) return ordinalValue(token);
  const word = ORDINAL_WORDS[token];
  if (word !== undefined) return word;
  if (!AMBIGUOUS_ROMAN.has(token)) return ordinalValue(token);
  const at = groupIndices(m, input)?.[name];
  if (at === undefined) return undefined;
  const written = input.original.slice(at[0], at[1]);
  return written === written.toUpperCase() ? ordinalValue(token) : null;
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

/** Words before the event that make it a document's name, a subject line or a day off. */
const NOT_A_DEADLINE_BEFORE =
  /\d+\s+ngày\s+$|(?:kết luận|nghị quyết|v\/v|cử tri|ngày nghỉ|nghỉ|hướng dẫn tổ chức|ngày trước|ngày sau)\s+(?:[\p{L}\p{M}\d]+\s+){0,4}$/u;
/** "… đã thông qua", "thông qua ngày …": the event already happened. */
const PAST_AFTER = /^[^;.]{0,40}?(?:đã|thông qua ngày)\s/u;

/** The date the words after the event name, and whether its year was inferred. */
function writtenWhen(
  g: Record<string, string | undefined>,
  input: ScanInput,
): { iso: IsoDate; inferred: boolean } | null | undefined {
  if (g["d"] !== undefined) {
    const day = Number(g["d"]);
    const month = Number(g["m"]);
    const d = inYear(g["y"], input.documentDate, (y) => isoFromParts(y, month, day));
    return d === null ? null : { iso: d.iso, inferred: d.yearInferred };
  }
  const part = g["part"];
  if (g["em"] !== undefined) {
    const month = Number(g["em"]);
    if (!(month >= 1 && month <= 12)) return null;
    const at =
      part === "đầu"
        ? (y: number) => isoFromParts(y, month, 1)
        : part === "giữa"
          ? (y: number) => isoFromParts(y, month, 15)
          : part === "cuối"
            ? (y: number) => isoFromParts(y, month, lastDayOfMonth(y, month))
            : monthEndAt(month);
    const d = inYear(g["ey"] ?? g["ey2"], input.documentDate, at);
    return d === null ? null : { iso: d.iso, inferred: d.yearInferred };
  }
  if (g["yy"] !== undefined) {
    const y = Number(g["yy"]);
    const iso =
      part === "đầu"
        ? isoFromParts(y, 1, 1)
        : isoFromParts(y, part === "giữa" ? 6 : 12, part === "giữa" ? 30 : 31);
    return iso === null ? null : { iso, inferred: false };
  }
  return undefined;
}

/**
 * A word each event name (`ev`) cannot do without: "hội nghị", "đại hội", "tết",
 * "họp", "bầu cử", "khánh", "lễ", "mùa mưa", "nhà giáo". "Quốc hội" or "xã hội"
 * alone names no event, so a text without any of them skips the scan.
 */
const EVENT_WORD = /hội\s+nghị|đại\s+hội|tết|họp|bầu\s+cử|khánh|lễ|mùa\s+mưa|nhà\s+giáo/u;

/**
 * Before the first event word of a match come only the deadline words (PRE and
 * what follows it) and the words an event name starts with before its event
 * word ("kỳ/phiên họp", "ngày bầu cử", "ngày quốc khánh", "ngày nhà giáo"): a
 * scan starts there, and not at all without an event word (candidate.ts).
 */
const LEAD = scanLead(
  RE,
  EVENT_WORD,
  "chậm nhất trước ngày diễn ra khi tổ chức khai mạc thời điểm tại vào dịp ngay trong sau nhân kịp đến thành công và , kỷ niệm kỳ phiên quốc",
);

/**
 * The words the event family has always been triggered by (find.ts did): they
 * differ from EVENT_WORD only in "nhà giáo" with exactly one space. Tested after
 * EVENT_WORD, which most texts lack.
 */
const FAMILY_WORD = /hội|tết|họp|bầu|khánh|lễ|mùa|nhà giáo/u;

export const scanEventForms: FormScanner = (input) => {
  const from = scanStart(input.folded, LEAD);
  if (from < 0 || !FAMILY_WORD.test(input.folded)) return [];
  return scanMatches(
    RE,
    input,
    (m) => {
      const g = m.groups ?? {};
      const ev = g["ev"];
      if (ev === undefined) return null;
      const evStart = m.index + (g["lead"]?.length ?? 0);
      const evAt = [evStart, evStart + ev.length] as const;
      const pre = g["pre"];
      const end = m.index + m[0].length;
      if (NOT_A_DEADLINE_BEFORE.test(input.folded.slice(Math.max(0, m.index - 50), m.index)))
        return null;
      if (PAST_AFTER.test(input.folded.slice(end, end + 60))) return null;
      let eventDate: IsoDate | undefined;
      let inferred = false;
      if (g["plenum"] !== undefined) {
        const n =
          numeralAt(m, "pn1", input) ?? numeralAt(m, "pn2", input) ?? numeralAt(m, "pn3", input);
        if (n === null || n === undefined) return null;
        eventDate = eventTableDate(`plenum-${n}`);
      } else if (g["congress"] !== undefined) {
        const n = numeralAt(m, "cn", input);
        if (n === null || n === undefined) return null;
        eventDate = eventTableDate(`congress-${n}`);
      } else if (g["tet"] !== undefined) {
        const y = tetYear(m, input);
        if (y === null) return null;
        eventDate = tetDate(y.year);
        inferred = y.inferred;
      } else if (g["session"] !== undefined) {
        // "kỳ họp" alone, with neither number, nor council, nor month, names nothing.
        if (
          !/thứ|quốc hội|hđnd|hội đồng|thường lệ|bất thường|gần nhất|chuyên đề|khóa/u.test(
            g["session"] ?? "",
          ) &&
          g["em"] === undefined &&
          g["yy"] === undefined
        )
          return null;
        if (g["sn"] !== undefined && numeralAt(m, "sn", input) === null) return null;
      }
      const when = writtenWhen(g, input);
      if (when === null) return null;
      // A bare event name with no date and no deadline word is only a name.
      if (pre === undefined && when === undefined) return null;
      return {
        bare: false,
        value: {
          kind: "event",
          event: input.original.slice(evAt[0], evAt[1]).replace(/\s+/gu, " "),
          ...(when !== undefined ? { date: when.iso } : {}),
          ...(eventDate !== undefined && when === undefined ? { eventDate } : {}),
          bound: pre !== undefined && /^(?:chậm nhất\s+)?trước/u.test(pre) ? "before" : "inclusive",
          flags: flagList(
            (when?.inferred ?? (inferred && eventDate !== undefined)) && "year_inferred",
            when === undefined && eventDate === undefined && "event_date_unknown",
          ),
        },
      };
    },
    from,
  );
};

import type { DeadlineBound, Recurrence, Weekday } from "../model/deadline.js";
import {
  flagList,
  scanLead,
  scanStart,
  type Candidate,
  type FormScanner,
  type ScanInput,
  type ScanLead,
} from "./candidate.js";
import { S, WB, scanner } from "./lexicon.js";

/**
 * Recurring deadlines. A schedule is written as a cycle word and, often, the day
 * of each cycle, in either order and sometimes apart:
 * - cycle words: "hằng/hàng/mỗi ngày|tuần|tháng|quý|năm", "định kỳ", "thường kỳ",
 *   "6 tháng một lần", "06 tháng/lần", "định kỳ 6 tháng", and for a yearless date
 *   "của năm trước", "năm sau", "của năm liền kề" (a budget-year cycle);
 * - days: "ngày 25 hằng tháng", "ngày 22 của tháng báo cáo", "ngày 01 của tháng
 *   tiếp theo sau tháng kỳ báo cáo" (monthly); "ngày 10 (của) tháng cuối (cùng)
 *   (của mỗi) quý", "ngày 10 của tháng đầu quý", "ngày 03 của tháng tiếp theo
 *   sau tháng cuối cùng của kỳ báo cáo" (quarterly); a yearless "10/12",
 *   "ngày 15 tháng 12" (yearly: several of them are several days a year; the same
 *   day six months apart is half-yearly); "thứ Hai", "thứ 4" (weekly); "tháng 11"
 *   (yearly, the month's end).
 * The bound is "before" when the day is written after "trước". A cycle word with
 * no day falls on the period's end (weekly: Sunday). Several unrelated days a
 * year keep the first as `recurrence` and the others in `more`, flagged
 * multiple_deadlines. "hằng tháng" describing a noun ("trợ cấp hằng tháng",
 * "kế hoạch hằng năm", "tiền thuê đất hàng năm") is not a schedule.
 */
const EVERY = String.raw`(?:hằng|hàng|mỗi)`;
const NUM = String.raw`(?<n>\d{1,2})(?:\s*\([\p{L}\p{M}\s]+\))?`;
const PRE = String.raw`(?<pre>(?:chậm${S}nhất${S}(?:là${S})?(?:(?:vào|trước|đến)${S})?|trước${S}|vào${S}|trong${S}|không${S}muộn${S}hơn${S}|đến${S}))?`;
const CLOCK = String.raw`(?:\d{1,2}\s*(?:giờ|h|:)\s*(?:\d{2}(?:\s*phút)?)?${S})?`;

const CUE_RE = scanner(
  String.raw`${WB}(?:${EVERY}${S}(?<unit>ngày|tuần|tháng|quý|năm)(?![\p{L}\p{M}])|(?<half>(?:0?6|sáu)${S}tháng(?:${S}(?:một|1)${S}lần|\s*\/\s*lần)|nửa${S}năm${S}(?:một|1)${S}lần|định${S}kỳ${S}(?:0?6|sáu)${S}tháng(?![\p{L}\p{M}]))|(?<periodic>định${S}kỳ|thường${S}kỳ)(?![\p{L}\p{M}])|(?<yearof>(?:của${S})?năm${S}(?:trước|sau|liền${S}kề))(?![\p{L}\p{M}]))`,
);

/** "ngày N (của) tháng cuối/đầu (của mỗi) quý / kỳ báo cáo". */
const QUARTER_DAY_RE = scanner(
  String.raw`${WB}${PRE}${CLOCK}ngày\s*${NUM}${S}(?:của${S})?tháng${S}(?<which>cuối(?:${S}cùng)?|đầu(?:${S}tiên)?)${S}(?:của${S})?(?:mỗi${S})?(?:quý|kỳ(?:${S}báo${S}cáo)?)(?![\p{L}\p{M}])`,
);
/** "ngày N của tháng tiếp theo sau tháng (cuối cùng của) kỳ báo cáo". */
const NEXT_MONTH_DAY_RE = scanner(
  String.raw`${WB}${PRE}${CLOCK}ngày\s*${NUM}${S}(?:của${S})?tháng${S}(?:tiếp${S}theo|kế${S}tiếp|sau)${S}(?:sau${S})?tháng${S}(?<last>cuối${S}cùng${S}(?:của${S})?)?(?:kỳ${S}báo${S}cáo|báo${S}cáo)(?![\p{L}\p{M}])`,
);
/** "ngày N hằng tháng", "ngày N của tháng (báo cáo|trước đó|đó)". */
const MONTH_DAY_RE = scanner(
  String.raw`${WB}${PRE}${CLOCK}ngày\s*${NUM}${S}(?:(?:của${S})?${EVERY}${S}tháng|của${S}tháng(?:${S}(?:báo${S}cáo|trước${S}đó|đó))?)(?![\p{L}\p{M}])`,
);
/** A yearless day and month: "10/12", "ngày 15 tháng 12" (not followed by a year). */
const YEAR_DAY_RE = scanner(
  String.raw`${WB}${PRE}${CLOCK}(?:ngày\s*)?(?:(?<d>\d{1,2})\s*[/.-]\s*(?<m>\d{1,2})(?!\s*[/.-]\s*\d|\d)|(?<D>\d{1,2})${S}tháng${S}(?<M>\d{1,2})(?!\d|${S}năm${S}\d|\s*[/.-]\s*\d))`,
);
/** "ngày N" alone, for a monthly cycle word elsewhere ("định kỳ hằng tháng, trước ngày 10"). */
const BARE_DAY_RE = scanner(
  String.raw`${WB}${PRE}${CLOCK}ngày\s*${NUM}(?![\d/.-]|\s*[/.-]\s*\d|${S}tháng|${S}(?:làm${S}việc|kể|tính|nghỉ|liên))`,
);
const WEEKDAY_RE = scanner(
  String.raw`${WB}${PRE}${CLOCK}(?:(?:sáng|trưa|chiều|tối)${S})?(?:ngày${S})?(?:thứ${S}(?<wd>hai|ba|tư|năm|sáu|bảy|[2-7])|(?<sun>chủ${S}nhật))(?![\p{L}\p{M}\p{N}])`,
);
const MONTH_RE = scanner(
  String.raw`${WB}${PRE}tháng${S}(?<m>\d{1,2})(?![\d/.-]|\s*[/.-]\s*\d|${S}năm${S}\d)`,
);

const WEEKDAY: Readonly<Record<string, Weekday>> = {
  hai: "mon",
  "2": "mon",
  ba: "tue",
  "3": "tue",
  tư: "wed",
  "4": "wed",
  năm: "thu",
  "5": "thu",
  sáu: "fri",
  "6": "fri",
  bảy: "sat",
  "7": "sat",
};

/** Nouns that "hằng tháng/hàng năm" describes: an allowance, a rent, an award, a plan. */
const NOUN_BEFORE =
  /(?:kế hoạch|ngân sách|dự toán|chỉ tiêu|thu nhập|lương|trợ cấp|phụ cấp|tiền thuê đất|thuê đất|tặng|thưởng|sinh hoạt phí)(?:\s+[\p{L}\p{M}]+){0,2}\s+$/u;

type Cue = "daily" | "weekly" | "monthly" | "quarterly" | "half" | "yearly" | "periodic" | "yearof";

interface Part {
  start: number;
  end: number;
}
interface DaySpec extends Part {
  bound: DeadlineBound;
}

function bound(pre: string | undefined): DeadlineBound {
  return pre !== undefined && /trước/u.test(pre) ? "before" : "inclusive";
}

const UNIT_CUE: Readonly<Record<string, Cue>> = {
  ngày: "daily",
  tuần: "weekly",
  tháng: "monthly",
  quý: "quarterly",
  năm: "yearly",
};

/** Every match of a global regex; with a ScanLead, from where one can start (candidate.ts). */
function all(re: RegExp, text: string, lead?: ScanLead): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  const from = lead === undefined ? 0 : scanStart(text, lead);
  if (from < 0) return out;
  re.lastIndex = from;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (m[0].length === 0) re.lastIndex += 1;
    else out.push(m);
  }
  return out;
}

/** The clauses of a text: cut at ";", line breaks and sentence ends, offsets kept. */
function clauses(folded: string): Part[] {
  const out: Part[] = [];
  let from = 0;
  const re = /;|\n|\.\s(?=\p{Lu}|[\p{Ll}\d(+-])/gu;
  for (let m = re.exec(folded); m !== null; m = re.exec(folded)) {
    out.push({ start: from, end: m.index });
    from = m.index + m[0].length;
  }
  out.push({ start: from, end: folded.length });
  return out;
}

/** The span of both lists of parts (loops, not both spread into Math.min/max). */
function spanOf(a: readonly Part[], b: readonly Part[]): Part {
  let start = Infinity;
  let end = -Infinity;
  for (const parts of [a, b])
    for (const p of parts) {
      if (p.start < start) start = p.start;
      if (p.end > end) end = p.end;
    }
  return { start, end };
}

function readCues(text: string): Array<Part & { cue: Cue }> {
  const out: Array<Part & { cue: Cue }> = [];
  for (const m of all(CUE_RE, text, LEADS.cue)) {
    const g = m.groups ?? {};
    const cue: Cue | undefined =
      g["unit"] !== undefined
        ? UNIT_CUE[g["unit"]]
        : g["half"] !== undefined
          ? "half"
          : g["periodic"] !== undefined
            ? "periodic"
            : "yearof";
    if (cue === undefined) continue;
    if (g["unit"] !== undefined && NOUN_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index)))
      continue;
    out.push({ start: m.index, end: m.index + m[0].length, cue });
  }
  return out;
}

/** Several yearly days: the same day in several months is one rule, others are more rules. */
function yearlyRules(days: ReadonlyArray<{ day: number; month: number; bound: DeadlineBound }>) {
  const rules: Array<Omit<Recurrence, "start">> = [];
  for (const d of days) {
    const same = rules.find((r) => r.byMonthDay === d.day);
    if (same && !same.byMonth?.includes(d.month)) same.byMonth = [...(same.byMonth ?? []), d.month];
    else if (!same)
      rules.push({ freq: "yearly", byMonth: [d.month], byMonthDay: d.day, bound: d.bound });
  }
  return rules.map((r) => {
    const months = r.byMonth ?? [];
    const [a, b] = months;
    // Two reports on the same day six months apart (05/6 and 05/12) are half-yearly.
    if (months.length === 2 && a !== undefined && b !== undefined && Math.abs(a - b) === 6)
      return { ...r, freq: "half_yearly" as const, byMonth: [Math.min(a, b), Math.max(a, b)] };
    return { ...r, byMonth: [...months].sort((x, y) => x - y) };
  });
}

/**
 * What the whole text tells every clause: whether a cycle word (CUE_WORD,
 * with "năm trước/sau/liền kề") or a cycle day (CYCLE_DAY) is anywhere in it, and whether the
 * clause is the whole text (then its CYCLE_DAY test is the text's).
 */
interface TextCues {
  cueWord: boolean;
  cycleDay: boolean;
  whole: boolean;
}

function scanClause(input: ScanInput, clause: Part, known: TextCues): Candidate | null {
  const text = input.folded.slice(clause.start, clause.end);
  // CUE_RE needs a cycle word; a clause has no word the text lacks.
  const cues = known.cueWord ? readCues(text) : [];
  const cycleDay = known.cycleDay && (known.whole || CYCLE_DAY.test(text));
  if (cues.length === 0 && !cycleDay) return null;
  const quarterDays = cycleDay ? all(QUARTER_DAY_RE, text, LEADS.quarterDay) : [];
  const nextMonthDays = cycleDay ? all(NEXT_MONTH_DAY_RE, text, LEADS.nextMonthDay) : [];
  // MONTH_DAY_RE cannot match without the words "ngày" and "tháng".
  const monthDays =
    text.includes("ngày") && text.includes("tháng") ? all(MONTH_DAY_RE, text, LEADS.monthDay) : [];
  if (
    cues.length === 0 &&
    quarterDays.length === 0 &&
    nextMonthDays.length === 0 &&
    monthDays.length === 0
  )
    return null;
  // "Tính từ ngày 15 … đến ngày 14 …" defines the data a report covers, not when it is due.
  if (text.includes("tính") && /tính\s+từ\s+ngày/u.test(text)) return null;
  const has = (c: Cue) => cues.some((k) => k.cue === c);
  const at = (m: RegExpExecArray): DaySpec => ({
    start: m.index,
    end: m.index + m[0].length,
    bound: bound(m.groups?.["pre"]),
  });
  let rule: Omit<Recurrence, "start"> | null = null;
  let more: Array<Omit<Recurrence, "start">> = [];
  let used: Part[] = [];

  const quarter = quarterDays[0];
  const next = nextMonthDays[0];
  const monthly = monthDays[0];
  if (has("weekly")) {
    const w = all(WEEKDAY_RE, text, LEADS.weekday)[0];
    const g = w?.groups ?? {};
    const byWeekday: Weekday = g["sun"] !== undefined ? "sun" : (WEEKDAY[g["wd"] ?? ""] ?? "sun");
    rule = { freq: "weekly", byWeekday, bound: w ? bound(g["pre"]) : "inclusive" };
    used = w ? [at(w)] : [];
  } else if (quarter) {
    const first = /^đầu/u.test(quarter.groups?.["which"] ?? "");
    rule = {
      freq: "quarterly",
      byMonthDay: Number(quarter.groups?.["n"]),
      ...(first ? { byMonth: [1, 4, 7, 10] } : {}),
      bound: at(quarter).bound,
    };
    used = [at(quarter)];
  } else if (next) {
    const after = text.slice(next.index + next[0].length);
    const day = Number(next.groups?.["n"]);
    const spec = at(next);
    used = [spec];
    if (next.groups?.["last"] === undefined || /^\s*(?:đối với\s+)?báo cáo tháng/u.test(after))
      rule = { freq: "monthly", byMonthDay: day, bound: spec.bound };
    else if (/báo cáo năm/u.test(after))
      rule = { freq: "yearly", byMonth: [1], byMonthDay: day, bound: spec.bound };
    else rule = { freq: "quarterly", byMonth: [1, 4, 7, 10], byMonthDay: day, bound: spec.bound };
  } else if (monthly) {
    rule = { freq: "monthly", byMonthDay: Number(monthly.groups?.["n"]), bound: at(monthly).bound };
    used = [at(monthly)];
  } else {
    // YEAR_DAY_RE needs a digit, BARE_DAY_RE "ngày"; the bare day counts only
    // for a monthly cue and no yearly day.
    const yearDays: Array<DaySpec & { day: number; month: number }> = [];
    for (const m of DIGIT.test(text) ? all(YEAR_DAY_RE, text, LEADS.yearDay) : []) {
      const g = m.groups ?? {};
      const day = Number(g["d"] ?? g["D"]);
      const month = Number(g["m"] ?? g["M"]);
      if (day >= 1 && day <= 31 && month >= 1 && month <= 12)
        yearDays.push(Object.assign(at(m), { day, month }));
    }
    const bareDays =
      has("monthly") && yearDays.length === 0 && text.includes("ngày")
        ? all(BARE_DAY_RE, text, LEADS.bareDay)
        : [];
    if (has("monthly") && bareDays[0] && yearDays.length === 0) {
      rule = {
        freq: "monthly",
        byMonthDay: Number(bareDays[0].groups?.["n"]),
        bound: at(bareDays[0]).bound,
      };
      used = [at(bareDays[0])];
    } else if (yearDays.length > 0 && cues.length > 0 && !(has("monthly") || has("quarterly"))) {
      const rules = yearlyRules(yearDays);
      rule = rules[0] ?? null;
      more = rules.slice(1);
      used = yearDays;
    } else if (has("daily")) {
      rule = { freq: "daily", bound: "inclusive" };
    } else if (has("monthly")) {
      rule = { freq: "monthly", bound: "inclusive" };
    } else if (has("quarterly")) {
      rule = { freq: "quarterly", bound: "inclusive" };
    } else if (has("half")) {
      rule = { freq: "half_yearly", bound: "inclusive" };
    } else if (has("yearly")) {
      const month = all(MONTH_RE, text, LEADS.month)[0];
      const m = Number(month?.groups?.["m"]);
      rule =
        month && m >= 1 && m <= 12
          ? { freq: "yearly", byMonth: [m], bound: bound(month.groups?.["pre"]) }
          : { freq: "yearly", bound: "inclusive" };
      used = month && m >= 1 && m <= 12 ? [at(month)] : [];
    }
  }
  // "ngày 32 hằng tháng" names no day: no schedule rather than a guess.
  const validDay = (r: Omit<Recurrence, "start">) =>
    r.byMonthDay === undefined || (r.byMonthDay >= 1 && r.byMonthDay <= 31);
  if (rule === null || !validDay(rule) || !more.every(validDay)) return null;
  const span = spanOf(cues, used);
  const start = input.documentDate;
  const withStart = (r: Omit<Recurrence, "start">): Recurrence =>
    start === undefined ? r : { ...r, start };
  return {
    start: clause.start + span.start,
    end: clause.start + span.end,
    bare: false,
    value: {
      kind: "recurring",
      recurrence: withStart(rule),
      ...(more.length > 0 ? { more: more.map(withStart) } : {}),
      flags: flagList(
        more.length > 0 && "multiple_deadlines",
        start === undefined && "no_reference_date",
      ),
    },
  };
}

/** A day named by its place in the cycle ("tháng cuối quý", "của tháng", "tháng báo cáo"). */
const CYCLE_DAY = /tháng\s+(?:cuối|đầu|tiếp|kế|sau)|của\s+tháng|tháng\s+báo/u;
/**
 * Words without which CUE_RE cannot match: "hằng/hàng/mỗi", "… lần", "định/thường
 * kỳ", or "năm trước/sau/liền kề".
 */
const CUE_WORD = /hằng|hàng|mỗi|lần|kỳ|năm\s+(?:trước|sau|liền)/u;
const DIGIT = /\d/u;

/**
 * Where each clause scan can start (candidate.ts: ScanLead): the words of PRE
 * and CLOCK before a day; before the first cycle word of CUE_RE "06/sáu tháng
 * (một) …", "nửa năm một …", "định/thường …", "của …".
 */
const PRE_WORDS = "chậm nhất là vào trước đến trong không muộn hơn";
const CLOCK_CHARS = "0123456789 giờ h : phút";
const LEADS = {
  cue: scanLead(CUE_RE, CUE_WORD, "06 sáu tháng một 1 / nửa năm định thường của"),
  quarterDay: scanLead(QUARTER_DAY_RE, "ngày", `${PRE_WORDS} ${CLOCK_CHARS}`),
  nextMonthDay: scanLead(NEXT_MONTH_DAY_RE, "ngày", `${PRE_WORDS} ${CLOCK_CHARS}`),
  monthDay: scanLead(MONTH_DAY_RE, "ngày", `${PRE_WORDS} ${CLOCK_CHARS}`),
  bareDay: scanLead(BARE_DAY_RE, "ngày", `${PRE_WORDS} ${CLOCK_CHARS}`),
  yearDay: scanLead(YEAR_DAY_RE, "digit", `${PRE_WORDS} ngày`),
  weekday: scanLead(WEEKDAY_RE, /thứ|chủ/u, `${PRE_WORDS} ${CLOCK_CHARS} sáng trưa chiều tối ngày`),
  month: scanLead(MONTH_RE, "tháng", PRE_WORDS),
};

/**
 * A clause yields a schedule only with a cycle word (CUE_RE) or a cycle day
 * (CYCLE_DAY). Both match in a clause only if they match in the whole text (a
 * clause is cut at ";", a line break or ". ", which no lookaround reads as a
 * letter), so a text with neither skips the per-clause scans, and each is
 * looked for in the clauses only when the text has it.
 */
export const scanRecurringForms: FormScanner = (input) => {
  const cueWord = CUE_WORD.test(input.folded);
  const cycleDay = CYCLE_DAY.test(input.folded);
  if (!cueWord && !cycleDay) return [];
  const parts = clauses(input.folded);
  const known = { cueWord, cycleDay, whole: parts.length === 1 };
  const out: Candidate[] = [];
  for (const clause of parts) {
    const c = scanClause(input, clause, known);
    if (c !== null) out.push(c);
  }
  return out;
};

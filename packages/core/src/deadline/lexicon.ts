/**
 * Regex fragments shared by the form families. Every pattern runs on folded text
 * (see fold.ts): lower case, NFC, "ủy"-style tone placement, "-" for every dash.
 */

/**
 * A letter, combining mark or digit of folded Vietnamese text: ASCII, the Latin-1,
 * Extended-A/B and Extended Additional blocks (every Vietnamese letter) and the
 * combining diacritics. Spelled as ranges rather than \p{L}\p{M}\p{N}: a
 * Unicode-property lookbehind tried at every position is most of a scan's cost.
 */
const WORD_CHAR = String.raw`[0-9A-Za-z\u00aa\u00b5\u00ba\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u0300-\u036f\u1e00-\u1eff]`;
/** Start of a word: no letter, mark or digit just before. */
export const WB = String.raw`(?<!${WORD_CHAR})`;
/** End of a word: no letter, mark or digit just after. */
export const WE = String.raw`(?!${WORD_CHAR})`;
/** One or more spaces between words. */
export const S = String.raw`\s+`;
/** A date separator: "/", "-" or ".", with optional spaces around it. */
export const SEP = String.raw`\s*[\/.\-]\s*`;

/**
 * A day-and-month date with an optional four-digit year: "31/8/2025", "30-10-2025",
 * "15.12", "31 tháng 8 năm 2025". Named groups `d<tag>`, `m<tag>`, `y<tag>` for the
 * short form and `D<tag>`, `M<tag>`, `Y<tag>` for the long one; read them with dateGroups.
 */
export function datePattern(tag: string): string {
  return String.raw`(?:(?<d${tag}>\d{1,2})${SEP}(?<m${tag}>\d{1,2})(?:${SEP}(?<y${tag}>\d{4}))?(?![\d\/]|\.\d)|(?<D${tag}>\d{1,2})${S}tháng${S}(?<M${tag}>\d{1,2})(?:${S}năm${S}(?<Y${tag}>\d{4}))?(?!\d))`;
}

/** Day, month and written year of a datePattern match. */
export function dateGroups(
  groups: Record<string, string | undefined> | undefined,
  tag: string,
): { day: number; month: number; year: string | undefined } | null {
  const g = groups ?? {};
  const day = firstOf(g[`d${tag}`], g[`D${tag}`]);
  const month = firstOf(g[`m${tag}`], g[`M${tag}`]);
  if (day === undefined || month === undefined) return null;
  return { day: Number(day), month: Number(month), year: firstOf(g[`y${tag}`], g[`Y${tag}`]) };
}

/**
 * An optional year after a period word or number: "/2025", "-2026", ".2026",
 * " năm 2025". Named groups `ys<tag>` / `yl<tag>`; read with yearGroup. Never
 * followed by another date part, so "tháng 9/25" and "9/2025/x" do not match.
 */
export function optYearPattern(tag: string): string {
  return String.raw`(?:${SEP}(?<ys${tag}>\d{4})|${S}năm${S}(?<yl${tag}>\d{4}))?(?!\d|${SEP}\d)`;
}

/** The written year of an optYearPattern match. */
export function yearGroup(
  groups: Record<string, string | undefined> | undefined,
  tag: string,
): string | undefined {
  const g = groups ?? {};
  return firstOf(g[`ys${tag}`], g[`yl${tag}`]);
}

/** A quarter numeral, Roman or Arabic, longest first. */
export const QUARTER_NUMERAL = String.raw`(?:iv|iii|ii|i|[1-4])(?![\p{L}\p{M}\p{N}])`;

/** Small number words that directives spell out. */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  một: 1,
  hai: 2,
  ba: 3,
  bốn: 4,
  năm: 5,
  sáu: 6,
  bảy: 7,
  tám: 8,
  chín: 9,
  mười: 10,
};

/** A count written in digits or as a small number word, as named group `n<tag>`. */
export function countPattern(tag: string): string {
  return String.raw`(?<n${tag}>\d{1,3}|${Object.keys(NUMBER_WORDS).join("|")})(?![\p{L}\p{M}\p{N}])`;
}

/** Value of a countPattern capture; null when it is not a positive count. */
export function countValue(token: string): number | null {
  const word = NUMBER_WORDS[token];
  if (word !== undefined) return word;
  const n = Number(token);
  return Number.isInteger(n) && n > 0 ? n : null;
}

const ROMAN: Readonly<Record<string, number>> = { i: 1, ii: 2, iii: 3, iv: 4 };

/** Quarter number from a Roman or Arabic numeral (1–4); null otherwise. */
export function quarterValue(token: string): number | null {
  const roman = ROMAN[token];
  if (roman !== undefined) return roman;
  const n = Number(token);
  return n >= 1 && n <= 4 ? n : null;
}

/** First defined capture among the given ones (alternative spellings of one value). */
export function firstOf(...values: Array<string | undefined>): string | undefined {
  return values.find((v) => v !== undefined);
}

/** Compile a fragment for scanning folded text ("d" adds group indices). */
export function scanner(source: string, extraFlags: "" | "d" = ""): RegExp {
  return new RegExp(source, `gu${extraFlags}`);
}

/** Value of a Roman numeral up to 39 (congress and plenum numbers); null if malformed. */
export function romanValue(token: string): number | null {
  const m = /^(x{0,3})(ix|iv|v?i{0,3})$/.exec(token);
  if (!m || token.length === 0) return null;
  const tens = (m[1] ?? "").length * 10;
  const unitsTable: Readonly<Record<string, number>> = {
    "": 0,
    i: 1,
    ii: 2,
    iii: 3,
    iv: 4,
    v: 5,
    vi: 6,
    vii: 7,
    viii: 8,
    ix: 9,
  };
  const units = unitsTable[m[2] ?? ""];
  return units === undefined ? null : tens + units;
}

/** A number written in Arabic or (upper-case in the source) Roman numerals. */
export function ordinalValue(token: string): number | null {
  if (/^\d+$/.test(token)) {
    const n = Number(token);
    return n > 0 ? n : null;
  }
  return romanValue(token);
}

/**
 * Words that make a month, quarter or year a deadline: "trong", "vào",
 * "chậm nhất (trong)", "đến (hết)", "hết", "trước". Named group `pre`.
 */
export const PERIOD_PREFIX = String.raw`(?<pre>chậm${S}nhất${S}(?:là${S})?(?:(?:trong|vào|đến|trước)${S})?(?:hết${S})?|trong${S}|vào${S}|đến${S}(?:hết${S})?|hết${S}|trước${S})`;

/** The words of PERIOD_PREFIX, for a ScanLead (see candidate.ts). */
export const PERIOD_PREFIX_WORDS = "chậm nhất là trong vào đến hết trước";

/** What a PERIOD_PREFIX capture says: whether there was one, and whether it is "trước". */
export function prefixMeaning(pre: string | undefined): { bare: boolean; before: boolean } {
  if (pre === undefined) return { bare: true, before: false };
  return { bare: false, before: /trước/u.test(pre) };
}

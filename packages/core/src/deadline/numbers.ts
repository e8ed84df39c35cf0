/**
 * Counts written in words, as regulations write them alone ("mười ngày") or
 * after the digits in brackets ("08 (tám)", "24 (hai mươi tư) giờ"). Vietnamese
 * numerals up to 99: units, "mười" + unit (11–19, "mười lăm" = 15), unit +
 * "mươi" (+ unit, where 1 is "mốt", 4 may be "tư" and 5 is "lăm").
 */
const UNITS: Readonly<Record<string, number>> = {
  một: 1,
  mốt: 1,
  hai: 2,
  ba: 3,
  bốn: 4,
  tư: 4,
  năm: 5,
  lăm: 5,
  sáu: 6,
  bảy: 7,
  tám: 8,
  chín: 9,
};

const UNIT_WORD = String.raw`(?:một|hai|ba|bốn|năm|sáu|bảy|tám|chín)`;
const TAIL_WORD = String.raw`(?:mốt|một|hai|ba|bốn|tư|lăm|năm|sáu|bảy|tám|chín)`;

/** A number from 1 to 99 in words, longest reading first (for folded text). */
export const NUMBER_IN_WORDS = String.raw`(?:${UNIT_WORD}\s+mươi(?:\s+${TAIL_WORD})?|mười(?:\s+${TAIL_WORD})?|${UNIT_WORD})(?![\p{L}\p{M}])`;

/**
 * Value of a number in words; null when the words are not one.
 * @example numberInWords("hai mươi mốt") // 21
 */
export function numberInWords(words: string): number | null {
  const parts = words.trim().split(/\s+/u);
  const [a, b, c] = parts;
  if (a === undefined) return null;
  if (parts.length === 1) return a === "mười" ? 10 : (first(a) ?? null);
  if (a === "mười" && parts.length === 2) return 10 + (tail(b) ?? NaN) || null;
  if (b === "mươi") {
    const tens = first(a);
    if (tens === undefined || tens < 2) return null;
    if (parts.length === 2) return tens * 10;
    const unit = tail(c);
    return parts.length === 3 && unit !== undefined ? tens * 10 + unit : null;
  }
  return null;
}

/** A unit at the head of a number: "mốt", "tư" and "lăm" occur only after tens. */
function first(word: string): number | undefined {
  return word === "mốt" || word === "lăm" || word === "tư" ? undefined : UNITS[word];
}

function tail(word: string | undefined): number | undefined {
  return word === undefined ? undefined : UNITS[word];
}

/**
 * A count: digits, optionally repeated in words in brackets ("02 (hai)"), or
 * words alone ("mười lăm"). Named groups `n<tag>` (digits) and `w<tag>` (words).
 */
export function countWithWords(tag: string): string {
  return String.raw`(?:(?<n${tag}>\d{1,3})(?:\s*\(\s*${NUMBER_IN_WORDS}\s*\))?|(?<w${tag}>${NUMBER_IN_WORDS}))`;
}

/** The value of a countWithWords match; null when it is no positive count. */
export function countWithWordsValue(
  groups: Record<string, string | undefined> | undefined,
  tag: string,
): number | null {
  const digits = groups?.[`n${tag}`];
  if (digits !== undefined) {
    const n = Number(digits);
    return Number.isInteger(n) && n > 0 ? n : null;
  }
  const words = groups?.[`w${tag}`];
  return words === undefined ? null : numberInWords(words);
}

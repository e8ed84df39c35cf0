/**
 * Vietnamese text normalisation. Officers paste text in NFC or NFD, with the tone
 * mark on either vowel of "oa/oe/uy" ("uỷ"/"ủy", "hoà"/"hòa"), odd dashes and
 * non-breaking spaces. Every rule that reads text goes through these functions.
 */

const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/;

// The two tone-placement habits for a syllable-final oa/oe/uy: "hòa", "ủy"
// (mark on the first vowel) and "hoà", "uỷ" (mark on the second). Both are
// correct Vietnamese; we fold to the first for matching and canonical names.
// "qu" is a consonant, so "quý" keeps its mark on the y.
const DIPHTHONGS: ReadonlyArray<readonly [string, string]> = [
  ["o", "a"],
  ["o", "e"],
  ["u", "y"],
];

// Built once: replace() with a global regex starts from 0 and resets lastIndex.
const OLD_STYLE_TONES = DIPHTHONGS.map(
  ([first, second]) =>
    new RegExp(
      `(?<![q])(${first})(${second})([\\u0300\\u0301\\u0303\\u0309\\u0323])(?![\\p{L}\\u0300-\\u036f])`,
      "giu",
    ),
);

function moveToneToFirstVowel(nfd: string): string {
  let out = nfd;
  for (const re of OLD_STYLE_TONES) {
    out = out.replace(re, (_m, a: string, b: string, tone: string) => `${a}${tone}${b}`);
  }
  return out;
}

/**
 * NFC text with the canonical tone placement for oa/oe/uy syllables, unified
 * dashes and spaces. Case and content are kept.
 * @example normalizeVietnamese("Đảng uỷ") // "Đảng ủy"
 */
export function normalizeVietnamese(text: string): string {
  let toned: string;
  if (isPrecomposed(text)) toned = moveToneInNfc(text);
  else {
    const nfd = text.normalize("NFD");
    toned = (TONE_MARKS.test(nfd) ? moveToneToFirstVowel(nfd) : nfd).normalize("NFC");
  }
  return toned
    .replace(/[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g, "-")
    .replace(/[\u00A0\u2000-\u200B\u202F\u205F\u3000\uFEFF]/g, " ");
}

// Tab, line breaks and U+0020–U+02FF, U+1E00–U+1EFF (the precomposed Vietnamese
// letters); other control characters are left to the NFD path.
const BEYOND_PRECOMPOSED = /[^ -\u02ff\u1e00-\u1eff\t\n\r]/;

/**
 * True when every character is below U+0300 (but for control characters other
 * than tab and line breaks) or a precomposed letter of U+1E00–U+1EFF. Such text
 * is NFC already: none of these characters decomposes under NFC or combines
 * with another (checked for every such character and pair).
 */
export function isPrecomposed(text: string): boolean {
  return !BEYOND_PRECOMPOSED.test(text);
}

// The same moves as OLD_STYLE_TONES on precomposed text: a plain o/u before a
// second vowel that carries the tone alone (à, not ầ), at the syllable's end.
const OLD_STYLE_TONES_NFC = [
  /(?<![q])(o)([àáảãạ])(?![\p{L}\u0300-\u036f])/giu,
  /(?<![q])(o)([èéẻẽẹ])(?![\p{L}\u0300-\u036f])/giu,
  /(?<![q])(u)([ỳýỷỹỵ])(?![\p{L}\u0300-\u036f])/giu,
];

/** moveToneToFirstVowel on precomposed NFC text, without the NFD round trip. */
function moveToneInNfc(nfc: string): string {
  let out = nfc;
  for (const re of OLD_STYLE_TONES_NFC) {
    out = out.replace(re, (_m, first: string, second: string) => {
      const parts = second.normalize("NFD"); // base vowel + tone mark
      return `${(first + parts.slice(1)).normalize("NFC")}${parts.charAt(0)}`;
    });
  }
  return out;
}

/**
 * Key for comparing names: normalised, lower case, single spaces, no surrounding
 * punctuation. "Đảng Uỷ  Bộ Nội vụ" and "đảng ủy bộ nội vụ" give the same key.
 * @example foldForMatch("  Đảng  Uỷ Chính phủ, ") // "đảng ủy chính phủ"
 */
export function foldForMatch(text: string): string {
  return normalizeVietnamese(text)
    .toLocaleLowerCase("vi")
    .replace(/\s+/g, " ")
    .replace(/^[\s,;:.\-–—()]+|[\s,;:.\-–—()]+$/g, "")
    .trim();
}

/**
 * Lower-case text without any diacritics, for tolerant look-ups of typos such as
 * "tinh uỷ" for "tỉnh uỷ". Use only as a fallback: it merges distinct words.
 * @example stripDiacritics("Đảng ủy") // "dang uy"
 */
export function stripDiacritics(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .toLowerCase();
}

import { normalizeVietnamese } from "../text/normalize.js";

/**
 * The text rules match against: NFC, canonical tone placement ("uỷ" → "ủy"),
 * unified dashes and spaces, lower case, full-width digits and slashes as ASCII
 * ("２０２５" → "2025", as pasted from East Asian input methods), and "qúy" (the
 * tone misplaced on the u of "qu") as "quý" — with exactly the same length as
 * the NFC input, so that a match's offsets are offsets into the NFC sentence.
 * Any step that would change the length (rare characters such as "İ") is skipped
 * for that character only.
 */
export function foldSameLength(nfc: string): string {
  // Tone placement only changes a syllable-final oa/oe/uy marked on its second
  // vowel; text without one skips the slow NFD round trip (see text/normalize.ts).
  const needsTone = SECOND_VOWEL_TONE.test(nfc);
  const normalized = needsTone ? normalizeVietnamese(nfc) : nfc;
  const base = normalized.length === nfc.length ? normalized : nfc;
  let out = "";
  for (const ch of base) {
    const code = ch.charCodeAt(0);
    if (code < 0x80) {
      out += code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : ch;
      continue;
    }
    // U+FF01–U+FF5E are the full-width forms of U+0021–U+007E, one code unit each.
    if (code >= 0xff01 && code <= 0xff5e) {
      out += String.fromCharCode(code - 0xfee0).toLowerCase();
      continue;
    }
    if (!needsTone && DASHES.test(ch)) {
      out += "-";
      continue;
    }
    if (!needsTone && SPACES.test(ch)) {
      out += " ";
      continue;
    }
    const lower = ch.toLowerCase();
    out += lower.length === ch.length ? lower : ch;
  }
  return out.includes("qú") ? out.replace(/qúy/gu, "quý") : out;
}

const SECOND_VOWEL_TONE =
  /(?:[oO][àáảãạÀÁẢÃẠèéẻẽẹÈÉẺẼẸ]|[uU][ỳýỷỹỵỲÝỶỸỴ])(?![A-Za-z\u00c0-\u024f\u1e00-\u1eff])/u;
// The same dash and space sets as normalizeVietnamese.
const DASHES = /^[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]$/u;
const SPACES = /^[\u00A0\u2000-\u200B\u202F\u205F\u3000\uFEFF]$/u;

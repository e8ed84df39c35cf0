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
  const normalized = normalizeVietnamese(nfc);
  const base = normalized.length === nfc.length ? normalized : nfc;
  let out = "";
  for (const ch of base) {
    const code = ch.charCodeAt(0);
    // U+FF01–U+FF5E are the full-width forms of U+0021–U+007E, one code unit each.
    if (code >= 0xff01 && code <= 0xff5e) {
      out += String.fromCharCode(code - 0xfee0).toLowerCase();
      continue;
    }
    const lower = ch.toLowerCase();
    out += lower.length === ch.length ? lower : ch;
  }
  return out.includes("qú") ? out.replace(/qúy/gu, "quý") : out;
}

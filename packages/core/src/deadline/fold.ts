import { normalizeVietnamese } from "../text/normalize.js";

/**
 * The text rules match against: NFC, canonical tone placement ("uỷ" → "ủy"),
 * unified dashes and spaces, lower case — with exactly the same length as the
 * NFC input, so that a match's offsets are offsets into the NFC sentence.
 * Any step that would change the length (rare characters such as "İ") is skipped
 * for that character only.
 */
export function foldSameLength(nfc: string): string {
  const normalized = normalizeVietnamese(nfc);
  const base = normalized.length === nfc.length ? normalized : nfc;
  let out = "";
  for (const ch of base) {
    const lower = ch.toLowerCase();
    out += lower.length === ch.length ? lower : ch;
  }
  return out;
}

import { normalizeVietnamese } from "../text/normalize.js";

/**
 * The text rules match against: NFC, canonical tone placement ("uỷ" → "ủy"),
 * unified dashes and spaces, lower case, full-width digits and slashes as ASCII
 * ("２０２５" → "2025", as pasted from East Asian input methods), and "qúy" (the
 * tone misplaced on the u of "qu") as "quý" — with exactly the same length as
 * the NFC input, so that a match's offsets are offsets into the NFC sentence —
 * and a run of more than MAX_GAP spaces broken after its first (breakLongGaps).
 * Any step that would change the length (rare characters such as "İ") is skipped
 * for that character only.
 */
export function foldSameLength(nfc: string): string {
  // Most text needs lower case only: one scan tells (lower-casing makes no
  // special character and no "qú" that the text lacks in some case).
  return foldKnown(nfc, !SPECIAL.test(nfc) && !mayMoveTone(nfc));
}

/**
 * True when `text` is precomposed (isPrecomposed: NFC already) and folds by
 * lower case only: one scan for what safeNfc and foldSameLength would look for.
 * Trimming keeps it true.
 */
export function isPlainText(text: string): boolean {
  return !NOT_PRECOMPOSED_OR_NBSP.test(text) && !mayMoveTone(text);
}

/**
 * A tone to move (SECOND_VOWEL_TONE) or "qú". A pair of character classes
 * first: a regex of these alternatives with its lookahead, or one joined with
 * other classes, costs several times as much per text.
 */
function mayMoveTone(text: string): boolean {
  return TONED_PAIR.test(text) && TONE_OR_QU.test(text);
}

/** foldSameLength of NFC text, told whether it needs lower case only. */
export function foldKnown(nfc: string, lowerOnly: boolean): string {
  return breakLongGaps(foldCharacters(nfc, lowerOnly));
}

function foldCharacters(nfc: string, lowerOnly: boolean): string {
  if (lowerOnly) {
    const lower = nfc.toLowerCase();
    return lower.length === nfc.length ? lower : lowerEach(nfc);
  }
  // Tone placement only changes a syllable-final oa/oe/uy marked on its second
  // vowel; text without one skips the slow NFD round trip (see text/normalize.ts).
  const needsTone = SECOND_VOWEL_TONE.test(nfc);
  const normalized = needsTone ? normalizeVietnamese(nfc) : nfc;
  const base = normalized.length === nfc.length ? normalized : nfc;
  const whole = base.toLowerCase();
  // The native lower-casing keeps the length for Vietnamese; a rare letter that
  // grows ("İ") sends the text through the per-character path.
  let out = whole.length === base.length ? whole : lowerEach(base);
  if (SPECIAL.test(out)) out = out.replace(SPECIAL_ALL, special);
  return out.includes("qú") ? out.replace(/qúy/gu, "quý") : out;
}

function lowerEach(text: string): string {
  let out = "";
  for (let i = 0; i < text.length; i += 1) {
    const ch = text.charAt(i);
    const lower = ch.toLowerCase();
    out += lower.length === 1 ? lower : ch;
  }
  return out;
}

// Full-width forms U+FF01–U+FF5E of U+0021–U+007E, and the dashes and spaces
// normalizeVietnamese unifies (one code unit each, so lengths are kept).
const SPECIAL =
  /[\uFF01-\uFF5E\u2010-\u2015\u2212\uFE58\uFE63\u00A0\u2000-\u200B\u202F\u205F\u3000\uFEFF]/;
const SPECIAL_ALL = new RegExp(SPECIAL.source, "g");

function special(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code === 0xff0d) return "-";
  if (code >= 0xff01 && code <= 0xff5e) return String.fromCharCode(code - 0xfee0).toLowerCase();
  if ((code >= 0x2010 && code <= 0x2015) || code === 0x2212 || code === 0xfe58 || code === 0xfe63)
    return "-";
  return " ";
}

// Not after "q", as in the tone moves (text/normalize.ts): "quý" keeps its mark,
// and without the look-behind every text with "quý" took the slow path.
const SECOND_VOWEL_TONE =
  /(?<![qQ])(?:[oO][àáảãạÀÁẢÃẠèéẻẽẹÈÉẺẼẸ]|[uU][ỳýỷỹỵỲÝỶỸỴ])(?![A-Za-z\u00c0-\u024f\u1e00-\u1eff])/u;

// Not precomposed (see isPrecomposed in text/normalize.ts), or a no-break space
// (the one SPECIAL character below U+0300).
const NOT_PRECOMPOSED_OR_NBSP = /[^ -\u009f\u00a1-\u02ff\u1e00-\u1eff\t\n\r]/;
/** Every match of TONE_OR_QU starts with one of these pairs. */
const TONED_PAIR = /[oOuUqQ][àáảãạÀÁẢÃẠèéẻẽẹÈÉẺẼẸỳýỷỹỵỲÝỶỸỴúÚ]/;
const TONE_OR_QU = new RegExp(`${SECOND_VOWEL_TONE.source}|[qQ][úÚ]`, "u");

/**
 * A run of more than MAX_GAP spaces is layout (a column gap, a padded cell), not
 * the space between two words of one phrase: in the folded text its spaces after
 * the first become GAP_FILL, which no rule reads as a space, a letter or a mark.
 * Same length, so offsets stay; without it patterns that take a run of spaces in
 * two quantifiers backtrack quadratically over it ("phiên họp" and 100,000 spaces:
 * minutes).
 */
function breakLongGaps(folded: string): string {
  if (!LONG_GAP.test(folded)) return folded;
  return folded.replace(LONG_GAP_ALL, (run) => run.charAt(0) + GAP_FILL.repeat(run.length - 1));
}

const MAX_GAP = 32;
const GAP_FILL = "\u0000";
const LONG_GAP = new RegExp(String.raw`\s{${MAX_GAP + 1}}`, "u");
const LONG_GAP_ALL = new RegExp(String.raw`\s{${MAX_GAP + 1},}`, "gu");

/**
 * Item markers of Vietnamese directives: "1.", "[1]", "a)" … "h)" in Vietnamese
 * letter order (a b c d đ e g h), "(i)" … "(viii)", "(1)" … "(3)".
 */

export type MarkerStyle =
  | "arabic"
  | "bracket"
  | "letter"
  | "roman"
  | "paren"
  | "article"
  | "upper"
  | "decimal"
  | "dash"
  | "plus";

/** Styles that a list may continue inline ("2. …; 3. …", "(i) … (ii) …"). */
const INLINE_STYLES: readonly MarkerStyle[] = ["arabic", "bracket", "letter", "roman", "paren"];

export interface Marker {
  style: MarkerStyle;
  /** 1-based position in its sequence ("đ" → 5, "iv" → 4). */
  value: number;
  /** As it appears in a reference: "3", "đ", "iv". */
  label: string;
}

/** Letters used for items, in order: Vietnamese has no f, j, w, z, and đ follows d. */
export const ITEM_LETTERS = "abcdđeghiklmnopqrstuvxy";

const ROMAN: Readonly<Record<string, number>> = { i: 1, v: 5, x: 10 };

/** Value of a lower-case Roman numeral up to 39; null when not well formed. */
export function romanValue(text: string): number | null {
  if (!/^x{0,3}(?:ix|iv|v?i{0,3})$/.test(text) || text.length === 0) return null;
  let total = 0;
  for (let i = 0; i < text.length; i += 1) {
    const v = ROMAN[text.charAt(i)] ?? 0;
    const next = ROMAN[text.charAt(i + 1)] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

const ROMAN_LABELS = ["", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii"];

const UPPER_ROMAN = ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"];

/** The label of a value in a style ("letter", 5 → "đ"). */
export function markerLabel(style: MarkerStyle, value: number): string {
  switch (style) {
    case "arabic":
    case "bracket":
    case "paren":
    case "article":
    case "decimal":
    case "dash":
    case "plus":
      return String(value);
    case "letter":
      return ITEM_LETTERS.charAt(value - 1) || `?${value}`;
    case "roman":
      return ROMAN_LABELS[value] ?? `?${value}`;
    case "upper":
      return UPPER_ROMAN[value] ?? `?${value}`;
    default: {
      const never: never = style;
      return never;
    }
  }
}

const LEADING =
  /^(?:(?!(?:19|20)\d\d\.)(\d{1,6})\.(?=\s|\p{Lu})|\[(\d{1,2})\]|([a-zđ])\)(?=\s)|\(([ivx]{1,5})\)|\((\d{1,3})\)|Điều\s+(\d{1,3})(?:\.|\s*:|(?=\s))|([IVXL]{1,6})\.(?=\s)|(\d{1,3}(?:\.\d{1,3}){1,3})\.?(?=\s+\p{Lu})|([-–—•])(?=\s)|(\+))\s*/u;

/** The marker that opens a paragraph and the length it takes, or null. */
export function leadingMarker(text: string): { marker: Marker; length: number } | null {
  const m = LEADING.exec(text);
  if (!m) return null;
  const [whole, arabic, bracket, letter, roman, paren, article, upper, decimal, dash, plus] = m;
  let marker: Marker | null = null;
  if (arabic !== undefined) marker = { style: "arabic", value: Number(arabic), label: arabic };
  else if (article !== undefined)
    marker = { style: "article", value: Number(article), label: `Điều ${article}` };
  else if (upper !== undefined) {
    const value = romanValue(upper.toLowerCase());
    if (value !== null) marker = { style: "upper", value, label: upper };
  } else if (decimal !== undefined) {
    const last = Number(decimal.split(".").pop());
    marker = { style: "decimal", value: last, label: decimal };
  } else if (dash !== undefined) marker = { style: "dash", value: 1, label: "1" };
  else if (plus !== undefined) marker = { style: "plus", value: 1, label: "1" };
  else if (bracket !== undefined)
    marker = { style: "bracket", value: Number(bracket), label: bracket };
  else if (letter !== undefined) {
    const index = ITEM_LETTERS.indexOf(letter);
    if (index >= 0) marker = { style: "letter", value: index + 1, label: letter };
  } else if (roman !== undefined) {
    const value = romanValue(roman);
    if (value !== null) marker = { style: "roman", value, label: roman };
  } else if (paren !== undefined) marker = { style: "paren", value: Number(paren), label: paren };
  if (!marker || marker.value < 1) return null;
  return { marker, length: whole.length };
}

/** Where an inline marker may stand: after ":", ";", "." or "," and a space, or at the start. */
const INLINE_BEFORE = /(?:^|[:;.,]\s+|\s)$/u;

function inlinePattern(style: MarkerStyle, value: number): RegExp {
  const label = markerLabel(style, value);
  switch (style) {
    case "roman":
    case "paren":
      return new RegExp(`\\(${label}\\)\\s*`, "gu");
    case "letter":
      return new RegExp(`(?<![\\p{L}\\p{N}])${label}\\)\\s+`, "gu");
    case "arabic":
      return new RegExp(`(?<![\\p{L}\\p{N}./-])${label}\\.\\s+(?=\\p{Lu})`, "gu");
    case "bracket":
      return new RegExp(`\\[${label}\\]\\s*`, "gu");
    case "article":
    case "upper":
    case "decimal":
    case "dash":
    case "plus":
      return /(?!)/gu; // never inline
    default: {
      const never: never = style;
      return never;
    }
  }
}

/** A piece of a paragraph: its own marker (if any) and its text span. */
export interface InlinePiece {
  marker: Marker | null;
  /** Span of the text after the marker, in the paragraph. */
  start: number;
  end: number;
  /** True for pieces whose marker stood inside the paragraph. */
  inline: boolean;
}

function findNext(
  text: string,
  from: number,
  style: MarkerStyle,
  value: number,
  strictBefore: RegExp,
): { at: number; length: number } | null {
  const re = inlinePattern(style, value);
  re.lastIndex = from;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (strictBefore.test(text.slice(Math.max(0, m.index - 3), m.index))) {
      return { at: m.index, length: m[0].length };
    }
  }
  return null;
}

/**
 * Split a paragraph at the markers written inside it: a list "(i) … (ii) …"
 * or "(1) … ; (2) …" that starts at 1, and the next marker of the paragraph's
 * own list ("2. … ; 3. …"). Markers count only in sequence, so "(v)" in running
 * text or "(nếu có)" never split anything.
 */
export function splitInline(text: string): InlinePiece[] {
  const lead = leadingMarker(text);
  const pieces: InlinePiece[] = [];
  let cursor = lead ? lead.length : 0;
  let current: InlinePiece = {
    marker: lead?.marker ?? null,
    start: cursor,
    end: text.length,
    inline: false,
  };

  // The paragraph's own list continues inline ("2. …; 3. …"), for the styles lists run inline in.
  const own = lead?.marker && INLINE_STYLES.includes(lead.marker.style) ? lead.marker : undefined;
  // A nested list starts at 1 in one of the styles that lists run inline.
  const nestedStyles: MarkerStyle[] = (["roman", "paren", "letter"] as const).filter(
    (s) => s !== lead?.marker.style,
  );

  let nested: { style: MarkerStyle; value: number } | null = null;
  let ownValue = own?.value ?? 0;
  const strictBefore = /(?:[:;.]\s+|,\s+)$/u;

  for (;;) {
    const candidates: Array<{
      at: number;
      length: number;
      style: MarkerStyle;
      value: number;
      sibling: boolean;
    }> = [];
    if (own) {
      const hit = findNext(text, cursor, own.style, ownValue + 1, /[;.]\s+$/u);
      if (hit) candidates.push({ ...hit, style: own.style, value: ownValue + 1, sibling: true });
    }
    if (nested) {
      const hit = findNext(text, cursor, nested.style, nested.value + 1, INLINE_BEFORE);
      if (hit)
        candidates.push({ ...hit, style: nested.style, value: nested.value + 1, sibling: false });
    } else {
      for (const style of nestedStyles) {
        const hit = findNext(text, cursor, style, 1, strictBefore);
        if (hit && /[:]\s*$/u.test(text.slice(Math.max(0, hit.at - 3), hit.at))) {
          candidates.push({ ...hit, style, value: 1, sibling: false });
        } else if (hit && style !== "letter") {
          candidates.push({ ...hit, style, value: 1, sibling: false });
        }
      }
    }
    candidates.sort((a, b) => a.at - b.at);
    const next = candidates[0];
    if (!next) break;
    current.end = next.at;
    pieces.push(current);
    const marker: Marker = {
      style: next.style,
      value: next.value,
      label: markerLabel(next.style, next.value),
    };
    if (next.sibling) {
      ownValue = next.value;
      nested = null;
    } else {
      nested = { style: next.style, value: next.value };
    }
    cursor = next.at + next.length;
    current = { marker, start: cursor, end: text.length, inline: true };
  }
  pieces.push(current);
  return pieces;
}

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
type InlineStyle = "arabic" | "bracket" | "letter" | "roman" | "paren";
const INLINE_STYLES: readonly InlineStyle[] = ["arabic", "bracket", "letter", "roman", "paren"];
const isInlineStyle = (style: MarkerStyle): style is InlineStyle =>
  (INLINE_STYLES as readonly string[]).includes(style);

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
  /^(?:(?!(?:19|20)\d\d\.\s*(?:Năm|\p{Ll}))(\d{1,6})\.(?=\s|\p{Lu})|\[(\d{1,2})\]|([a-zđ])\)(?=\s)|\(([ivx]{1,5})\)|\((\d{1,3})\)|Điều\s+(\d{1,3})(?:\.|\s*:|(?=\s))|([IVXL]{1,6})\.(?=\s)|(\d{1,3}(?:\.\d{1,3}){1,3})\.?(?=\s+\p{Lu})|([-–—•])(?=\s)|(\+))\s*/u;

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

/** One pattern per style, the value read from the match (compiled once, not per value). */
const INLINE_PATTERNS: Readonly<Record<InlineStyle, RegExp>> = {
  roman: /\(([ivx]{1,5})\)\s*/gu,
  paren: /\((\d{1,3})\)\s*/gu,
  letter: /(?<![\p{L}\p{N}])([a-zđ])\)\s+/gu,
  arabic: /(?<![\p{L}\p{N}./-])(\d{1,6})\.\s+(?=\p{Lu})/gu,
  bracket: /\[(\d{1,2})\]\s*/gu,
};

function inlineValue(style: MarkerStyle, label: string): number | null {
  switch (style) {
    case "roman":
      return romanValue(label);
    case "letter": {
      const index = ITEM_LETTERS.indexOf(label);
      return index >= 0 ? index + 1 : null;
    }
    default:
      return Number(label);
  }
}

interface Hit {
  at: number;
  length: number;
}

/** Every inline marker of one style in a text, by value, in text order: one pass per style. */
type StyleIndex = Map<number, Hit[]>;

/** The character each inline pattern cannot match without: most paragraphs lack most of them. */
const INLINE_NEEDS: Readonly<Record<InlineStyle, string>> = {
  roman: "(",
  paren: "(",
  letter: ")",
  arabic: ".",
  bracket: "[",
};

function indexStyle(text: string, style: MarkerStyle): StyleIndex {
  const out: StyleIndex = new Map();
  if (!isInlineStyle(style) || !text.includes(INLINE_NEEDS[style])) return out;
  const re = new RegExp(INLINE_PATTERNS[style]);
  for (const m of text.matchAll(re)) {
    const value = inlineValue(style, m[1] ?? "");
    if (value === null) continue;
    const list = out.get(value) ?? [];
    list.push({ at: m.index, length: m[0].length });
    out.set(value, list);
  }
  return out;
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

/** The first marker of `value` at or after `from` whose preceding characters fit `strictBefore`. */
function findNext(
  text: string,
  index: StyleIndex,
  from: number,
  value: number,
  strictBefore: RegExp,
): { at: number; length: number } | null {
  const list = index.get(value);
  if (!list) return null;
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((list[mid]?.at ?? 0) < from) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo; k < list.length; k += 1) {
    const hit = list[k];
    if (hit && strictBefore.test(text.slice(Math.max(0, hit.at - 3), hit.at))) return hit;
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
  const own = lead?.marker && isInlineStyle(lead.marker.style) ? lead.marker : undefined;
  // A nested list starts at 1 in one of the styles that lists run inline.
  const nestedStyles: MarkerStyle[] = (["roman", "paren", "letter"] as const).filter(
    (s) => s !== lead?.marker.style,
  );

  let nested: { style: MarkerStyle; value: number } | null = null;
  let ownValue = own?.value ?? 0;
  const strictBefore = /(?:[:;.]\s+|,\s+)$/u;
  const indexes = new Map<MarkerStyle, StyleIndex>();
  const styleIndex = (style: MarkerStyle): StyleIndex => {
    let index = indexes.get(style);
    if (!index) {
      index = indexStyle(text, style);
      indexes.set(style, index);
    }
    return index;
  };

  for (;;) {
    const candidates: Array<{
      at: number;
      length: number;
      style: MarkerStyle;
      value: number;
      sibling: boolean;
    }> = [];
    if (own) {
      const hit = findNext(text, styleIndex(own.style), cursor, ownValue + 1, /[;.]\s+$/u);
      if (hit) candidates.push({ ...hit, style: own.style, value: ownValue + 1, sibling: true });
    }
    if (nested) {
      const hit = findNext(text, styleIndex(nested.style), cursor, nested.value + 1, INLINE_BEFORE);
      if (hit)
        candidates.push({ ...hit, style: nested.style, value: nested.value + 1, sibling: false });
    } else {
      for (const style of nestedStyles) {
        const hit = findNext(text, styleIndex(style), cursor, 1, strictBefore);
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

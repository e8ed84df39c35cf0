import { normalizeVietnamese, stripDiacritics } from "../text/normalize.js";

/**
 * A word of a text, with its offsets in the NFC text and two match keys:
 * `exact` (canonical tone placement, lower case: "uỷ" and "Ủy" both give "ủy")
 * and `loose` (no diacritics: "tinh" for both "tinh" and "tỉnh").
 */
export interface WordToken {
  start: number;
  end: number;
  exact: string;
  loose: string;
  /** True when only spaces, commas, dashes, slashes or "&" separate it from the
   *  previous word, so a name may run across the gap ("các tỉnh ủy, thành ủy"). */
  joinsPrevious: boolean;
}

const WORD = /[\p{L}\p{M}\p{N}]+/gu;
const JOINABLE_GAP = /^[\s,\-\u2010-\u2015/&]*$/u;

// Folding a word costs a few regex passes; directive vocabulary is small, so a
// bounded cache makes scanning every sentence of every directive cheap.
const MAX_CACHE = 20_000;
const cache = new Map<string, readonly [string, string]>();

function foldWord(word: string): readonly [string, string] {
  const hit = cache.get(word);
  if (hit) return hit;
  const exact = normalizeVietnamese(word).toLocaleLowerCase("vi");
  const keys = [exact, stripDiacritics(exact)] as const;
  if (cache.size >= MAX_CACHE) cache.clear();
  cache.set(word, keys);
  return keys;
}

/**
 * Words of an NFC text with their match keys.
 * @example tokenize("Đảng uỷ Bộ Nội vụ").map((t) => t.exact) // ["đảng", "ủy", "bộ", "nội", "vụ"]
 */
export function tokenize(nfc: string): WordToken[] {
  const tokens: WordToken[] = [];
  let previousEnd = -1;
  for (const match of nfc.matchAll(WORD)) {
    const start = match.index;
    const end = start + match[0].length;
    const [exact, loose] = foldWord(match[0]);
    // One space, the usual gap, joins without a copy of the gap.
    const joinsPrevious =
      previousEnd >= 0 &&
      ((start === previousEnd + 1 && nfc.charCodeAt(previousEnd) === 32) ||
        JOINABLE_GAP.test(nfc.slice(previousEnd, start)));
    tokens.push({ start, end, exact, loose, joinsPrevious });
    previousEnd = end;
  }
  return tokens;
}

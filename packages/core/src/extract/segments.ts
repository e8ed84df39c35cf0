/**
 * Sentences and their ";"-separated parts, with offsets, never cutting inside
 * parentheses or quotes ("(nếu có)", "(*trước và sau sắp xếp…*)").
 */

export interface Segment {
  start: number;
  end: number;
}

function depthScan(text: string, onChar: (i: number, ch: string, depth: number) => void): void {
  let depth = 0;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text.charAt(i);
    if (ch === "(" || ch === "“") depth += 1;
    else if ((ch === ")" || ch === "”") && depth > 0) depth -= 1;
    onChar(i, ch, depth);
  }
}

/** The spaces after a sentence end, before a capital, a quote or a parenthesis (sticky: read in place). */
const SENTENCE_GAP = /\s+(?=[\p{Lu}"“(])/uy;

/**
 * Sentence spans: a "." "!" "?" or "…" followed by a space and a capital
 * letter (or an opening quote/parenthesis) ends a sentence; "15.12", "V/v." and
 * "..." inside a list do not.
 * @example splitSentences("Giao A làm X. Giao B làm Y.").length // 2
 */
export function splitSentences(text: string): Segment[] {
  const out: Segment[] = [];
  let start = 0;
  depthScan(text, (i, ch, depth) => {
    if (depth > 0 || (ch !== "." && ch !== "!" && ch !== "?" && ch !== "…")) return;
    SENTENCE_GAP.lastIndex = i + 1;
    const m = SENTENCE_GAP.exec(text);
    if (!m) return;
    if (ch === "." && text.charAt(i - 1) === ".") return; // "..." in a list of examples
    out.push({ start, end: i + 1 });
    start = i + 1 + m[0].length;
  });
  if (start < text.length) out.push({ start, end: text.length });
  return out.filter((s) => text.slice(s.start, s.end).trim().length > 0);
}

/** The ";"-separated parts of a span (outside parentheses). */
export function splitParts(text: string, span: Segment): Segment[] {
  const out: Segment[] = [];
  let start = span.start;
  const slice = text.slice(span.start, span.end);
  depthScan(slice, (i, ch, depth) => {
    if (depth > 0 || ch !== ";") return;
    out.push({ start, end: span.start + i + 1 });
    start = span.start + i + 1;
  });
  if (start < span.end) out.push({ start, end: span.end });
  return out.filter((s) => text.slice(s.start, s.end).trim().length > 0);
}

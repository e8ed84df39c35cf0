import { headOnWord } from "../text/word-cut.js";

/**
 * A text shortened for review: NFC, white space collapsed, cut on a word
 * boundary with "…" when longer than `max` characters.
 * @example shortenText("Giao Bộ Tư pháp chủ trì hoàn thiện dự thảo", 20) // "Giao Bộ Tư pháp chủ…"
 */
export function shortenText(text: string, max: number): string {
  const flat = text.normalize("NFC").replace(/\s+/gu, " ").trim();
  if (flat.length <= max) return flat;
  const room = Math.max(1, max - 1);
  const head = headOnWord(flat, room).replace(/[\s,;:.–-]+$/u, "");
  return `${head}…`;
}

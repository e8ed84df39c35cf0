/**
 * The head of a one-line text cut at the last space before `limit` characters,
 * or at `limit` itself when that space would leave less than half. The one cut
 * rule behind warning excerpts and shortened task texts.
 */
export function headOnWord(flat: string, limit: number): string {
  const cut = flat.lastIndexOf(" ", limit);
  return flat.slice(0, cut > limit / 2 ? cut : limit);
}

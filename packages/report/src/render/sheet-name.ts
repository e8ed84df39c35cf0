/** Characters Excel refuses in a sheet name. */
const FORBIDDEN = /[/\\:*?[\]]/g;
/** Excel's limit, in UTF-16 code units. */
const MAX_LENGTH = 31;

/** Leading/trailing apostrophes and spaces: Excel refuses the former, trims the latter. */
function trimEdges(text: string): string {
  return text.replace(/^['\s]+|['\s]+$/gu, "");
}

/** At most `max` UTF-16 units without splitting a surrogate pair. */
function cut(text: string, max: number): string {
  let out = "";
  for (const ch of text) {
    if (out.length + ch.length > max) break;
    out += ch;
  }
  return out;
}

/**
 * A valid Excel sheet name from any text: forbidden characters become "-",
 * no leading/trailing apostrophe, at most 31 characters, never empty, and unique
 * among `taken` (compared case-insensitively, as Excel does).
 * @example safeSheetName("Tháng 9/2025") // "Tháng 9-2025"
 */
export function safeSheetName(text: string, taken: Iterable<string> = []): string {
  const cleaned = trimEdges(text.normalize("NFC").replace(FORBIDDEN, "-"));
  const base = trimEdges(cut(cleaned, MAX_LENGTH)) || "Trang";
  const used = new Set([...taken].map((n) => n.toLocaleLowerCase("vi")));
  if (!used.has(base.toLocaleLowerCase("vi"))) return base;
  for (let i = 2; ; i += 1) {
    const suffix = ` (${i})`;
    const candidate = trimEdges(cut(base, MAX_LENGTH - suffix.length)) + suffix;
    if (!used.has(candidate.toLocaleLowerCase("vi"))) return candidate;
  }
}

/** True when Excel would accept `name` as a sheet name. */
export function isValidSheetName(name: string): boolean {
  return (
    name.length > 0 &&
    name.length <= MAX_LENGTH &&
    !/[/\\:*?[\]]/.test(name) &&
    !name.startsWith("'") &&
    !name.endsWith("'")
  );
}

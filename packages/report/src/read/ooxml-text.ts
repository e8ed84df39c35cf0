/**
 * OOXML escapes characters XML cannot hold as "_xHHHH_" (ECMA-376 Part 1,
 * §22.9.2.19 ST_Xstring), e.g. a carriage return as "_x000D_"; a literal
 * "_x" is itself written "_x005F_x". Decode both, leave anything else alone.
 */
const ESCAPE = /_x([0-9A-Fa-f]{4})_/g;

export function decodeOoxmlText(text: string): string {
  if (!text.includes("_x")) return text;
  return text.replace(ESCAPE, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

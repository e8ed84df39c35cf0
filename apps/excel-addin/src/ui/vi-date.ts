import { formatViDate, isoFromParts, type IsoDate } from "@nhiemvu/core";

/**
 * Dates as Vietnamese officers type them (dd/mm/yyyy; "-" or "." also), so the
 * pane does not depend on the browser's locale for its date fields.
 * @example parseViDate("1/3/2026") // "2026-03-01"
 * @example parseViDate("31/02/2026") // null
 */
export function parseViDate(text: string): IsoDate | null {
  const m = /^\s*(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})\s*$/.exec(text);
  return m ? isoFromParts(Number(m[3]), Number(m[2]), Number(m[1])) : null;
}

/**
 * A report month typed as mm/yyyy → "YYYY-MM".
 * @example parseViMonth("2/2026") // "2026-02"
 */
export function parseViMonth(text: string): string | null {
  const m = /^\s*(\d{1,2})\s*[/.-]\s*(\d{4})\s*$/.exec(text);
  const month = Number(m?.[1]);
  return m && month >= 1 && month <= 12 ? `${m[2]}-${String(month).padStart(2, "0")}` : null;
}

/** "2026-02" → "02/2026". */
export const formatViMonth = (month: string): string => `${month.slice(5, 7)}/${month.slice(0, 4)}`;

export { formatViDate };

import { formatViDate, parseTypedDate, parseTypedMonth, type IsoDate } from "@nhiemvu/core";

/**
 * Dates and months as officers type them: core's one parser, shared with the
 * CLI (dd/mm/yyyy, mm/yyyy, or ISO).
 * @example parseViDate("1/3/2026") // "2026-03-01"
 * @example parseViMonth("2/2026") // "2026-02"
 */
export const parseViDate = (text: string): IsoDate | null => parseTypedDate(text);
export const parseViMonth = (text: string): string | null => parseTypedMonth(text);

/** "2026-02" → "02/2026". */
export const formatViMonth = (month: string): string => `${month.slice(5, 7)}/${month.slice(0, 4)}`;

export { formatViDate };

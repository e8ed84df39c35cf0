import { formatViDate } from "@nhiemvu/core";

/**
 * Vietnamese formats shared by the report model and the renderer, so a date or
 * a rate reads the same in the workbook, on stderr and in tests.
 */

/** Two digits with a leading zero: days below 10 in official date lines. */
function pad2(n: number): string {
  return String(n).padStart(2, "0");
}

/**
 * The italic place-and-date line of an official document (Hướng dẫn 36-HD/VPTW):
 * leading zero for days below 10 and for months 1–2 only.
 * @example placeDateLine("Hà Nội", "2025-12-05") // "Hà Nội, ngày 05 tháng 12 năm 2025"
 * @example placeDateLine("Hà Nội", "2026-03-09") // "Hà Nội, ngày 09 tháng 3 năm 2026"
 */
export function placeDateLine(place: string, iso: string): string {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  const month = m <= 2 ? pad2(m) : String(m);
  return `${place}, ngày ${pad2(d)} tháng ${month} năm ${y}`;
}

/**
 * `dd/mm/yyyy`, or an empty string for no date.
 * @example viDate("2025-08-03") // "03/08/2025"
 */
export function viDate(iso: string | null | undefined): string {
  return iso ? formatViDate(iso) : "";
}

/**
 * A percentage with a decimal comma and two decimals, as reports print it.
 * @example viPercent(98.62) // "98,62%"
 */
export function viPercent(value: number): string {
  return `${value.toFixed(2).replace(".", ",")}%`;
}

/**
 * An integer with dot thousands separators.
 * @example viInteger(16274) // "16.274"
 */
export function viInteger(value: number): string {
  return String(Math.trunc(value)).replace(/\B(?=(\d{3})+(?!\d))/g, ".");
}

/**
 * Upper case for the header block; Vietnamese letters have simple case mappings.
 * @example upperVi("Đảng ủy Chính phủ") // "ĐẢNG ỦY CHÍNH PHỦ"
 */
export function upperVi(text: string): string {
  return text.normalize("NFC").toLocaleUpperCase("vi").normalize("NFC");
}

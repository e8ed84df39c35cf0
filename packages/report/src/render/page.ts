import type { PageSetup } from "exceljs";

/**
 * Page setup of the report's sheets. Nghị định 30/2020/NĐ-CP, Phụ lục I,
 * Phần I, mục I.1–3 (and Hướng dẫn 36-HD/VPTW, mục III, the same for Party
 * documents): A4, portrait; a document whose tables are wide may be printed
 * landscape; margins 20–25 mm top and bottom, 30–35 mm left, 15–20 mm right.
 * The lower bounds are used, so the tables get the most room.
 */

/** A4 = paper size 9 in SpreadsheetML. */
const A4 = 9;
const MM_PER_INCH = 25.4;
const PT_PER_INCH = 72;

export const MARGINS_MM = { top: 20, bottom: 20, left: 30, right: 15 } as const;
/** Where the page header and footer print, inside the top and bottom margins. */
const HEADER_FOOTER_MM = 8;

const A4_MM = { short: 210, long: 297 } as const;

const inches = (mm: number) => mm / MM_PER_INCH;
const points = (mm: number) => (mm / MM_PER_INCH) * PT_PER_INCH;

const margins = {
  left: inches(MARGINS_MM.left),
  right: inches(MARGINS_MM.right),
  top: inches(MARGINS_MM.top),
  bottom: inches(MARGINS_MM.bottom),
  header: inches(HEADER_FOOTER_MM),
  footer: inches(HEADER_FOOTER_MM),
};

/** The printable area in points, inside the margins. */
export const PRINTABLE_PT = {
  portrait: {
    width: points(A4_MM.short - MARGINS_MM.left - MARGINS_MM.right),
    height: points(A4_MM.long - MARGINS_MM.top - MARGINS_MM.bottom),
  },
  landscape: {
    width: points(A4_MM.long - MARGINS_MM.left - MARGINS_MM.right),
    height: points(A4_MM.short - MARGINS_MM.top - MARGINS_MM.bottom),
  },
} as const;

/**
 * Printed width of a column in points. A column's width counts characters of
 * the workbook's default font (Calibri 11: 7 px a digit, plus 5 px of padding,
 * at 96 px an inch) — what Excel prints, and LibreOffice with Carlito.
 */
export function columnPoints(width: number): number {
  return ((7 * width + 5) * PT_PER_INCH) / 96;
}

/** The smallest type the report prints, after scaling. */
export const MIN_PRINTED_PT = 10;

/**
 * The print scale (percent, 10–100) that fits columns of these widths into
 * the page width, or 100 when they fit as they are.
 */
export function fitScale(widths: readonly number[], pageWidthPt: number): number {
  const total = widths.reduce((sum, w) => sum + columnPoints(w), 0);
  return Math.max(10, Math.min(100, Math.floor((pageWidthPt / total) * 100)));
}

/** A4 portrait with the decree's margins, at 100 %: the summary in the official form. */
export function portraitA4(): Partial<PageSetup> {
  return { paperSize: A4, orientation: "portrait", fitToPage: false, scale: 100, margins };
}

/**
 * A4 landscape for a wide list, at a fixed scale (computed by the caller with
 * fitScale so the type stays readable), the header rows repeated on every page.
 */
export function landscapeA4(printTitlesRow?: string, scale = 100): Partial<PageSetup> {
  return {
    paperSize: A4,
    orientation: "landscape",
    fitToPage: false,
    scale,
    horizontalCentered: true,
    margins,
    ...(printTitlesRow ? { printTitlesRow } : {}),
  };
}

/**
 * A4 landscape for a list whose printed columns have these widths: fitted to
 * the page width only as far as the type stays at least MIN_PRINTED_PT; wider
 * lists continue on a second page across rather than shrink below it.
 */
export function readableLandscapeA4(
  printedWidths: readonly number[],
  fontSize: number,
  printTitlesRow?: string,
): Partial<PageSetup> {
  const readable = Math.ceil((MIN_PRINTED_PT / fontSize) * 100);
  const scale = Math.max(readable, fitScale(printedWidths, PRINTABLE_PT.landscape.width));
  return landscapeA4(printTitlesRow, scale);
}

/** Page header/footer text: "&" must be doubled in Excel's header codes. */
export function pageHeader(title: string): { oddHeader: string; oddFooter: string } {
  return {
    oddHeader: `&C&"Times New Roman,Bold"&12${title.replace(/&/g, "&&")}`,
    oddFooter: '&C&"Times New Roman"&12Trang &P/&N',
  };
}

/**
 * The summary's page numbers: Arabic numerals centred in the top margin, none
 * on the first page (Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, mục I.7).
 */
export function documentPageNumbers(): {
  differentFirst: boolean;
  firstHeader: string;
  oddHeader: string;
} {
  return { differentFirst: true, firstHeader: "", oddHeader: '&C&"Times New Roman"&13&P' };
}

import type { PageSetup } from "exceljs";

/** A4 = paper size 9 in SpreadsheetML. */
const A4 = 9;

/**
 * A4 landscape, fit to one page wide, any number of pages tall, with the
 * header rows repeated on every printed page.
 */
export function landscapeA4(printTitlesRow?: string): Partial<PageSetup> {
  return {
    paperSize: A4,
    orientation: "landscape",
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    margins: { left: 0.5, right: 0.5, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 },
    ...(printTitlesRow ? { printTitlesRow } : {}),
  };
}

/** Page header/footer text: "&" must be doubled in Excel's header codes. */
export function pageHeader(title: string): { oddHeader: string; oddFooter: string } {
  return {
    oddHeader: `&C&"Times New Roman,Bold"&12${title.replace(/&/g, "&&")}`,
    oddFooter: '&C&"Times New Roman"Trang &P/&N',
  };
}

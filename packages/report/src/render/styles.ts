import type { Alignment, Borders, Fill, Font, Style } from "exceljs";

/**
 * The report's few cell styles as shared, frozen-by-convention objects. exceljs
 * caches a style's index by object identity, so reusing these objects for
 * every cell keeps the 100k-row sheets cheap (a fresh object per cell would be
 * serialised and looked up again each time).
 */

const FONT_NAME = "Times New Roman";

const font = (extra: Partial<Font> = {}): Partial<Font> => ({
  name: FONT_NAME,
  size: 12,
  ...extra,
});
const thin = { style: "thin" as const };
const box: Partial<Borders> = { top: thin, left: thin, bottom: thin, right: thin };
const headerFill: Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFD9E1F2" } };

const top = (extra: Partial<Alignment> = {}): Partial<Alignment> => ({
  vertical: "top",
  wrapText: true,
  ...extra,
});

export const DATE_FORMAT = "dd/mm/yyyy";
export const PERCENT_FORMAT = '0.00" %"';

export const STYLES = {
  headerCell: {
    font: font({ bold: true }),
    alignment: { vertical: "middle", horizontal: "center", wrapText: true },
    border: box,
    fill: headerFill,
  },
  text: { font: font(), alignment: top(), border: box },
  textCenter: { font: font(), alignment: top({ horizontal: "center" }), border: box },
  date: {
    font: font(),
    alignment: top({ horizontal: "center" }),
    border: box,
    numFmt: DATE_FORMAT,
  },
  integer: { font: font(), alignment: top({ horizontal: "right" }), border: box, numFmt: "0" },
  // Summary sheet
  issuingBody: { font: font({ bold: true }), alignment: { horizontal: "center", wrapText: true } },
  partyLine: {
    font: font({ bold: true, underline: true }),
    alignment: { horizontal: "center" },
  },
  plainCenter: { font: font(), alignment: { horizontal: "center", wrapText: true } },
  placeDate: { font: font({ italic: true }), alignment: { horizontal: "center" } },
  title: {
    font: font({ bold: true, size: 14 }),
    alignment: { horizontal: "center", wrapText: true },
  },
  subtitle: { font: font({ bold: true }), alignment: { horizontal: "center", wrapText: true } },
  note: { font: font({ italic: true }), alignment: { horizontal: "center", wrapText: true } },
  section: { font: font({ bold: true }), alignment: { vertical: "middle" } },
  label: { font: font(), alignment: top(), border: box },
  labelBold: { font: font({ bold: true }), alignment: top(), border: box },
  count: { font: font(), alignment: top({ horizontal: "right" }), border: box, numFmt: "#,##0" },
  countBold: {
    font: font({ bold: true }),
    alignment: top({ horizontal: "right" }),
    border: box,
    numFmt: "#,##0",
  },
  percent: {
    font: font({ bold: true }),
    alignment: top({ horizontal: "right" }),
    border: box,
    numFmt: PERCENT_FORMAT,
  },
} satisfies Record<string, Partial<Style>>;

export type StyleName = keyof typeof STYLES;

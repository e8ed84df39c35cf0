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
/**
 * A rate is a fraction shown as a percent, a count has thousands separators.
 * The [$-42A] tag (vi-VN) makes the separators Vietnamese whatever the
 * application's own locale in LibreOffice ("98,62%", "16.274"); Excel takes
 * them from the system's regional settings, which on an office's Vietnamese
 * Windows give the same.
 */
export const PERCENT_FORMAT = "[$-42A]0.00%";
export const COUNT_FORMAT = "[$-42A]#,##0";

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
  // Summary sheet tables
  section: { font: font({ bold: true, size: 13 }), alignment: { vertical: "middle" } },
  sectionNote: { font: font({ italic: true }), alignment: top() },
  label: { font: font(), alignment: top(), border: box },
  labelBold: { font: font({ bold: true }), alignment: top(), border: box },
  count: {
    font: font(),
    alignment: top({ horizontal: "right" }),
    border: box,
    numFmt: COUNT_FORMAT,
  },
  countBold: {
    font: font({ bold: true }),
    alignment: top({ horizontal: "right" }),
    border: box,
    numFmt: COUNT_FORMAT,
  },
  percent: {
    font: font({ bold: true }),
    alignment: top({ horizontal: "right" }),
    border: box,
    numFmt: PERCENT_FORMAT,
  },
} satisfies Record<string, Partial<Style>>;

export type StyleName = keyof typeof STYLES;

const center = { horizontal: "center", vertical: "top", wrapText: true } as const;

/**
 * The header block, narrative and closing of each form, at the sizes the forms
 * prescribe (points, Times New Roman):
 * - State: Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, mục II — Quốc hiệu 12–13
 *   bold capitals; tiêu ngữ 13–14 bold, ruled under; tên cơ quan 12–13 bold
 *   capitals; số, ký hiệu 13; địa danh và ngày 13–14 italic; tên loại 13–14
 *   bold capitals, trích yếu 13–14 bold; nội dung 13–14; "Nơi nhận:" 12 bold
 *   italic, its list 11; quyền hạn, chức vụ 13–14 bold capitals, họ tên 13–14 bold.
 * - Party: Hướng dẫn 36-HD/VPTW, Phụ lục (mẫu chữ) — tiêu đề 15 bold capitals,
 *   ruled under; tên cơ quan 14 bold capitals; số và ký hiệu 14; địa danh và
 *   ngày 14 italic; tên loại 15–16 bold capitals, trích yếu 14–15 bold; nội
 *   dung 14–15; "Nơi nhận:" 14 underlined, its list 12; thể thức đề ký and
 *   chức vụ 14 bold capitals, họ tên 14 bold.
 */
export interface FormStyles {
  issuingBody: Partial<Style>;
  issuingMark: Partial<Style>;
  heading: Partial<Style>;
  motto: Partial<Style>;
  numberLine: Partial<Style>;
  placeDate: Partial<Style>;
  docType: Partial<Style>;
  subject: Partial<Style>;
  rule: Partial<Style>;
  period: Partial<Style>;
  body: Partial<Style>;
  recipientsHeading: Partial<Style>;
  recipient: Partial<Style>;
  signerTitle: Partial<Style>;
  signerName: Partial<Style>;
}

export const FORM_STYLES: Record<"party" | "state", FormStyles> = {
  state: {
    issuingBody: { font: font({ bold: true, size: 13 }), alignment: center },
    issuingMark: { font: font({ size: 10 }), alignment: center },
    heading: { font: font({ bold: true, size: 13 }), alignment: center },
    motto: { font: font({ bold: true, size: 14, underline: true }), alignment: center },
    numberLine: { font: font({ size: 13 }), alignment: center },
    placeDate: { font: font({ italic: true, size: 14 }), alignment: center },
    docType: { font: font({ bold: true, size: 14 }), alignment: center },
    subject: { font: font({ bold: true, size: 14 }), alignment: center },
    rule: { font: font({ size: 10 }), alignment: center },
    period: { font: font({ italic: true, size: 13 }), alignment: center },
    body: {
      font: font({ size: 14 }),
      alignment: { horizontal: "justify", vertical: "top", wrapText: true, indent: 2 },
    },
    recipientsHeading: { font: font({ bold: true, italic: true, size: 12 }), alignment: top() },
    recipient: { font: font({ size: 11 }), alignment: top() },
    signerTitle: { font: font({ bold: true, size: 13 }), alignment: center },
    signerName: { font: font({ bold: true, size: 14 }), alignment: center },
  },
  party: {
    issuingBody: { font: font({ bold: true, size: 14 }), alignment: center },
    issuingMark: { font: font({ size: 14 }), alignment: center },
    heading: { font: font({ bold: true, size: 15, underline: true }), alignment: center },
    motto: { font: font({ size: 14 }), alignment: center },
    numberLine: { font: font({ size: 14 }), alignment: center },
    placeDate: { font: font({ italic: true, size: 14 }), alignment: center },
    docType: { font: font({ bold: true, size: 15 }), alignment: center },
    subject: { font: font({ bold: true, size: 14 }), alignment: center },
    rule: { font: font({ size: 10 }), alignment: center },
    period: { font: font({ italic: true, size: 14 }), alignment: center },
    body: {
      font: font({ size: 14 }),
      alignment: { horizontal: "justify", vertical: "top", wrapText: true, indent: 2 },
    },
    recipientsHeading: { font: font({ size: 14, underline: true }), alignment: top() },
    recipient: { font: font({ size: 12 }), alignment: top() },
    signerTitle: { font: font({ bold: true, size: 14 }), alignment: center },
    signerName: { font: font({ bold: true, size: 14 }), alignment: center },
  },
};

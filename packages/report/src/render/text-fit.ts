/**
 * How tall a wrapped cell prints. Spreadsheets do not grow a row for wrapped
 * text when the file sets no height (LibreOffice overlaps the lines), so the
 * renderer sets each row's height from an estimate of its lines.
 *
 * Lines are filled word by word as the spreadsheet does. Widths per
 * character are measured on Vietnamese text in Times New Roman (Liberation
 * Serif has the same metrics): about 0.42 em for running text, 0.47 em bold,
 * 0.61 em bold capitals; a little is added so the estimate errs on the tall side.
 */

const EM_PER_CHAR = { regular: 0.45, bold: 0.5, caps: 0.63 } as const;
/** Line spacing of Times New Roman in a spreadsheet cell, as a multiple of the size. */
const LINE_SPACING = 1.2;
/** Padding above and below the lines of a cell, in points. */
const ROW_PADDING_PT = 3;
/** Inner padding a cell leaves left and right of its text, in points. */
const CELL_PADDING_PT = 6;

export interface TextFont {
  size: number;
  bold?: boolean;
  /** All capitals (the header block's names): wider letters. */
  caps?: boolean;
}

/** Characters that fit on one line of a cell `widthPt` wide. */
export function charsPerLine(widthPt: number, font: TextFont): number {
  const em = font.caps ? EM_PER_CHAR.caps : font.bold ? EM_PER_CHAR.bold : EM_PER_CHAR.regular;
  return Math.max(1, Math.floor((widthPt - CELL_PADDING_PT) / (em * font.size)));
}

/**
 * Lines a text wraps to with `perLine` characters a line, breaking between
 * words (a word longer than a line is cut); each paragraph at least one line.
 * @example wrappedLines("Số nhiệm vụ", 6) // 3
 */
export function wrappedLines(text: string, perLine: number): number {
  if (text.length <= perLine && !text.includes("\n")) return 1;
  if (text.includes("\n")) {
    let lines = 0;
    for (const paragraph of text.split("\n")) lines += wrappedLines(paragraph, perLine);
    return lines;
  }
  // Words found with indexOf (native), not letter by letter: this runs for every row.
  let lines = 1;
  let used = 0;
  let start = 0;
  const n = text.length;
  while (start < n) {
    let end = text.indexOf(" ", start);
    if (end < 0) end = n;
    let word = end - start;
    if (word > 0) {
      const need = used === 0 ? word : used + 1 + word;
      if (need <= perLine) used = need;
      else {
        if (used > 0) lines += 1;
        while (word > perLine) {
          lines += 1;
          word -= perLine;
        }
        used = word;
      }
    }
    start = end + 1;
  }
  return lines;
}

/** Lines the text wraps to in a cell `widthPt` wide. */
export function estimateLines(text: string, widthPt: number, font: TextFont): number {
  return wrappedLines(text, charsPerLine(widthPt, font));
}

/** Row height in points for this many lines of this size. */
export function heightForLines(lines: number, size: number): number {
  return Math.ceil(lines * size * LINE_SPACING + ROW_PADDING_PT);
}

/** Row height that fits every cell's text: `cells` are [text, width in points, font]. */
export function rowHeight(cells: readonly (readonly [string, number, TextFont])[]): number {
  let height = 0;
  for (const [text, width, font] of cells) {
    height = Math.max(height, heightForLines(estimateLines(text, width, font), font.size));
  }
  return height;
}

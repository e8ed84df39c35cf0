import { describe, expect, it } from "vitest";
import { PRINTED_DETAIL_COLUMNS } from "./detail-columns.js";
import {
  columnPoints,
  fitScale,
  MIN_PRINTED_PT,
  PRINTABLE_PT,
  readableLandscapeA4,
} from "./page.js";
import { charsPerLine, wrappedLines } from "./text-fit.js";

describe("page setup", () => {
  it("has the margins of Nghị định 30/2020 on A4: 165 × 257 mm portrait", () => {
    const mm = (pt: number) => Math.round((pt / 72) * 25.4);
    expect(mm(PRINTABLE_PT.portrait.width)).toBe(165);
    expect(mm(PRINTABLE_PT.portrait.height)).toBe(257);
    expect(mm(PRINTABLE_PT.landscape.width)).toBe(252);
  });

  it("fits the printed detail columns across landscape A4 with 12 pt type at 10 pt or more", () => {
    const widths = PRINTED_DETAIL_COLUMNS.map((c) => c.width);
    const scale = fitScale(widths, PRINTABLE_PT.landscape.width);
    expect((12 * scale) / 100).toBeGreaterThanOrEqual(MIN_PRINTED_PT);
    const printed = widths.reduce((sum, w) => sum + columnPoints(w), 0) * (scale / 100);
    expect(printed).toBeLessThanOrEqual(PRINTABLE_PT.landscape.width);
    expect(readableLandscapeA4(widths, 12).scale).toBe(scale);
  });

  it("never shrinks a list too wide for the page below 10 pt: it goes on across pages", () => {
    const setup = readableLandscapeA4([60, 60, 60, 60], 12);
    expect(setup.scale).toBe(84);
  });
});

describe("wrapped lines", () => {
  it.each([
    ["Số nhiệm vụ", 6, 3],
    ["Số nhiệm vụ", 11, 1],
    ["Đã hoàn thành đúng hạn", 8, 3],
    ["một\nhai", 20, 2],
    ["abcdefghij", 4, 3],
    ["", 5, 1],
  ])("%j at %i characters a line takes %i lines", (text, perLine, lines) => {
    expect(wrappedLines(text, perLine)).toBe(lines);
  });

  it("fits fewer letters on a line in bold capitals than in running text", () => {
    const width = columnPoints(26);
    expect(charsPerLine(width, { size: 13, bold: true, caps: true })).toBeLessThan(
      charsPerLine(width, { size: 13 }),
    );
  });
});

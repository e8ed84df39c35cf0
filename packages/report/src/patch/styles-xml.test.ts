import { describe, expect, it } from "vitest";
import { StylesPart, isDateFormatCode } from "./styles-xml.js";

const HEAD = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">`;
const styles = (numFmts: string, xfs: string) =>
  `${HEAD}${numFmts}<fonts count="1"><font/></fonts><cellXfs count="${(xfs.match(/<xf\b/g) ?? []).length}">${xfs}</cellXfs></styleSheet>`;

describe("isDateFormatCode: which format codes show a date", () => {
  it.each([
    ["dd/mm/yyyy", true],
    ["d/m/yy", true],
    ["mmm yyyy", true],
    ["[$-42A]dd/mm/yyyy", true],
    ["mm", true],
    ["h:mm", false],
    ["[h]:mm:ss", false],
    ["0", false],
    ["#,##0", false],
    ["@", false],
    ["General", false],
    ['"ngày" 0', false],
    ["0\\d", false],
  ])("%j → %s", (code, expected) => {
    expect(isDateFormatCode(code)).toBe(expected);
  });
});

describe("StylesPart.dateStyle: a style that shows a date, added only when needed", () => {
  const xfs = `<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="14" fontId="0" fillId="0" borderId="1" xfId="0" applyNumberFormat="1"/><xf numFmtId="164" fontId="0" fillId="0" borderId="1" xfId="0"/><xf numFmtId="49" fontId="0" fillId="0" borderId="1" xfId="0" applyNumberFormat="1"><alignment wrapText="1"/></xf>`;
  const withCustom = styles(
    `<numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts>`,
    xfs,
  );

  it.each([
    ["a built-in date format", "1"],
    ["a custom date format", "2"],
  ])("%s is kept as it is", (_name, style) => {
    const part = new StylesPart(withCustom);
    expect(part.dateStyle(style, "dd/mm/yyyy")).toBe(style);
    expect(part.changed).toBe(false);
    expect(part.toXml()).toBe(withCustom);
  });

  it("a text style gets a twin with the date format; its border and alignment stay", () => {
    const part = new StylesPart(withCustom);
    expect(part.dateStyle("3", "dd/mm/yyyy")).toBe("4");
    expect(part.dateStyle("3", "dd/mm/yyyy")).toBe("4");
    expect(part.toXml()).toBe(
      withCustom
        .replace('<cellXfs count="4">', '<cellXfs count="5">')
        .replace(
          "</cellXfs>",
          `<xf numFmtId="164" fontId="0" fillId="0" borderId="1" xfId="0" applyNumberFormat="1"><alignment wrapText="1"/></xf></cellXfs>`,
        ),
    );
  });

  it("no style at all: a twin of the default style, and the format added where there was none", () => {
    const plain = styles("", `<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>`);
    const part = new StylesPart(plain);
    expect(part.dateStyle(null, "dd/mm/yyyy")).toBe("1");
    expect(part.toXml()).toBe(
      plain
        .replace(
          "<fonts",
          `<numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts><fonts`,
        )
        .replace(
          '<cellXfs count="1">',
          '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>',
        )
        .replace(
          '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>',
          '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>',
        ),
    );
  });

  it("a new custom format takes the next free id after the custom ones", () => {
    const other = styles(
      `<numFmts count="1"><numFmt numFmtId="170" formatCode="0.0"/></numFmts>`,
      `<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>`,
    );
    const out = new StylesPart(other);
    out.dateStyle("0", "dd/mm/yyyy");
    expect(out.toXml()).toContain(
      `<numFmts count="2"><numFmt numFmtId="170" formatCode="0.0"/><numFmt numFmtId="171" formatCode="dd/mm/yyyy"/></numFmts>`,
    );
  });
});

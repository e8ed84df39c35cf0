import { describe, expect, it } from "vitest";
import { cellXml, patchSheetPart, patchSheetXml, type CellEdit } from "./sheet-xml.js";

const sheet = (rows: string, prefix = "") =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<${prefix}worksheet xmlns${prefix ? `:${prefix.slice(0, -1)}` : ""}="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><${prefix}cols><${prefix}col min="3" max="3" width="12" style="7"/></${prefix}cols><${prefix}sheetData>${rows}</${prefix}sheetData><${prefix}dataValidations count="0"/></${prefix}worksheet>`;

const text = (row: number, column: number, value: string): CellEdit => ({
  row,
  column,
  content: { type: "text", value },
});

describe("patchSheetXml: only the edited <c> elements change", () => {
  const cases: [string, string, CellEdit[], string][] = [
    [
      "an existing cell is replaced, keeping its style; its neighbours are untouched",
      `<row r="2" spans="1:3"><c r="A2" s="1" t="s"><v>0</v></c><c r="B2" s="4" t="s"><v>9</v></c><c r="C2" s="2"><v>45000</v></c></row>`,
      [text(2, 2, "Đang thực hiện")],
      `<row r="2" spans="1:3"><c r="A2" s="1" t="s"><v>0</v></c><c r="B2" s="4" t="inlineStr"><is><t xml:space="preserve">Đang thực hiện</t></is></c><c r="C2" s="2"><v>45000</v></c></row>`,
    ],
    [
      "a missing cell is inserted in column order with the style of the column above",
      `<row r="2"><c r="A2" s="1"/><c r="B2" s="5"/></row><row r="3"><c r="A3" s="1"><v>1</v></c></row>`,
      [{ row: 3, column: 2, content: { type: "number", value: 46000 } }],
      `<row r="2"><c r="A2" s="1"/><c r="B2" s="5"/></row><row r="3"><c r="A3" s="1"><v>1</v></c><c r="B3" s="5"><v>46000</v></c></row>`,
    ],
    [
      "a new cell before an existing one, the column default style from <cols>",
      `<row r="2"><c r="D2"><v>1</v></c></row>`,
      [{ row: 2, column: 3, content: { type: "number", value: 3 } }],
      `<row r="2"><c r="C2" s="7"><v>3</v></c><c r="D2"><v>1</v></c></row>`,
    ],
    [
      "a self-closing row is opened",
      `<row r="2" ht="15"/>`,
      [text(2, 1, "a")],
      `<row r="2" ht="15"><c r="A2" t="inlineStr"><is><t xml:space="preserve">a</t></is></c></row>`,
    ],
    [
      "a missing row is added in row order",
      `<row r="2"><c r="A2"/></row><row r="5"><c r="A5"/></row>`,
      [text(4, 1, "x")],
      `<row r="2"><c r="A2"/></row><row r="4"><c r="A4" t="inlineStr"><is><t xml:space="preserve">x</t></is></c></row><row r="5"><c r="A5"/></row>`,
    ],
    [
      "an emptied cell keeps only its place and style",
      `<row r="2"><c r="A2" s="3" t="s"><v>4</v></c></row>`,
      [{ row: 2, column: 1, content: { type: "empty" } }],
      `<row r="2"><c r="A2" s="3"/></row>`,
    ],
    [
      "cells and rows without r count on from the previous one",
      `<row><c><v>1</v></c><c><v>2</v></c></row>`,
      [{ row: 1, column: 2, content: { type: "number", value: 7 } }],
      `<row><c><v>1</v></c><c r="B1"><v>7</v></c></row>`,
    ],
  ];
  it.each(cases)("%s", (_name, rows, edits, expected) => {
    expect(patchSheetXml(sheet(rows), edits)).toBe(sheet(expected));
  });

  it("a style callback sees the cell's own style, or a new cell's neighbour's, and sets it", () => {
    const seen: (string | null)[] = [];
    const style = (current: string | null) => {
      seen.push(current);
      return current === null ? "9" : `${current}0`;
    };
    const number = { type: "number", value: 1 } as const;
    expect(
      patchSheetXml(sheet(`<row r="2"><c r="A2" s="4"/><c r="D2" s="5"/></row>`), [
        { row: 2, column: 1, content: number, style },
        { row: 2, column: 2, content: number, style },
        { row: 2, column: 4, content: number, style },
      ]),
    ).toBe(
      sheet(
        `<row r="2"><c r="A2" s="40"><v>1</v></c><c r="B2" s="9"><v>1</v></c><c r="D2" s="50"><v>1</v></c></row>`,
      ),
    );
    expect(seen).toEqual(["4", null, "5"]);
  });

  it("tells which overwritten cells held a formula", () => {
    const xml = sheet(
      `<row r="2"><c r="A2"><f>1+1</f><v>2</v></c><c r="B2"><v>3</v></c><c r="C2"><f t="shared" si="0"/></c></row>`,
    );
    const edits = [1, 2, 3].map((column) => text(2, column, "x"));
    expect(patchSheetPart(xml, edits).formulasReplaced).toEqual(["A2", "C2"]);
  });

  it("keeps a namespace prefix", () => {
    const before = sheet(`<x:row r="1"><x:c r="A1"/></x:row>`, "x:");
    expect(patchSheetXml(before, [text(1, 2, "b")])).toBe(
      sheet(
        `<x:row r="1"><x:c r="A1"/><x:c r="B1" t="inlineStr"><x:is><x:t xml:space="preserve">b</x:t></x:is></x:c></x:row>`,
        "x:",
      ),
    );
  });

  it("no edits: the very same text", () => {
    const xml = sheet(`<row r="1"><c r="A1"/></row>`);
    expect(patchSheetXml(xml, [])).toBe(xml);
  });

  it("fills an empty, self-closing sheetData", () => {
    const xml = sheet("").replace("<sheetData></sheetData>", "<sheetData/>");
    expect(patchSheetXml(xml, [text(2, 1, "a")])).toContain(
      `<sheetData><row r="2"><c r="A2" t="inlineStr">`,
    );
  });

  it("text is escaped and never a formula; control characters are dropped", () => {
    expect(cellXml("", 1, 1, null, { type: "text", value: "=A1 & <b>\u0007" })).toBe(
      `<c r="A1" t="inlineStr"><is><t xml:space="preserve">=A1 &amp; &lt;b&gt;</t></is></c>`,
    );
  });

  it("refuses XML that is not well formed", () => {
    expect(() => patchSheetXml(sheet(`<row r="1"><c r="A1"></row>`), [text(1, 1, "a")])).toThrow();
  });
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DocumentSymbol } from "../model/document.js";
import { DOCUMENT_TYPE_NAMES, STATE_TYPE_CODES, documentTypeName } from "./codes.js";
import { formatDocumentSymbol, parseDocumentSymbol, type DocumentSymbolParts } from "./symbol.js";

describe("parseDocumentSymbol", () => {
  it.each<[string, DocumentSymbol]>([
    [
      "221-KL/TW",
      { symbol: "221-KL/TW", number: "221", typeCode: "KL", issuerCode: "TW", system: "party" },
    ],
    [
      "Số 322 - CV/ĐU",
      { symbol: "322-CV/ĐU", number: "322", typeCode: "CV", issuerCode: "ĐU", system: "party" },
    ],
    [
      "02-KH/BCĐTW",
      { symbol: "02-KH/BCĐTW", number: "02", typeCode: "KH", issuerCode: "BCĐTW", system: "party" },
    ],
    [
      "253-QĐ/TW",
      { symbol: "253-QĐ/TW", number: "253", typeCode: "QĐ", issuerCode: "TW", system: "party" },
    ],
    [
      "15-CTr/TU",
      { symbol: "15-CTr/TU", number: "15", typeCode: "CTr", issuerCode: "TU", system: "party" },
    ],
    [
      "09/2019/NĐ-CP",
      {
        symbol: "09/2019/NĐ-CP",
        number: "09",
        year: 2019,
        typeCode: "NĐ",
        issuerCode: "CP",
        system: "state",
      },
    ],
    [
      "23/2025/TT-BNNMT",
      {
        symbol: "23/2025/TT-BNNMT",
        number: "23",
        year: 2025,
        typeCode: "TT",
        issuerCode: "BNNMT",
        system: "state",
      },
    ],
    [
      "1270/BC-TCTTTg",
      {
        symbol: "1270/BC-TCTTTg",
        number: "1270",
        typeCode: "BC",
        issuerCode: "TCTTTg",
        system: "state",
      },
    ],
    [
      "12729/VPCP-KGVX",
      {
        symbol: "12729/VPCP-KGVX",
        number: "12729",
        typeCode: "CV",
        issuerCode: "VPCP",
        unitCode: "KGVX",
        system: "state",
      },
    ],
    [
      " số: 1270 / BC - TCTTTg. ",
      {
        symbol: "1270/BC-TCTTTg",
        number: "1270",
        typeCode: "BC",
        issuerCode: "TCTTTg",
        system: "state",
      },
    ],
    [
      "183\u2013KL/TW",
      { symbol: "183-KL/TW", number: "183", typeCode: "KL", issuerCode: "TW", system: "party" },
    ],
  ])("%s", (text, expected) => {
    const parsed = parseDocumentSymbol(text);
    expect(parsed).toEqual(expected);
    expect(DocumentSymbol.safeParse(parsed).success).toBe(true);
  });

  it.each([
    "",
    "tháng 9/2025",
    "9/2025",
    "1/7/2025",
    "quý IV/2025",
    "221-KL",
    "KL/TW",
    "Kết luận 221-KL/TW về tình hình",
    "221-kl/tw",
    "2.a(3)",
  ])("%j is not a symbol", (text) => {
    expect(parseDocumentSymbol(text)).toBeNull();
  });

  it("reads NFD input as NFC (Số 322 - CV/ĐU pasted from a Mac)", () => {
    expect(parseDocumentSymbol("Số 322 - CV/ĐU".normalize("NFD"))?.symbol).toBe("322-CV/ĐU");
  });
});

describe("type names", () => {
  it("keeps the type name apart from the code: 253-QĐ/TW is a Quy định", () => {
    expect(documentTypeName("QĐ", "Quy định")).toBe("Quy định");
    expect(documentTypeName("QĐ")).toBe("Quyết định");
    expect(documentTypeName("KL")).toBe("Kết luận");
    expect(documentTypeName("XYZ")).toBeNull();
  });

  it("names every party type code the brief lists", () => {
    for (const code of ["NQ", "KL", "CT", "QĐ", "QC", "HD", "TB", "BC", "KH", "CTr", "ĐA", "CV"]) {
      expect(DOCUMENT_TYPE_NAMES[code], code).toBeTruthy();
    }
  });
});

describe("parse ∘ format round trip", () => {
  const digits = fc.stringMatching(/^\d{1,6}$/);
  const typeCode = fc.stringMatching(/^[A-ZĐ][A-Za-zĐđ]{0,5}$/);
  const code = fc.stringMatching(/^[A-ZĐ][A-Za-zĐđ0-9]{0,11}$/);
  const codes = fc.array(code, { minLength: 1, maxLength: 3 }).map((c) => c.join("-"));
  const parts: fc.Arbitrary<DocumentSymbolParts> = fc.oneof(
    fc.record({
      number: digits,
      typeCode,
      issuerCode: code,
      system: fc.constant("party" as const),
    }),
    fc.record({
      number: digits,
      year: fc.integer({ min: 1000, max: 9999 }),
      typeCode,
      issuerCode: codes,
      system: fc.constant("state" as const),
    }),
    fc.record({
      number: digits,
      typeCode: fc.constantFrom(...STATE_TYPE_CODES),
      issuerCode: codes,
      system: fc.constant("state" as const),
    }),
    fc.record({
      number: digits,
      typeCode: fc.constant("CV"),
      issuerCode: code.filter((c) => !STATE_TYPE_CODES.has(c)),
      unitCode: codes,
      system: fc.constant("state" as const),
    }),
  );
  const spaced = (s: string) => s.replace(/([-/])/g, " $1 ");

  it("parse(format(parts)) gives the parts back with the canonical spelling", () => {
    fc.assert(
      fc.property(parts, (p) => {
        const symbol = formatDocumentSymbol(p);
        expect(parseDocumentSymbol(symbol)).toEqual({ symbol, ...p });
        expect(parseDocumentSymbol(`Số ${spaced(symbol)}`)).toEqual({ symbol, ...p });
      }),
      { numRuns: 100 },
    );
  });

  it("gives the same result for NFC and NFD input", () => {
    fc.assert(
      fc.property(fc.oneof(parts.map(formatDocumentSymbol), fc.string()), (s) => {
        expect(parseDocumentSymbol(s.normalize("NFD"))).toEqual(
          parseDocumentSymbol(s.normalize("NFC")),
        );
      }),
      { numRuns: 100 },
    );
  });

  it("never throws", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), (s) => void parseDocumentSymbol(s)),
      { numRuns: 100 },
    );
  });
});

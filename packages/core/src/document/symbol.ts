import type { DocumentSymbol } from "../model/document.js";
import { normalizeVietnamese } from "../text/normalize.js";
import { STATE_TYPE_CODES } from "./codes.js";

/** Regex sources shared with the running-text finder (references.ts). */
export const SYMBOL_PARTS = {
  number: String.raw`\d{1,6}`,
  /** A type code: "KL", "CTr", "NĐ". */
  type: String.raw`[A-ZĐ][A-Za-zĐđ]{0,5}`,
  /** An issuer or unit code: "TW", "BCĐTW", "TCTTTg", "BNNMT". */
  code: String.raw`[A-ZĐ][A-Za-zĐđ0-9]{0,11}`,
} as const;

const { number: N, type: T, code: C } = SYMBOL_PARTS;
const PARTY = new RegExp(String.raw`^(${N})\s*-\s*(${T})\s*/\s*(${C})$`, "u");
const STATE_WITH_YEAR = new RegExp(
  String.raw`^(${N})\s*/\s*(\d{4})\s*/\s*(${T})\s*-\s*(${C}(?:\s*-\s*${C})*)$`,
  "u",
);
const STATE = new RegExp(String.raw`^(${N})\s*/\s*(${C})\s*-\s*(${C}(?:\s*-\s*${C})*)$`, "u");
const PREFIX = /^(?:số|số hiệu)\s*:?\s*/iu;

const squeeze = (code: string) => code.replace(/\s+/g, "");

/** The parts of a symbol, without its canonical spelling. */
export type DocumentSymbolParts = Omit<DocumentSymbol, "symbol">;

/**
 * Canonical spelling of a symbol's parts: no spaces, party `N-TYPE/ISSUER`,
 * state `N/YYYY/TYPE-ISSUER`, `N/TYPE-ISSUER`, công văn `N/ISSUER-UNIT`.
 * @example formatDocumentSymbol({ number: "322", typeCode: "CV", issuerCode: "ĐU", system: "party" }) // "322-CV/ĐU"
 */
export function formatDocumentSymbol(parts: DocumentSymbolParts): string {
  if (parts.system === "party") return `${parts.number}-${parts.typeCode}/${parts.issuerCode}`;
  if (parts.year !== undefined) {
    return `${parts.number}/${String(parts.year).padStart(4, "0")}/${parts.typeCode}-${parts.issuerCode}`;
  }
  if (parts.unitCode !== undefined) return `${parts.number}/${parts.issuerCode}-${parts.unitCode}`;
  return `${parts.number}/${parts.typeCode}-${parts.issuerCode}`;
}

function withSymbol(parts: DocumentSymbolParts): DocumentSymbol {
  return { symbol: formatDocumentSymbol(parts), ...parts };
}

/**
 * Split a number-and-symbol (số ký hiệu) into its parts; null when the text is
 * not one. Tolerates a "Số" prefix, spaces around "-" and "/", NFD input, odd
 * dashes and surrounding punctuation. A state symbol without year whose first
 * code is not a type code is a công văn: issuer, then drafting unit.
 * @example parseDocumentSymbol("Số 322 - CV/ĐU")?.symbol // "322-CV/ĐU"
 * @example parseDocumentSymbol("09/2019/NĐ-CP")?.year // 2019
 * @example parseDocumentSymbol("tháng 9/2025") // null
 */
export function parseDocumentSymbol(text: string): DocumentSymbol | null {
  const cleaned = normalizeVietnamese(text)
    .trim()
    .replace(/^[(\s]+|[\s.,;:)]+$/g, "")
    .replace(PREFIX, "");

  const party = PARTY.exec(cleaned);
  if (party) {
    const [, number = "", typeCode = "", issuerCode = ""] = party;
    return withSymbol({ number, typeCode, issuerCode, system: "party" });
  }

  const yearForm = STATE_WITH_YEAR.exec(cleaned);
  if (yearForm) {
    const [, number = "", year = "", typeCode = "", issuer = ""] = yearForm;
    return withSymbol({
      number,
      year: Number(year),
      typeCode,
      issuerCode: squeeze(issuer),
      system: "state",
    });
  }

  const state = STATE.exec(cleaned);
  if (state) {
    const [, number = "", first = "", rest = ""] = state;
    if (STATE_TYPE_CODES.has(first)) {
      return withSymbol({ number, typeCode: first, issuerCode: squeeze(rest), system: "state" });
    }
    return withSymbol({
      number,
      typeCode: "CV",
      issuerCode: first,
      unitCode: squeeze(rest),
      system: "state",
    });
  }
  return null;
}

import { z } from "zod";
import { IsoDate } from "../dates/civil-date.js";

/**
 * Number-and-symbol (số ký hiệu) split into its parts.
 * Party: "221-KL/TW" → number 221, typeCode KL, issuerCode TW.
 * State: "09/2019/NĐ-CP" → number 09, year 2019, typeCode NĐ, issuerCode CP;
 * "1270/BC-TCTTTg" → number 1270, typeCode BC, issuerCode TCTTTg;
 * công văn "12729/VPCP-KGVX" → typeCode CV (implied), issuerCode VPCP, unitCode KGVX.
 */
export const DocumentSymbol = /* @__PURE__ */ z.strictObject({
  /** Canonical spelling, e.g. "322-CV/ĐU" for "Số 322 - CV/ĐU". */
  symbol: z.string().min(1),
  number: z.string().min(1),
  year: z.number().int().optional(),
  typeCode: z.string().min(1),
  issuerCode: z.string().min(1),
  /** Drafting unit of a state công văn, whose symbol names no type ("KGVX" in 12729/VPCP-KGVX). */
  unitCode: z.string().min(1).optional(),
  system: z.enum(["party", "state"]),
});
export type DocumentSymbol = z.infer<typeof DocumentSymbol>;

/** A link to another document: "Báo cáo số 565-BC/BTCTW, ngày 27/11/2025". */
export const DocumentReference = /* @__PURE__ */ z.strictObject({
  symbol: z.string().min(1),
  date: IsoDate.optional(),
  /** How this document relates: it implements the other, was issued on it, or cites it. */
  relation: z.enum(["implements", "based_on", "cites"]),
  title: z.string().optional(),
});
export type DocumentReference = z.infer<typeof DocumentReference>;

/** A directive. Identity is symbol + date: party numbers restart each term. */
export const DirectiveDocument = /* @__PURE__ */ z.strictObject({
  /** symbol@date, e.g. "221-KL/TW@2025-11-28"; see documentId(). */
  id: z.string().min(1),
  /** Null when the copy does not print the number (seed 000). */
  symbol: DocumentSymbol.nullable(),
  /** "Kết luận", "Công văn", "Quy định" (kept apart from the type code: QĐ is both). */
  typeName: z.string().min(1),
  issuerName: z.string().min(1),
  date: IsoDate,
  title: z.string(),
  references: z.array(DocumentReference),
  /** Where the text came from (file name of the bundled source, URL …). */
  source: z.string().optional(),
});
export type DirectiveDocument = z.infer<typeof DirectiveDocument>;

/**
 * Identity of a document: symbol + date.
 * @example documentId("221-KL/TW", "2025-11-28") // "221-KL/TW@2025-11-28"
 */
export function documentId(symbol: string | null, date: string): string {
  return `${symbol ?? "không-số"}@${date}`;
}

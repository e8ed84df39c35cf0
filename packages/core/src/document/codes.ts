/**
 * Type and issuer codes of document symbols (số ký hiệu) and their Vietnamese
 * names. Data, not rules: add a code here and every parser and label knows it.
 */

/**
 * Type code → the type's name. QĐ is both "Quyết định" and "Quy định"
 * (253-QĐ/TW is a Quy định): the name written before the symbol decides, see
 * DOCUMENT_TYPE_ALTERNATIVE_NAMES and documentTypeName.
 */
export const DOCUMENT_TYPE_NAMES: Readonly<Record<string, string>> = {
  NQ: "Nghị quyết",
  KL: "Kết luận",
  CT: "Chỉ thị",
  QĐ: "Quyết định",
  QC: "Quy chế",
  HD: "Hướng dẫn",
  TB: "Thông báo",
  BC: "Báo cáo",
  KH: "Kế hoạch",
  CTr: "Chương trình",
  ĐA: "Đề án",
  CV: "Công văn",
  NĐ: "Nghị định",
  TT: "Thông tư",
  TTLT: "Thông tư liên tịch",
  TTr: "Tờ trình",
  CĐ: "Công điện",
  GM: "Giấy mời",
};

/** Other names a type code stands for. */
export const DOCUMENT_TYPE_ALTERNATIVE_NAMES: Readonly<Record<string, readonly string[]>> = {
  QĐ: ["Quy định"],
};

/**
 * Issuer code → issuing body. Party: TW (the Central Committee, used by Bộ Chính
 * trị and Ban Bí thư), central boards, steering committees; ĐU is "Đảng ủy" of the
 * issuing committee (322-CV/ĐU is Đảng ủy Chính phủ's). State: CP, TTg, ministries.
 */
export const ISSUER_NAMES: Readonly<Record<string, string>> = {
  TW: "Ban Chấp hành Trung ương",
  BTCTW: "Ban Tổ chức Trung ương",
  VPTW: "Văn phòng Trung ương Đảng",
  UBKTTW: "Ủy ban Kiểm tra Trung ương",
  BCĐ: "Ban Chỉ đạo",
  BCĐTW: "Ban Chỉ đạo Trung ương",
  ĐU: "Đảng ủy",
  ĐUCP: "Đảng ủy Chính phủ",
  CP: "Chính phủ",
  TTg: "Thủ tướng Chính phủ",
  VPCP: "Văn phòng Chính phủ",
  TCTTTg: "Tổ công tác của Thủ tướng Chính phủ",
  QH: "Quốc hội",
  BNV: "Bộ Nội vụ",
  BTC: "Bộ Tài chính",
  BTP: "Bộ Tư pháp",
  BYT: "Bộ Y tế",
  BGDĐT: "Bộ Giáo dục và Đào tạo",
  BNNMT: "Bộ Nông nghiệp và Môi trường",
  BCA: "Bộ Công an",
};

/**
 * Codes that name a type in a state symbol without year ("1270/BC-TCTTTg").
 * Any other first code is an issuer of a công văn ("12729/VPCP-KGVX").
 */
export const STATE_TYPE_CODES: ReadonlySet<string> = new Set(Object.keys(DOCUMENT_TYPE_NAMES));

/**
 * The type name of a document: the name written before its symbol when there is
 * one (it settles QĐ), otherwise the code's usual name; null for unknown codes.
 * @example documentTypeName("QĐ", "Quy định") // "Quy định"
 * @example documentTypeName("KL") // "Kết luận"
 */
export function documentTypeName(typeCode: string, writtenName?: string | null): string | null {
  if (writtenName) return writtenName;
  return DOCUMENT_TYPE_NAMES[typeCode] ?? null;
}

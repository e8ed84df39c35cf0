import { normalizeVietnamese, stripDiacritics } from "../text/normalize.js";
import { defaultAgencyRegistry, type AgencyRegistry } from "./registry.js";

/** Link words left out of an abbreviation ("Bộ Giáo dục và Đào tạo" → "BGDĐT"). */
const LINK_WORDS = new Set(["và", "của", "về", "các", "với"]);

/** An alias written as an abbreviation: capitals only, one word ("ĐUCP", "VPTW"). */
const ABBREVIATION = /^[A-ZĐ]{2,12}$/u;

/**
 * The short name a body puts in its documents' symbols (Nghị định 30/2020/NĐ-CP,
 * Phụ lục I, Phần I, mục II.3: "chữ viết tắt tên cơ quan"; Hướng dẫn 36-HD/VPTW,
 * mục II.1.3: ký hiệu "-BC/<cơ quan>"): the registry's abbreviation when it has
 * one, else the capitalised first letter of each word without its marks — "Đ"
 * keeps its bar, as in "BGDĐT" — leaving out link words.
 * @example agencyAbbreviation("Bộ Nội vụ") // "BNV"
 * @example agencyAbbreviation("Đảng ủy Chính phủ") // "ĐUCP"
 * @example agencyAbbreviation("Bộ Giáo dục và Đào tạo") // "BGDĐT"
 */
export function agencyAbbreviation(
  name: string,
  registry: AgencyRegistry = defaultAgencyRegistry(),
): string {
  const ref = registry.resolve(name);
  const agency = ref.id ? registry.get(ref.id) : undefined;
  const known = agency?.aliases.find((alias) => ABBREVIATION.test(alias.normalize("NFC")));
  if (known) return known.normalize("NFC");
  const words = normalizeVietnamese(agency?.name ?? name)
    .split(/[\s,;()–-]+/u)
    .filter((w) => w !== "" && !LINK_WORDS.has(w.toLocaleLowerCase("vi")));
  return words
    .map((w) => {
      const first = w.charAt(0).toLocaleUpperCase("vi");
      return first === "Đ" ? "Đ" : stripDiacritics(first).toUpperCase();
    })
    .filter((letter) => /^[A-ZĐ0-9]$/u.test(letter))
    .join("");
}

import { normalizeVietnamese } from "../text/normalize.js";
import type { AgencyKind } from "./agency.js";
import { defaultAgencyRegistry, type AgencyRegistry } from "./registry.js";

/**
 * Which of the two document systems a body writes in: the Party's (Quy định
 * 66-QĐ/TW, Hướng dẫn 36-HD/VPTW: "ĐẢNG CỘNG SẢN VIỆT NAM") or the State's
 * (Nghị định 30/2020/NĐ-CP: Quốc hiệu and tiêu ngữ). The report's form follows it.
 */
export type AgencySystem = "party" | "state";

/** What a registry kind says on its own; null: decided by the name. */
function systemOfKind(kind: AgencyKind): AgencySystem | null {
  switch (kind) {
    case "party_central":
    case "party_committee":
      return "party";
    case "government":
    case "ministry":
    case "national_assembly":
    case "state":
      return "state";
    // A steering committee is the Party's (Ban Chỉ đạo Trung ương) or the
    // Government's (Ban Chỉ đạo của Chính phủ); a locality's body, a post or a
    // group can be either: their names tell.
    case "steering_committee":
    case "local":
    case "leader":
    case "group":
    case "front":
    case "other":
      return null;
    default: {
      const never: never = kind;
      return never;
    }
  }
}

/**
 * How Vietnamese bodies are named: party committees end in "ủy" at their level
 * (Đảng ủy, Tỉnh ủy, Thành ủy, Huyện ủy, Quận ủy, Thị ủy) or are a committee's
 * organ (Ban Thường vụ, Ủy ban Kiểm tra, Ban … Trung ương); state bodies are
 * ministries, people's councils and committees, departments and the
 * Government's organs. Checked in order: the first match decides.
 */
const NAME_RULES: readonly [RegExp, AgencySystem][] = [
  [/^(các )?(đảng ủy|đảng bộ|chi bộ|tỉnh ủy|thành ủy|huyện ủy|quận ủy|thị ủy|xã ủy) /u, "party"],
  [/^(ban thường vụ|ban chấp hành|bộ chính trị|ban bí thư|ủy ban kiểm tra) /u, "party"],
  [/^văn phòng (trung ương đảng|tỉnh ủy|thành ủy|huyện ủy|đảng ủy) /u, "party"],
  [/^ban chỉ đạo (.* )?(chính phủ|nhà nước) /u, "state"],
  [/^ban (.* )?trung ương /u, "party"],
  [/^(bí thư|phó bí thư) /u, "party"],
  [
    /^(các )?(bộ|chính phủ|thủ tướng|phó thủ tướng|văn phòng chính phủ|quốc hội|văn phòng quốc hội|chủ tịch nước|văn phòng chủ tịch nước|ủy ban nhân dân|hội đồng nhân dân|sở|tổng cục|cục|thanh tra|kiểm toán nhà nước|ngân hàng nhà nước|tòa án|viện kiểm sát|ủy ban) /u,
    "state",
  ],
];

function systemOfName(name: string): AgencySystem | null {
  // Words separated by single spaces, with a trailing one so "bộ " never matches "bội".
  const words = `${normalizeVietnamese(name)
    .toLocaleLowerCase("vi")
    .replace(/[\s,]+/g, " ")
    .trim()} `;
  for (const [pattern, system] of NAME_RULES) if (pattern.test(words)) return system;
  return null;
}

/**
 * The document system of a reporting unit: from the registry's kind when it
 * knows the body, else from how the name is formed; null when neither tells
 * (a front organisation or an unknown name) and the caller must choose.
 * @example agencySystem("Bộ Nội vụ") // "state"
 * @example agencySystem("Đảng uỷ Bộ Nội vụ") // "party"
 * @example agencySystem("Ủy ban nhân dân tỉnh Nghệ An") // "state"
 */
export function agencySystem(
  name: string,
  registry: AgencyRegistry = defaultAgencyRegistry(),
): AgencySystem | null {
  const ref = registry.resolve(name);
  const agency = ref.id ? registry.get(ref.id) : undefined;
  if (agency) return systemOfKind(agency.kind) ?? systemOfName(agency.name);
  return systemOfName(name);
}

/** Kinds of bodies that are the country's own, not one locality's (nor a group's). */
const LOCAL_OR_UNKNOWN: ReadonlySet<AgencyKind> = new Set(["local", "group", "other"]);

/** The capital (Hiến pháp 2013, Điều 13 khoản 5: "Thủ đô nước Cộng hòa xã hội chủ nghĩa Việt Nam là Hà Nội"). */
const CAPITAL = "Hà Nội";

/**
 * Where a body dates its documents (the place of the place-and-date line): the
 * capital for a central body the registry knows; null for a locality's body or
 * an unknown one, whose seat the registry does not hold.
 * @example agencySeat("Bộ Nội vụ") // "Hà Nội"
 * @example agencySeat("Tỉnh ủy Nghệ An") // null
 */
export function agencySeat(
  name: string,
  registry: AgencyRegistry = defaultAgencyRegistry(),
): string | null {
  const ref = registry.resolve(name);
  const agency = ref.id ? registry.get(ref.id) : undefined;
  return agency && !LOCAL_OR_UNKNOWN.has(agency.kind) ? CAPITAL : null;
}

import type { AgencyRef } from "../model/agency-ref.js";
import type { AgencyRegistry } from "./registry.js";

/**
 * Who acts when a directive names an office-holder or an abbreviation. The
 * rules follow how state directives address bodies: "Bộ trưởng Bộ Y tế" is the
 * minister acting through the ministry, so the body is Bộ Y tế; "Bộ trưởng các
 * Bộ: Quốc phòng, Công an" addresses each ministry; "UBND" is Ủy ban nhân dân.
 * A Party text that addresses "các đồng chí …" names the comrades personally
 * responsible, so such a list is kept as written; so are the Government's own
 * leaders ("Thủ tướng", "Phó Thủ tướng …"), who act in person.
 */

/** Abbreviations of body names as directives print them, longest first. */
const ABBREVIATIONS: ReadonlyArray<readonly [string, string]> = [
  ["UBMTTQ", "Ủy ban Mặt trận Tổ quốc"],
  ["UBND", "Ủy ban nhân dân"],
  ["HĐND", "Hội đồng nhân dân"],
  ["MTTQ", "Mặt trận Tổ quốc"],
  ["CHQS", "Chỉ huy Quân sự"],
  ["BCHQS", "Ban Chỉ huy Quân sự"],
  ["BCH", "Ban Chỉ huy"],
  ["BQL", "Ban Quản lý"],
  ["BCĐ", "Ban Chỉ đạo"],
  ["BHXH", "Bảo hiểm xã hội"],
  ["KBNN", "Kho bạc Nhà nước"],
  ["LĐLĐ", "Liên đoàn Lao động"],
  ["ĐBQH", "Đại biểu Quốc hội"],
  ["TN&MT", "Tài nguyên và Môi trường"],
  ["TNMT", "Tài nguyên và Môi trường"],
  ["NN&MT", "Nông nghiệp và Môi trường"],
  ["NN&PTNT", "Nông nghiệp và Phát triển nông thôn"],
  ["KH&CN", "Khoa học và Công nghệ"],
  ["KHCN", "Khoa học và Công nghệ"],
  ["KH&ĐT", "Kế hoạch và Đầu tư"],
  ["GD&ĐT", "Giáo dục và Đào tạo"],
  ["GDĐT", "Giáo dục và Đào tạo"],
  ["TT&TT", "Thông tin và Truyền thông"],
  ["VH,TT&DL", "Văn hóa, Thể thao và Du lịch"],
  ["VHTTDL", "Văn hóa, Thể thao và Du lịch"],
  ["LĐ-TB&XH", "Lao động - Thương binh và Xã hội"],
  ["LĐTBXH", "Lao động - Thương binh và Xã hội"],
  ["GTVT", "Giao thông vận tải"],
  ["VP", "Văn phòng"],
  ["TP", "Thành phố"],
  ["TW", "Trung ương"],
];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");
const ABBREVIATION_RE = new RegExp(
  `(?<![\\p{L}\\p{N}&])(?:${ABBREVIATIONS.map(([a]) => escape(a)).join("|")})(?![\\p{L}\\p{N}&])`,
  "gu",
);
const SPELLED = new Map(ABBREVIATIONS);

/**
 * A body's name with its abbreviations written out (upper-case abbreviations
 * only: "tp" or "Tp" in running words are left alone).
 * @example spellOutAbbreviations("Văn phòng UBND tỉnh") // "Văn phòng Ủy ban nhân dân tỉnh"
 * @example spellOutAbbreviations("Bộ CHQS tỉnh") // "Bộ Chỉ huy Quân sự tỉnh"
 */
export function spellOutAbbreviations(name: string): string {
  return name.normalize("NFC").replace(ABBREVIATION_RE, (a) => SPELLED.get(a) ?? a);
}

/** Titles whose holder acts through the body named after them ("Giám đốc Sở Y tế" → Sở Y tế). */
const DROPPED_TITLES = [
  "tổng giám đốc",
  "giám đốc",
  "bộ trưởng",
  "thủ trưởng",
  "chủ tịch",
  "bí thư",
  "thống đốc",
  "chủ nhiệm",
  "tổng cục trưởng",
  "cục trưởng",
  "viện trưởng",
  "chánh án",
  "chỉ huy trưởng",
  "hiệu trưởng",
  "trưởng",
];
/** Titles that carry their body's head word ("Chánh Văn phòng X" → Văn phòng X). */
const MERGED_TITLES: ReadonlyArray<readonly [string, string]> = [
  ["chánh văn phòng", "Văn phòng"],
  ["chánh thanh tra", "Thanh tra"],
  ["tổng thanh tra", "Thanh tra"],
  ["tổng kiểm toán", "Kiểm toán"],
];
/** Head words that open a body's name (after a title has been taken off). */
const BODY_HEAD =
  /^(?:(?:các|những)\s+)?(?:bộ|sở|ban|ủy ban|hội đồng|tỉnh ủy|thành ủy|huyện ủy|quận ủy|thị ủy|đảng ủy|cấp ủy|chi bộ|đảng đoàn|ban cán sự|văn phòng|cục|tổng cục|vụ|viện|học viện|trường|trung tâm|công an|bộ chỉ huy|bộ tư lệnh|ngân hàng|kho bạc|bảo hiểm|tập đoàn|tổng công ty|công ty|đài|thông tấn xã|tòa án|kiểm toán|thanh tra|mặt trận|liên đoàn|hội|đoàn|cơ quan|đơn vị|tổ chức|chính quyền|quốc hội|chính phủ)(?![\p{L}])/u;

// The root case mapping is the Vietnamese one (text/normalize.test.ts), without a locale look-up per call.
const lower = (s: string) => s.toLowerCase().replace(/uỷ/gu, "ủy");

function startsWithWord(folded: string, word: string): boolean {
  return folded.startsWith(word) && !/^[\p{L}\p{N}]/u.test(folded.slice(word.length));
}

function capitalise(name: string): string {
  if (/^(?:các|những)\s/u.test(name)) return name;
  return name.charAt(0).toLocaleUpperCase("vi") + name.slice(1);
}

/**
 * The body an office-holder's title stands for, or null when the name is no
 * such title ("Phó Thủ tướng …" and other deputies act in person).
 * @example bodyOfOfficeHolder("Bộ trưởng Bộ Y tế") // "Bộ Y tế"
 * @example bodyOfOfficeHolder("Bí thư tỉnh ủy, thành ủy") // "Tỉnh ủy, thành ủy"
 * @example bodyOfOfficeHolder("Chánh Văn phòng Ban Chỉ đạo") // "Văn phòng Ban Chỉ đạo"
 */
export function bodyOfOfficeHolder(name: string): string | null {
  const text = name.trim().replace(/^(?:các|những)\s+/iu, "");
  const folded = lower(text);
  for (const [title, head] of MERGED_TITLES) {
    if (startsWithWord(folded, title)) return `${head}${text.slice(title.length)}`;
  }
  for (const title of DROPPED_TITLES) {
    if (!startsWithWord(folded, title)) continue;
    const rest = text.slice(title.length).replace(/^\s+/u, "");
    // "Bộ trưởng, Thủ trưởng cơ quan ngang bộ": a bare minister's title is every ministry.
    if (rest === "" && title === "bộ trưởng") return "các Bộ";
    if (!BODY_HEAD.test(lower(rest))) return null;
    return capitalise(rest);
  }
  return null;
}

/** Plural units a member list follows: "các tỉnh: Đắk Lắk, Gia Lai", "các Bộ: Quốc phòng". */
const ENUMERATION =
  /^(.*?)(?:^|\s+)(?:các|những)\s+((?:bộ|tỉnh|thành phố|sở|cơ quan|ngành|huyện|xã|phường|tập đoàn)(?:\s*,\s*(?:bộ|tỉnh|thành phố|sở|cơ quan|ngành|huyện|xã|phường|tập đoàn))*)\s*:\s*(.+)$/isu;

/** Members of "A, B, C và D", using the registry to keep "Nông nghiệp và Môi trường" whole. */
function splitMembers(list: string, isKnown: (member: string) => boolean): string[] {
  const out: string[] = [];
  let rest = list.trim();
  while (rest.length > 0) {
    const cuts = [...rest.matchAll(/\s*,\s*|\s+và\s+/gu)].map((m) => ({
      at: m.index,
      next: m.index + m[0].length,
    }));
    let taken = cuts.length;
    // The longest prefix that names a known body wins; else the first member.
    for (let k = cuts.length; k >= 0; k -= 1) {
      const end = k === cuts.length ? rest.length : (cuts[k]?.at ?? rest.length);
      if (isKnown(rest.slice(0, end))) {
        taken = k;
        break;
      }
      if (k === 0) taken = 0;
    }
    const cut = cuts[taken];
    out.push(rest.slice(0, cut ? cut.at : rest.length).trim());
    rest = cut ? rest.slice(cut.next) : "";
  }
  return out.filter((m) => m.length > 0);
}

/**
 * "Bí thư tỉnh ủy và Chủ tịch Ủy ban nhân dân các tỉnh: Đắk Lắk, Gia Lai" →
 * Tỉnh ủy Đắk Lắk, Tỉnh ủy Gia Lai, Ủy ban nhân dân tỉnh Đắk Lắk, …; "Bộ trưởng
 * các Bộ: Quốc phòng, Công an" → Bộ Quốc phòng, Bộ Công an. Null when the name
 * lists no members.
 */
export function enumeratedBodies(
  name: string,
  isKnown: (body: string) => boolean = () => false,
): string[] | null {
  const m = ENUMERATION.exec(name.trim());
  if (!m) return null;
  const holders = (m[1] ?? "").trim();
  const units = (m[2] ?? "").split(/\s*,\s*/u).map((u) => u.trim());
  const unit = units[0] ?? "";
  const heads =
    holders === ""
      ? units.map((u) => capitalise(u))
      : holders
          .split(/\s*,\s*|\s+và\s+/u)
          .map((h) => (bodyOfOfficeHolder(h) ?? h).replace(/^(?:các|những)\s+/iu, ""))
          .filter((h) => h !== "")
          .map(capitalise);
  const bodyOf = (head: string, member: string): string => {
    const h = lower(head);
    if (h === lower(unit) || units.some((u) => h === lower(u))) return `${head} ${member}`;
    // "Tỉnh ủy" already says which unit; "Ủy ban nhân dân" needs it ("… tỉnh Gia Lai").
    if (units.some((u) => h.includes(lower(u))) || units.length > 1) return `${head} ${member}`;
    return `${head} ${unit} ${member}`;
  };
  const members = splitMembers(m[3] ?? "", (member) =>
    heads.some((head) => isKnown(bodyOf(head, member))),
  );
  if (members.length === 0 || heads.length === 0) return null;
  const out: string[] = [];
  for (const head of heads) {
    for (const member of members) {
      // A member written as a full name of its own ("Tập đoàn Điện lực Việt Nam") stays as it is.
      if (BODY_HEAD.test(lower(member)) && /^\p{Lu}/u.test(member)) {
        if (!out.includes(member)) out.push(member);
        continue;
      }
      const candidates = holders === "" ? units.map((u) => bodyOf(capitalise(u), member)) : [];
      const known = candidates.find((c) => isKnown(c));
      out.push(known ?? bodyOf(head, member));
    }
    if (holders === "") break;
  }
  return out;
}

/** A list that addresses comrades ("các đồng chí bộ trưởng, bí thư tỉnh ủy"): persons, kept as written. */
function addressesComrades(list: readonly AgencyRef[]): boolean {
  return list.some((a) => /^(?:các\s+)?đồng chí(?![\p{L}])/iu.test(a.name.trim()));
}

/**
 * The bodies that act for a list of names read from a directive: office-holders
 * become their body, enumerations one body per member, abbreviations written
 * out; each new name is looked up in the registry. Known leaders (kind "leader")
 * and lists addressing comrades stay as they are.
 * @example actingBodies([{ id: null, name: "Giám đốc Sở Y tế" }], registry) // [{ id: null, name: "Sở Y tế" }]
 */
export function actingBodies(list: readonly AgencyRef[], registry: AgencyRegistry): AgencyRef[] {
  if (addressesComrades(list)) return [...list];
  const resolve = (name: string): AgencyRef => {
    const ref = registry.resolve(name);
    return ref.id ? ref : { id: null, name };
  };
  const isKnown = (name: string) => registry.resolve(name).id !== null;
  const out: AgencyRef[] = [];
  for (const ref of list) {
    const kind = ref.id ? registry.get(ref.id)?.kind : undefined;
    if (kind === "leader") {
      out.push(ref);
      continue;
    }
    const written = spellOutAbbreviations(ref.name);
    const members = enumeratedBodies(written, isKnown);
    if (members) {
      out.push(...members.map(resolve));
      continue;
    }
    const body = bodyOfOfficeHolder(written);
    if (body) out.push(resolve(body));
    else out.push(ref.id ? { id: ref.id, name: written } : resolve(written));
  }
  return out;
}

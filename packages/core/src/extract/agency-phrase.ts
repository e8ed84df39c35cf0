import type { AgencyMention } from "../agency/registry.js";
import type { AgencyRef } from "../model/agency-ref.js";

/**
 * Lists of agencies in running text: "Đảng uỷ Chính phủ, Đảng uỷ Quốc hội",
 * "Bộ Tài chính, các cơ quan, địa phương", "các đồng chí bộ trưởng, bí thư tỉnh
 * ủy, thành ủy". Known bodies come from the registry's scan; anything else that
 * reads like a body ("Các đồng chí Uỷ viên Ban Thường vụ Đảng ủy") is kept as
 * written with a null id, so that nothing is dropped.
 */

export interface AgencyPhrase {
  agencies: AgencyRef[];
  /** Offsets of the phrase in the text it was read from. */
  start: number;
  end: number;
}

/** Words that open the name of a body (lower case, after folding "uỷ" → "ủy"). */
const HEAD_WORDS = [
  "các đồng chí",
  "đồng chí",
  "người đứng đầu",
  "thường trực",
  "ban thường vụ",
  "ban",
  "bộ",
  "đảng ủy",
  "ủy ban",
  "văn phòng",
  "tỉnh ủy",
  "thành ủy",
  "cấp ủy",
  "hội đồng",
  "sở",
  "cục",
  "tổng cục",
  "ubnd",
  "hđnd",
  "bí thư",
  "chủ tịch",
  "thủ tướng",
  "chính phủ",
  "quốc hội",
  "viện",
  "học viện",
  "trung tâm",
  "tòa án",
  "kiểm toán",
  "ngân hàng",
  "công an",
  "quân ủy",
  "mặt trận",
  "bộ trưởng",
  "thủ trưởng",
  "thống đốc",
  "tổng giám đốc",
  "giám đốc",
  "trưởng ban",
  "phó thủ tướng",
  "tập đoàn",
  "tổng công ty",
  "đài",
  "thông tấn xã",
  "báo",
  "chủ đầu tư",
  "bộ chỉ huy",
  "bộ tư lệnh",
  "ban chỉ huy",
  "ban quản lý",
  "bql",
  "bch",
  "mttq",
  "ubmttq",
  "chánh văn phòng",
  "chánh thanh tra",
  "tổng thanh tra",
  "chủ nhiệm",
  "cục trưởng",
  "viện trưởng",
  "chỉ huy trưởng",
  "thanh tra",
  "liên đoàn",
  "cơ quan",
  "đơn vị",
  "địa phương",
  "các",
];

/** Words that end a body's name: the predicate has begun. */
const STOP_WORDS = [
  "theo",
  "phải",
  "có trách nhiệm",
  "chịu trách nhiệm",
  "chủ trì",
  "phối hợp",
  "tiếp tục",
  "khẩn trương",
  "tập trung",
  "lãnh đạo",
  "chỉ đạo",
  "thực hiện",
  "triển khai",
  "sớm",
  "rà soát",
  "ban hành",
  "hướng dẫn",
  "nghiêm túc",
  "căn cứ",
  "trực tiếp",
  "đẩy mạnh",
  "tổ chức",
  "báo cáo",
  "xây dựng",
  "nghiên cứu",
  "chủ động",
  "làm việc",
  "đôn đốc",
  "khắc phục",
  "quán xuyến",
  "tăng cường",
  "kiểm tra",
  "giúp",
  "cần",
  "được",
  "đã",
  "sẽ",
  "trong",
  "để",
  "nhằm",
  "bảo đảm",
  "đảm bảo",
  "hoàn thành",
  "tham mưu",
  "số hóa",
  "số hoá",
  "quyết liệt",
];

const MAX_UNKNOWN_WORDS = 20;

/** Lower case with "uỷ/ủy"-style marks unified, same length as the input for NFC text. */
const folded = new Map<string, string>();

export function foldKey(text: string): string {
  // The same texts are folded again and again while an item is read: remember the last few.
  const seen = folded.get(text);
  if (seen !== undefined) return seen;
  if (folded.size > 512) folded.clear();
  const out = foldUncached(text);
  folded.set(text, out);
  return out;
}

/**
 * Forget the folded texts of an earlier extraction. A long text that equals a
 * remembered one without being the same string is compared character by
 * character on every look-up (a second extraction of the same 5 MB text took
 * six times as long as the first).
 */
export function forgetFolds(): void {
  folded.clear();
}

function foldUncached(text: string): string {
  // The root case mapping is the Vietnamese one (text/normalize.test.ts), without a locale look-up per call.
  return text
    .toLowerCase()
    .replace(/uỷ/g, "ủy")
    .replace(/oà/g, "òa")
    .replace(/oá/g, "óa")
    .replace(/oả/g, "ỏa")
    .replace(/oã/g, "õa")
    .replace(/oạ/g, "ọa");
}

function startsWithWord(folded: string, at: number, words: readonly string[]): string | null {
  for (const w of words) {
    if (folded.startsWith(w, at)) {
      const after = folded.charAt(at + w.length);
      if (after === "" || !/[\p{L}\p{N}]/u.test(after)) return w;
    }
  }
  return null;
}

const STRICT_HEADS = HEAD_WORDS.filter((w) => w !== "các" && w !== "cơ quan" && w !== "đơn vị");

/**
 * True when the words at `at` open the name of a body. `strict`: a bare "các",
 * "cơ quan", "đơn vị" is not enough, but "các" before a body's head is ("các cơ
 * quan truyền thông", "các bộ, ngành").
 */
export function startsLikeAgency(folded: string, at: number, strict = false): boolean {
  if (!strict) return startsWithWord(folded, at, HEAD_WORDS) !== null;
  if (startsWithWord(folded, at, STRICT_HEADS) !== null) return true;
  const plural = /^(?:các|những)\s+/u.exec(folded.slice(at, at + 8));
  return (
    plural !== null &&
    startsWithWord(folded, at + plural[0].length, [
      ...STRICT_HEADS,
      "cơ quan",
      "đơn vị",
      "ngành",
      "địa phương",
      "doanh nghiệp",
    ]) !== null
  );
}

/** True when the words at `at` begin a predicate (a verb, a modal). */
export function startsPredicate(folded: string, at: number): boolean {
  return startsWithWord(folded, at, STOP_WORDS) !== null;
}

/** A bare collective noun ("địa phương", "đơn vị") that continues the previous unknown name. */
function isBareGroup(name: string): boolean {
  return /^(?:các\s+)?(?:địa phương|đơn vị|cơ quan|ngành|bộ|tổ chức)$/iu.test(name);
}

const SEPARATORS = /(?:[\s,]|và(?![\p{L}]))*/uy;

function skipSeparators(text: string, at: number, limit = text.length): number {
  SEPARATORS.lastIndex = at;
  const m = SEPARATORS.exec(text);
  return Math.min(limit, at + (m?.[0].length ?? 0));
}

/** Mentions by start offset, built once per scan result. */
const byStart = new WeakMap<readonly AgencyMention[], Map<number, AgencyMention>>();
function mentionAt(mentions: readonly AgencyMention[], at: number): AgencyMention | undefined {
  let index = byStart.get(mentions);
  if (!index) {
    index = new Map();
    for (const m of mentions) if (!index.has(m.start)) index.set(m.start, m);
    byStart.set(mentions, index);
  }
  return index.get(at);
}

const isCapital = (ch: string) => ch !== "" && ch !== ch.toLowerCase();

/** "các tỉnh: Đắk Lắk, Khánh Hòa" — a plural body noun whose members follow a colon. */
const ENUMERATED_BEFORE =
  /(?:các|những)\s+(?:tỉnh|thành phố|bộ|ngành|cơ quan|đơn vị|địa phương)(?:\s*,\s*(?:tỉnh|thành phố|bộ|cơ quan|ngành))*\s*$/u;

/**
 * The lower-case units that continue a group's name after a comma; "tổ chức, cá nhân"
 * (organisations and individuals) is a noun pair there, not the verb "tổ chức".
 * "các Bộ, cơ quan: Tài chính, …" is one plural before its members. Matched on folded
 * text, where "đoàn" reads "đòan" (foldKey's tone placement).
 */
const GROUP_MEMBER =
  /^,\s(?:xã|phường|đặc khu|thị trấn|thị xã|huyện|quận|thành phố|ban|ngành|hội|đoàn thể|đòan thể|tổ chức chính trị|tổ chức(?=,\s*cá nhân|\s+và\s+cá nhân)|cá nhân|(?:bộ|cơ quan|ngành)(?=\s*:))(?![\p{L}])/u;

/**
 * End of a body's name not in the registry. Vietnamese capitalises the first
 * word of a name after its head ("Bộ Xây dựng", "Sở Tư pháp"), so a capitalised
 * word never ends the name, even when it reads like a verb; a capital after
 * "và" or "," continues it ("Bộ Nông nghiệp và Môi trường", "Bộ Văn hóa, Thể
 * thao và Du lịch"), as do the members after "các tỉnh:".
 */
function unknownEnd(text: string, folded: string, from: number, limit: number): number {
  let i = from;
  let words = 0;
  // After "các Bộ:" the capitalised members are names even when they read like verbs
  // ("Xây dựng", "Tài chính"): "các Bộ: Công Thương, Xây dựng hướng dẫn …".
  let members = false;
  while (i < limit) {
    const ch = text.charAt(i);
    if (ch === "," && /^,\s\p{Lu}/u.test(text.slice(i, i + 3))) {
      const after = i + 2;
      if (!startsLikeAgency(folded, after, true) && (members || !startsPredicate(folded, after))) {
        i += 1;
        continue;
      }
    }
    if (
      ch === ":" &&
      /^:\s\p{Lu}/u.test(text.slice(i, i + 3)) &&
      ENUMERATED_BEFORE.test(folded.slice(Math.max(from, i - 40), i))
    ) {
      // The members that follow are names, however many: they do not count towards the limit.
      words = 0;
      members = true;
      i += 1;
      continue;
    }
    const member = ch === "," ? GROUP_MEMBER.exec(folded.slice(i, i + 24)) : null;
    if (member) {
      // "Ủy ban nhân dân các phường, xã, đặc khu", "các sở, ban, ngành": one group's units
      // (read past the unit, which may look like a verb: "tổ chức, cá nhân").
      i += member[0].length;
      continue;
    }
    if (ch === "," || ch === ";" || ch === ":" || ch === "(" || ch === "." || ch === "\n") break;
    if (/\s/.test(ch)) {
      const next = i + 1;
      if (folded.startsWith("và ", next) && !isCapital(text.charAt(next + 3))) break;
      if (next > from && !isCapital(text.charAt(next)) && startsPredicate(folded, next)) break;
      words += 1;
      if (words >= MAX_UNKNOWN_WORDS) break;
    }
    i += 1;
  }
  return i;
}

/**
 * Read a list of agencies starting at `from` (leading spaces skipped). The list
 * ends where neither a known body nor the head of a body's name follows.
 * `requireKnownFirst`: the first element must be a registry body (report-to,
 * the body told to act after "chỉ đạo").
 */
export function readAgencyPhrase(
  text: string,
  from: number,
  mentions: readonly AgencyMention[],
  opts: { requireKnownFirst?: boolean; strictHeads?: boolean; limit?: number } = {},
): AgencyPhrase | null {
  const folded = foldKey(text);
  // Read no further than `limit` (the end of the clause), without copying the text.
  const limit = Math.min(text.length, opts.limit ?? text.length);
  const agencies: AgencyRef[] = [];
  let at = skipSeparators(text, from, limit);
  const start = at;
  let end = at;
  let unknownStart = -1;
  for (;;) {
    const mention = mentionAt(mentions, at);
    if (mention && mention.end <= limit) {
      agencies.push(mention.ref);
      end = mention.end;
      unknownStart = -1;
    } else {
      if (opts.requireKnownFirst && agencies.length === 0) return null;
      if (!startsLikeAgency(folded, at, opts.strictHeads && agencies.length === 0)) break;
      const stop = unknownEnd(text, folded, at, limit);
      const name = text.slice(at, stop).trim();
      // A known body inside the words belongs to this longer, unknown name.
      if (name.length === 0 || startsPredicate(folded, at)) break;
      const previous = agencies[agencies.length - 1];
      if (previous && previous.id === null && unknownStart >= 0 && isBareGroup(name)) {
        // "các cơ quan, địa phương": one collective, written with a comma.
        agencies[agencies.length - 1] = { id: null, name: text.slice(unknownStart, stop).trim() };
      } else {
        agencies.push({ id: null, name });
        unknownStart = at;
      }
      end = at + text.slice(at, stop).trimEnd().length;
    }
    const next = skipSeparators(text, end, limit);
    if (next === end || next >= limit) break;
    // Continue only across ", " and " và ".
    at = next;
  }
  if (agencies.length === 0) return null;
  return { agencies, start, end };
}

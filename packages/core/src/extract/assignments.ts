import type { AgencyMention } from "../agency/registry.js";
import type { AgencyRef } from "../model/agency-ref.js";
import { foldKey, readAgencyPhrase, startsPredicate } from "./agency-phrase.js";
import { GIAO_VERB } from "./giao.js";
import { splitParts, splitSentences, type Segment } from "./segments.js";
import type { TextSpan } from "./tree.js";

/**
 * One assignment (or one skipped statement) inside an item's own text: the
 * stretch of words from where a subject is introduced ("Giao X …", "Yêu cầu X
 * …", "X phải …") to where the next one is.
 */
export interface Assignment {
  kind: "task" | "praise" | "permission";
  pieces: Array<{ span: number; start: number; end: number }>;
  /** The bodies the words address; null when the item names none (inherited). */
  subject: AgencyRef[] | null;
  /** Where the predicate starts, counted from the first piece's start. */
  predicateAt: number;
}

const PRAISE =
  /(?<![\p{L}])(?:cơ bản thống nhất|ghi nhận và biểu dương|ghi nhận, biểu dương|biểu dương|hoan nghênh|đánh giá cao)(?![\p{L}])/u;
const PERMISSION =
  /^(?:[^,;]{0,60},\s*)?(?:đồng ý (?:để|với|cho)|cho phép|chấp thuận|thống nhất để)(?![\p{L}])/u;
const TRIGGER = new RegExp(String.raw`(?:${GIAO_VERB}|(?<![\p{L}])(?:yêu cầu|đề nghị))\s+`, "gu");
const DISCOURSE =
  /^(?:(?:theo đó|trong đó|đồng thời|ngoài ra|bên cạnh đó|mặt khác|trên cơ sở đó)\s*,\s*|[^:;]{0,80}?(?:nêu rõ|nhấn mạnh|chỉ rõ)\s*:\s*)/u;
const TOPIC = /^(?:về|đối với)\s[^:;]{1,300}?:\s*(?=\S)/u;
/** "Sở Y tế: chỉ đạo …": a body, a colon, then its duty in lower case on the same line. */
const COLON_PREDICATE = /^\s*:\s*(?=\p{Ll})/u;
/** "Thanh tra tỉnh: Tăng cường …": the duty may open in capitals when it opens with a verb. */
const COLON_CAPITAL = /^\s*:\s*(?=\p{Lu})/u;
const ADVERBIAL_OPENER =
  /^(?:trên cơ sở|căn cứ|để|nhằm|theo|sau khi|ngay sau khi|thực hiện|trong (?:thời gian|quá trình))(?![\p{L}])[^;]*,\s*$/u;
const NOT_A_PREDICATE = /^\s*(?:của|về|tại|đã|và|với|ở|:|\)|$)/u;
const MID_SUBJECT_PREDICATE = /^\s+(?:phải|có trách nhiệm|chịu trách nhiệm)(?![\p{L}])/u;

const SPACES = /\s*/uy;
const INSERTED_ADVERBIAL =
  /^\s*,\s*(?:trên cơ sở|căn cứ|theo chức năng|trong phạm vi|với vai trò|thông qua)(?![\p{L}])/u;
const PASSIVE_CHAPEAU =
  /(?<![\p{L}])được\s+(?:quy định|bố trí|phân bổ|cấp|xác định|sử dụng|thực hiện)(?![\p{L}])[^.;:]*:\s*$/u;

/** Index of the first mention starting after `at` (mentions are in text order). */
function firstMentionAfter(mentions: readonly AgencyMention[], at: number): number {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((mentions[mid]?.start ?? 0) <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export interface SubjectHit {
  agencies: AgencyRef[];
  /** Where the new assignment starts (the part's start, or the subject for "…, X phải"). */
  splitAt: number;
  /** Where the predicate starts. */
  predicateAt: number;
  via: "trigger" | "leading" | "mid";
  /** The request follows an opening clause and the requester's name ("Nhằm …, Chủ tịch UBND tỉnh yêu cầu X"). */
  framed?: boolean;
}

function onlyAgencies(
  text: string,
  from: number,
  to: number,
  mentions: readonly AgencyMention[],
): boolean {
  let at = from;
  const inside = mentions.filter((m) => m.start >= from && m.end <= to);
  for (const m of inside) {
    if (!/^[\s,]*(?:và\s+)?$/u.test(text.slice(at, m.start))) return false;
    at = m.end;
  }
  return inside.length > 0 && /^\s*$/u.test(text.slice(at, to));
}

/**
 * The words before "yêu cầu / đề nghị / giao" are the requester's name only
 * ("Ủy ban nhân dân Thành phố yêu cầu các sở …", "Phó Thủ tướng yêu cầu Bộ X …"):
 * the addressee after the verb acts, as with the issuer's name.
 */
function requesterName(
  text: string,
  from: number,
  to: number,
  mentions: readonly AgencyMention[],
): { how: "plain" | "framed"; agencies: AgencyRef[] } | null {
  // The name may follow an opening clause and its comma ("Nhằm …, Chủ tịch UBND thành phố yêu cầu").
  const comma = text.lastIndexOf(",", to);
  for (const at of comma > from ? [from, comma + 1] : [from]) {
    const start = at + (/^\s*/u.exec(text.slice(at, to))?.[0].length ?? 0);
    if (start >= to) continue;
    const phrase = readAgencyPhrase(text, start, mentions, { strictHeads: true, limit: to });
    if (phrase === null || text.slice(phrase.end, to).trim() !== "") continue;
    if (at !== from && relativeAgent(text, from, comma, mentions)) continue;
    return { how: at === from ? "plain" : "framed", agencies: phrase.agencies };
  }
  return null;
}

/** "do / được / mà / bởi" before a name: the agent of a relative clause. */
const RELATIVE_MARKER = /(?<![\p{L}])(?:do|được|mà|bởi)\s+$/u;

/**
 * The clause before the comma ends in "do / được / mà <bodies>": the name after the
 * comma continues that list of agents ("các nhiệm vụ do Thủ tướng Chính phủ, Chính
 * phủ giao các bộ …"), it opens no request of its own.
 */
function relativeAgent(
  text: string,
  from: number,
  comma: number,
  mentions: readonly AgencyMention[],
): boolean {
  const folded = foldKey(text.slice(from, comma));
  for (let i = folded.length; i > 0; i -= 1) {
    if (i < folded.length && !/\s/u.test(folded[i - 1] ?? "")) continue;
    if (!RELATIVE_MARKER.test(folded.slice(0, i))) continue;
    const phrase = readAgencyPhrase(text, from + i, mentions, { strictHeads: true, limit: comma });
    return phrase !== null && text.slice(phrase.end, comma).trim() === "";
  }
  return false;
}

/**
 * "… đề nghị <cấp trên> hỗ trợ / xem xét / cho phép …": a request upward, for support
 * or a decision; the one who asks acts ("Chủ tịch UBND cấp tỉnh đề nghị Thủ tướng
 * Chính phủ hỗ trợ").
 */
const UPWARD_REQUEST =
  /^\s*(?:hỗ trợ|xem xét|cho phép|chấp thuận|phê duyệt|quyết định|cho ý kiến)(?![\p{L}])/u;

/**
 * The subject a part introduces, if any: after "giao / yêu cầu / đề nghị"
 * (preceded by nothing, an adverbial ending in ",", or the issuer's name), at
 * the start of the part ("Bộ Tư pháp khẩn trương …"), or inside it before
 * "phải / có trách nhiệm" ("…, các bộ, ngành, địa phương phải hoàn thành …").
 */
export function findSubject(
  text: string,
  part: Segment,
  mentions: readonly AgencyMention[],
  opts: { opening?: boolean } = {},
): SubjectHit | null {
  const folded = foldKey(text);
  let s = part.start + (/^[\s,;:.]*/u.exec(text.slice(part.start, part.end))?.[0].length ?? 0);
  const discourse = DISCOURSE.exec(folded.slice(s, part.end));
  if (discourse) s += discourse[0].length;
  // "Về <chủ đề>: Giao Bộ X …" / "Đối với <việc>: Bộ X …": the topic names no actor.
  const topic = TOPIC.exec(folded.slice(s, part.end));
  if (topic) s += topic[0].length;

  // Search the part only (a copy of the part, not of the text: linear over a paragraph).
  const window = folded.slice(s, part.end);
  TRIGGER.lastIndex = 0;
  for (let hit = TRIGGER.exec(window); hit !== null; hit = TRIGGER.exec(window)) {
    const m = { index: hit.index + s, 0: hit[0] };
    const prefix = text.slice(s, m.index);
    const direct =
      prefix.trim() === "" || /,\s*$/u.test(prefix) || onlyAgencies(text, s, m.index, mentions);
    const requester = direct ? null : requesterName(text, s, m.index, mentions);
    if (!direct && !requester) continue;
    const phrase = readAgencyPhrase(text, m.index + m[0].length, mentions, {
      limit: part.end,
    });
    if (phrase) {
      if (
        requester &&
        m[0].startsWith("đề nghị") &&
        UPWARD_REQUEST.test(folded.slice(phrase.end, part.end))
      ) {
        return {
          agencies: requester.agencies,
          splitAt: part.start,
          predicateAt: m.index,
          via: "leading",
        };
      }
      return {
        agencies: phrase.agencies,
        splitAt: part.start,
        predicateAt: phrase.end,
        via: "trigger",
        ...(requester?.how === "framed" ? { framed: true } : {}),
      };
    }
  }

  const leading = readAgencyPhrase(text, s, mentions, { strictHeads: true, limit: part.end });
  let colon = leading ? COLON_PREDICATE.exec(text.slice(leading.end, part.end)) : null;
  const capital = leading && !colon ? COLON_CAPITAL.exec(text.slice(leading.end, part.end)) : null;
  if (leading && capital && startsPredicate(folded, leading.end + capital[0].length))
    colon = capital;
  if (leading && colon) {
    return {
      agencies: leading.agencies,
      splitAt: part.start,
      predicateAt: leading.end + colon[0].length,
      via: "leading",
    };
  }
  // "Sở Tài chính, trên cơ sở đề xuất của các cơ quan, đơn vị, chủ trì tổng hợp …": an
  // adverbial inserted between commas after the body; the predicate follows the comma that
  // closes it.
  const inserted = leading ? INSERTED_ADVERBIAL.exec(folded.slice(leading.end, part.end)) : null;
  if (leading && inserted) {
    const from = leading.end + inserted[0].length;
    for (let c = text.indexOf(",", from); c >= 0 && c < part.end; c = text.indexOf(",", c + 1)) {
      const next = c + 1 + (/^\s*/u.exec(text.slice(c + 1))?.[0].length ?? 0);
      if (startsPredicate(folded, next)) {
        return {
          agencies: leading.agencies,
          splitAt: part.start,
          predicateAt: next,
          via: "leading",
        };
      }
    }
  }
  if (leading && !NOT_A_PREDICATE.test(text.slice(leading.end, part.end))) {
    SPACES.lastIndex = leading.end;
    const next = leading.end + (SPACES.exec(text)?.[0].length ?? 0);
    const known = leading.agencies.some((a) => a.id !== null);
    if (known || startsPredicate(folded, next)) {
      return {
        agencies: leading.agencies,
        splitAt: part.start,
        predicateAt: leading.end,
        via: "leading",
      };
    }
  }

  for (let k = firstMentionAfter(mentions, s); k < mentions.length; k += 1) {
    const mention = mentions[k];
    if (!mention || mention.start >= part.end) break;
    if (mention.start <= s || mention.end > part.end) continue;
    if (!/,\s*$/u.test(text.slice(s, mention.start))) continue;
    const phrase = readAgencyPhrase(text, mention.start, mentions, { limit: part.end });
    if (phrase && MID_SUBJECT_PREDICATE.test(text.slice(phrase.end, part.end))) {
      // The words before it in the part ("Phân công rõ trách nhiệm, …,") frame the new subject's duty.
      return {
        agencies: phrase.agencies,
        splitAt: part.start,
        predicateAt: phrase.end,
        via: "mid",
      };
    }
    // "Trên cơ sở đề nghị của các Bộ, Bộ Tài chính khẩn trương …": after an adverbial opener
    // and its comma, a known body followed by its predicate is the subject of the item's
    // first words (it opens an item; it does not split one).
    const after = phrase ? phrase.end + (/^\s*/u.exec(text.slice(phrase.end))?.[0].length ?? 0) : 0;
    if (
      phrase &&
      opts.opening &&
      ADVERBIAL_OPENER.test(folded.slice(s, mention.start)) &&
      phrase.agencies.some((a) => a.id !== null) &&
      startsPredicate(folded, after)
    ) {
      return {
        agencies: phrase.agencies,
        splitAt: part.start,
        predicateAt: phrase.end,
        via: "mid",
      };
    }
  }
  return null;
}

function sameAgencies(a: readonly AgencyRef[] | null, b: readonly AgencyRef[]): boolean {
  if (!a || a.length !== b.length) return false;
  const key = (r: AgencyRef) => r.id ?? foldKey(r.name);
  const set = new Set(a.map(key));
  return b.every((r) => set.has(key(r)));
}

/**
 * Cut an item's own text into assignments. A praise or permission sentence is
 * its own (skipped) statement; a part that names no new subject continues the
 * current assignment, also across paragraphs of the same item.
 */
export function splitAssignments(
  spans: readonly TextSpan[],
  scan: (text: string) => AgencyMention[],
): Assignment[] {
  const out: Assignment[] = [];
  let current: Assignment | null = null;
  spans.forEach((span, spanIndex) => {
    const text = span.text;
    const folded = foldKey(text);
    const mentions = scan(text);
    // A later paragraph that introduces a list in the passive and names no body ("Nguồn
    // kinh phí … được quy định như sau:") says how things are arranged, not who acts: it
    // does not continue an earlier paragraph's subject, so its sub-items inherit none.
    if (
      spanIndex > 0 &&
      PASSIVE_CHAPEAU.test(folded) &&
      !splitSentences(text).some((s) =>
        splitParts(text, s).some((p) => findSubject(text, p, mentions) !== null),
      )
    ) {
      current = null;
    }
    for (const sentence of splitSentences(text)) {
      const sentenceText = folded.slice(sentence.start, sentence.end);
      const praiseAt = PRAISE.exec(sentenceText);
      // A duty to commend is no praise: "giao / có trách nhiệm … đề xuất biểu dương, khen thưởng …",
      // "Biểu dương, khen thưởng kịp thời các tập thể …" (commend and reward, as an instruction).
      const triggerBefore = praiseAt
        ? /(?<![\p{L}])(?:giao|yêu cầu|đề nghị|có trách nhiệm|chủ trì|phải|đề xuất)\s/u.test(
            sentenceText.slice(0, praiseAt.index),
          ) ||
          /^\s*(?:,\s*|\s+và\s+)khen thưởng(?![\p{L}])/u.test(
            sentenceText.slice(praiseAt.index + praiseAt[0].length),
          )
        : true;
      const kind =
        praiseAt && !triggerBefore
          ? "praise"
          : PERMISSION.test(sentenceText.trimStart())
            ? "permission"
            : null;
      if (kind) {
        current = {
          kind,
          pieces: [{ span: spanIndex, ...sentence }],
          subject: null,
          predicateAt: 0,
        };
        out.push(current);
        continue;
      }
      for (const part of splitParts(text, sentence)) {
        const hit = findSubject(text, part, mentions, { opening: current === null });
        // "Về kinh phí: Các địa phương phải …" opens a duty of its own, also for the same body.
        const topic = TOPIC.test(folded.slice(part.start).replace(/^[\s,;:.*]+/u, ""));
        const continues =
          hit !== null &&
          hit.via !== "trigger" &&
          !topic &&
          current !== null &&
          current.kind === "task" &&
          sameAgencies(current.subject, hit.agencies);
        if (hit && !continues) {
          if (hit.splitAt > part.start && current) {
            current.pieces.push({ span: spanIndex, start: part.start, end: hit.splitAt });
          }
          current = {
            kind: "task",
            pieces: [{ span: spanIndex, start: hit.splitAt, end: part.end }],
            subject: hit.agencies,
            predicateAt: hit.predicateAt - hit.splitAt,
          };
          out.push(current);
        } else if (current) {
          current.pieces.push({ span: spanIndex, start: part.start, end: part.end });
        } else {
          current = {
            kind: "task",
            pieces: [{ span: spanIndex, start: part.start, end: part.end }],
            subject: null,
            predicateAt: 0,
          };
          out.push(current);
        }
      }
    }
  });
  return out;
}

/**
 * The words of an assignment: pieces of one paragraph kept as written,
 * paragraphs joined by a space. `shift` is how many characters were trimmed
 * before the first piece (to move `predicateAt` into the returned text).
 */
export function assignmentText(
  a: Assignment,
  spans: readonly TextSpan[],
): { text: string; shift: number } {
  const bySpan = new Map<number, { start: number; end: number }>();
  for (const p of a.pieces) {
    const seen = bySpan.get(p.span);
    bySpan.set(
      p.span,
      seen ? { start: Math.min(seen.start, p.start), end: Math.max(seen.end, p.end) } : { ...p },
    );
  }
  let shift = 0;
  const texts: string[] = [];
  [...bySpan.entries()].forEach(([span, r], i) => {
    const raw = spans[span]?.text.slice(r.start, r.end) ?? "";
    if (i === 0) shift = raw.length - raw.trimStart().length;
    const t = raw.trim();
    if (t.length > 0) texts.push(t);
  });
  return { text: texts.join(" "), shift };
}

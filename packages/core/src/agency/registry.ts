import { z } from "zod";
import type { AgencyRef } from "../model/agency-ref.js";
import { Agency } from "./agency.js";
import { AGENCY_SEED } from "./seed.js";
import { tokenize, type WordToken } from "./tokens.js";

/** An agency named in running text; offsets index `text.normalize("NFC")`. */
export interface AgencyMention {
  start: number;
  end: number;
  /** The words as written (NFC), e.g. "Đảng uỷ Bộ Nội vụ". */
  text: string;
  ref: AgencyRef;
}

export interface AgencyRegistry {
  /** The body a name denotes; `id` is null when unknown, `name` is kept as written. */
  resolve(name: string): AgencyRef;
  get(id: string): Agency | undefined;
  /** Every entry, relations made symmetric, in registration order. */
  all(): readonly Agency[];
  /** Every known agency named in a text, leftmost-longest, without overlaps. */
  scan(text: string): AgencyMention[];
}

export type AgencyRegistryErrorCode =
  "invalid_agency" | "duplicate_id" | "unknown_related_id" | "duplicate_name";

/** Thrown by createAgencyRegistry for data that cannot make a registry. */
export class AgencyRegistryError extends Error {
  constructor(
    readonly code: AgencyRegistryErrorCode,
    readonly detail: string,
  ) {
    super(`${code}: ${detail}`);
    this.name = "AgencyRegistryError";
  }
}

interface Spelling {
  agencyId: string;
  exact: readonly string[];
}

interface TrieNode {
  children: Map<string, TrieNode>;
  spellings: Spelling[];
}

interface Match {
  agencyId: string;
  length: number;
  differences: number;
}

const newNode = (): TrieNode => ({ children: new Map(), spellings: [] });

/**
 * How many words may be written without their diacritics (the "tinh uỷ" typo
 * for "tỉnh uỷ") in a name of `length` words. One-word names must match exactly:
 * without diacritics too many distinct words collide.
 */
function allowedDifferences(length: number): number {
  if (length < 2) return 0;
  return length <= 4 ? 1 : 2;
}

/**
 * Words that differ from the spelling, or Infinity when one differs by a wrong
 * mark rather than a missing one: "tinh" may stand for "tỉnh", but "bản" is
 * not "ban" ("văn bản chỉ đạo" is no "Ban Chỉ đạo").
 */
function countDifferences(spelling: Spelling, tokens: readonly WordToken[], from: number): number {
  let differences = 0;
  spelling.exact.forEach((word, k) => {
    const token = tokens[from + k];
    if (token?.exact === word) return;
    differences += token && token.exact === token.loose ? 1 : Infinity;
  });
  return differences;
}

function longestMatchAt(root: TrieNode, tokens: readonly WordToken[], from: number): Match | null {
  let best: Match | null = null;
  let node: TrieNode | undefined = root;
  for (let j = from; j < tokens.length; j += 1) {
    const token = tokens[j];
    if (!token || (j > from && !token.joinsPrevious)) break;
    node = node.children.get(token.loose);
    if (!node) break;
    const length = j - from + 1;
    for (const spelling of node.spellings) {
      const differences = countDifferences(spelling, tokens, from);
      if (differences > allowedDifferences(length)) continue;
      if (!best || length > best.length || differences < best.differences) {
        best = { agencyId: spelling.agencyId, length, differences };
      }
    }
  }
  return best;
}

function collapseSpaces(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

function symmetricRelations(agencies: readonly Agency[]): Agency[] {
  const related = new Map(agencies.map((a) => [a.id, [...a.relatedIds]]));
  for (const agency of agencies) {
    for (const other of agency.relatedIds) {
      const list = related.get(other);
      if (!list) throw new AgencyRegistryError("unknown_related_id", `${agency.id} → ${other}`);
      if (!list.includes(agency.id)) list.push(agency.id);
    }
  }
  return agencies.map((a) => ({ ...a, relatedIds: related.get(a.id) ?? [] }));
}

/**
 * A registry over your own list of agencies (validated; relations made symmetric).
 * Throws AgencyRegistryError on invalid entries, duplicate ids, relations to
 * unknown ids, or two agencies sharing a spelling.
 * @example createAgencyRegistry([{ id: "bo-y-te", name: "Bộ Y tế", aliases: [], kind: "ministry", relatedIds: [] }]).resolve("BỘ Y TẾ").id // "bo-y-te"
 */
export function createAgencyRegistry(input: readonly Agency[]): AgencyRegistry {
  const parsed = z.array(Agency).safeParse(input);
  if (!parsed.success) {
    throw new AgencyRegistryError("invalid_agency", z.prettifyError(parsed.error));
  }
  const byId = new Map<string, Agency>();
  for (const agency of parsed.data) {
    if (byId.has(agency.id)) throw new AgencyRegistryError("duplicate_id", agency.id);
    byId.set(agency.id, agency);
  }
  const agencies = symmetricRelations(parsed.data);
  for (const agency of agencies) byId.set(agency.id, agency);

  const root = newNode();
  const owners = new Map<string, string>();
  for (const agency of agencies) {
    for (const spelling of [agency.name, ...agency.aliases]) {
      const tokens = tokenize(spelling.normalize("NFC"));
      if (tokens.length === 0) {
        throw new AgencyRegistryError("invalid_agency", `${agency.id}: "${spelling}" has no words`);
      }
      const exact = tokens.map((t) => t.exact);
      const key = exact.join(" ");
      const owner = owners.get(key);
      if (owner === agency.id) continue;
      if (owner)
        throw new AgencyRegistryError("duplicate_name", `"${spelling}": ${owner}, ${agency.id}`);
      owners.set(key, agency.id);
      let node = root;
      for (const token of tokens) {
        let child = node.children.get(token.loose);
        if (!child) {
          child = newNode();
          node.children.set(token.loose, child);
        }
        node = child;
      }
      node.spellings.push({ agencyId: agency.id, exact });
    }
  }

  return {
    resolve(name) {
      const written = collapseSpaces(name.normalize("NFC"));
      const tokens = tokenize(written);
      const match = tokens.length > 0 ? longestMatchAt(root, tokens, 0) : null;
      const id = match && match.length === tokens.length ? match.agencyId : null;
      return { id, name: written };
    },
    get: (id) => byId.get(id),
    all: () => agencies,
    scan(text) {
      const nfc = text.normalize("NFC");
      const tokens = tokenize(nfc);
      const mentions: AgencyMention[] = [];
      let i = 0;
      while (i < tokens.length) {
        const match = root.children.has(tokens[i]?.loose ?? "")
          ? longestMatchAt(root, tokens, i)
          : null;
        const first = tokens[i];
        const last = match ? tokens[i + match.length - 1] : undefined;
        if (!match || !first || !last) {
          i += 1;
          continue;
        }
        const written = nfc.slice(first.start, last.end);
        mentions.push({
          start: first.start,
          end: last.end,
          text: written,
          ref: { id: match.agencyId, name: collapseSpaces(written) },
        });
        i += match.length;
      }
      return mentions;
    },
  };
}

let defaultRegistry: AgencyRegistry | undefined;

/**
 * The registry of every agency named in the seed directives, built on first use.
 * @example defaultAgencyRegistry().resolve("Đảng uỷ Bộ Nội vụ").id // "dang-uy-bo-noi-vu"
 */
export function defaultAgencyRegistry(): AgencyRegistry {
  defaultRegistry ??= createAgencyRegistry(AGENCY_SEED);
  return defaultRegistry;
}

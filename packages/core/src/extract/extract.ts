import {
  defaultAgencyRegistry,
  type AgencyMention,
  type AgencyRegistry,
} from "../agency/registry.js";
import type { IsoDate } from "../dates/civil-date.js";
import { resolveDeadline } from "../deadline/resolve.js";
import { findDocumentReferences } from "../document/references.js";
import type { AgencyRef } from "../model/agency-ref.js";
import type { Deadline } from "../model/deadline.js";
import type { Task } from "../model/task.js";
import { taskCode } from "../model/task-code.js";
import {
  foldKey,
  forgetFolds,
  readAgencyPhrase,
  startsLikeAgency,
  startsPredicate,
} from "./agency-phrase.js";
import { actingBodies } from "../agency/acting-body.js";
import { isCriteriaIntro, isPurposeTitle, notTaskReason } from "./not-task.js";
import { agenciesOfCell, deadlineOfCell, type ItemField } from "./table-cells.js";
import type { TableRow } from "./table.js";
import { assignmentText, findSubject, splitAssignments, type Assignment } from "./assignments.js";
import { cleanDirectiveText, ITEM_START, type FootnoteBody } from "./clean.js";
import { GIAO_VERB } from "./giao.js";
import { isDatedDeadline, pickDeadline } from "./deadline-pick.js";
import { readMetadata, type ExtractedDocument } from "./metadata.js";
import { readRoles, uniqueAgencies } from "./roles.js";
import { splitParts, splitSentences } from "./segments.js";
import { buildItemTree, walkItems, type ItemNode, type TextSpan } from "./tree.js";
import { excerptOf, type ExtractionWarning } from "./warnings.js";

export interface ExtractOptions {
  /** The directive's date when the text does not print it (or to override it). */
  documentDate?: IsoDate;
  registry?: AgencyRegistry;
}

/** A footnote detached from the body, with the task whose words cite it. */
export interface LinkedFootnote {
  number: number;
  text: string;
  /** Reference of the citing item; null when the marker was not found. */
  ref: string | null;
}

export interface ExtractionResult {
  document: ExtractedDocument;
  tasks: Task[];
  warnings: ExtractionWarning[];
  footnotes: LinkedFootnote[];
}

/** What an item passes to its sub-items ("Giao X lãnh đạo, chỉ đạo: (i) …"). */
interface Inherited {
  lead: AgencyRef[];
  supervising: AgencyRef[];
  coordinating: AgencyRef[];
  reportTo: AgencyRef[];
  /** A dated deadline of the introduction ("… trong tuần đầu tháng 10-2025: 1. … 2. …"). */
  deadline: Deadline | null;
  /** Set when the introduction reads "X chỉ đạo:": sub-items naming their own body are supervised by X. */
  director: AgencyRef[] | null;
  /** The lead is the list opening's ("… yêu cầu X thực hiện các nhiệm vụ sau:"), not an item's. */
  opening?: boolean;
}

const NONE: Inherited = {
  lead: [],
  supervising: [],
  coordinating: [],
  reportTo: [],
  deadline: null,
  director: null,
};

const NO_DEADLINE: Deadline = { kind: "ongoing", text: "", flags: [] };

function sameLead(a: readonly AgencyRef[], b: readonly AgencyRef[]): boolean {
  const key = (r: AgencyRef) => r.id ?? foldKey(r.name);
  return a.length === b.length && a.every((x) => b.some((y) => key(x) === key(y)));
}

/** A short summary: the predicate's first clause. */
function summarise(text: string, predicateAt: number): string {
  const rest = text.slice(predicateAt).replace(/^[\s,:;]+/u, "");
  const clause = (/^[^;]*?(?=;|\.\s|\.$|$)/u.exec(rest)?.[0] ?? rest).trim();
  const short = excerptOf(clause, 100);
  return short.charAt(0).toLocaleUpperCase("vi") + short.slice(1);
}

function hasAssignment(text: string, scan: (t: string) => AgencyMention[]): boolean {
  const mentions = scan(text);
  return splitSentences(text).some((s) =>
    splitParts(text, s).some((p) => {
      // A request framed by an opening clause ("Nhằm …, Chủ tịch UBND tỉnh yêu cầu …") is how
      // a directive's preamble hands on its items, not a paragraph of running assignments.
      const hit = findSubject(text, p, mentions);
      return hit?.via === "trigger" && hit.framed !== true;
    }),
  );
}

interface Walk {
  docId: string;
  registry: AgencyRegistry;
  /** Undefined when the text prints no date and none is given: nothing is resolved against a made-up one. */
  documentDate: IsoDate | undefined;
  scan: (text: string) => AgencyMention[];
  tasks: Array<{ pos: number; task: Task }>;
  warnings: Array<{ pos: number; warning: ExtractionWarning }>;
  citedBy: Map<number, string>;
  footnotes: Map<number, FootnoteBody>;
  layout: "numbered" | "paragraphs";
  /** The body a plan names as its own lead ("Sở Tài chính (cơ quan chủ trì)"). */
  planLead: AgencyRef[] | null;
}

function footnoteNumbers(a: Assignment, spans: readonly TextSpan[]): number[] {
  const out: number[] = [];
  for (const piece of a.pieces) {
    for (const mark of spans[piece.span]?.marks ?? []) {
      if (mark.offset >= piece.start && mark.offset <= piece.end && !out.includes(mark.number)) {
        out.push(mark.number);
      }
    }
  }
  return out;
}

/**
 * Whether an offset falls inside one of the spans: a binary search over the
 * spans by start with the furthest end reached so far, so that a text with
 * thousands of dates is not checked against each of them in turn.
 */
function insideAny(spans: readonly { start: number; end: number }[]): (at: number) => boolean {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const reach: number[] = [];
  let furthest = -Infinity;
  for (const s of sorted) {
    furthest = Math.max(furthest, s.end);
    reach.push(furthest);
  }
  return (at) => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((sorted[mid]?.start ?? 0) <= at) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && (reach[lo - 1] ?? -Infinity) > at;
  };
}

function warnSkippedDates(
  warn: (warning: ExtractionWarning) => void,
  ref: string,
  text: string,
  used: readonly { start: number; end: number }[],
): void {
  const isUsed = insideAny(used);
  // The cited documents are looked up only once a date is left over (most items have none).
  let isCited: ((at: number) => boolean) | undefined;
  const dateLike =
    /(?<![\p{L}\d/.-])(?:\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}|tháng\s+\d{1,2}\s*[/.-]\s*\d{4}|năm\s+\d{4}|quý\s+[IVX\d]+\s*[/.-]\s*\d{4})(?![\d])/giu;
  for (const m of text.matchAll(dateLike)) {
    const at = m.index;
    if (isUsed(at)) continue;
    isCited ??= insideAny(findDocumentReferences(text));
    const cited = isCited(at);
    warn({
      code: "not_a_deadline_date",
      ref,
      excerpt: excerptOf(text.slice(Math.max(0, at - 40), at + m[0].length + 10), 90),
      detail: `${m[0]}${cited ? " (ngày của văn bản được dẫn)" : ""}`,
    });
  }
}

/** Position of a piece of text in the document, to list tasks and warnings in reading order. */
function positionOf(spans: readonly TextSpan[], a?: Assignment): number {
  const piece = a?.pieces[0];
  const span = spans[piece?.span ?? 0];
  if (!span) return 0;
  return span.paragraph * 1_000_000 + span.start + (piece?.start ?? 0);
}

/** Every item of a subtree skipped with one reason (nothing disappears silently). */
function skipSubtree(w: Walk, node: ItemNode, detail: string): void {
  w.warnings.push({
    pos: positionOf(node.spans),
    warning: {
      code: "skipped_no_action",
      ref: node.ref,
      excerpt: excerptOf(node.spans[0]?.text ?? "", 80),
      detail,
    },
  });
  for (const child of node.children) skipSubtree(w, child, detail);
}

/** No word of the text begins a predicate and no clause ends inside it. */
function namesOnly(text: string): boolean {
  const folded = foldKey(text);
  if (text.length === 0 || /[.:!?]/u.test(text) || text.split(/\s+/u).length > 25) return false;
  for (const m of folded.matchAll(/(?<![\p{L}])\p{L}/gu)) {
    if (m.index > 0 && startsPredicate(folded, m.index)) return false;
  }
  return true;
}

/** A heading marking the plan's lead body: "Sở Tài chính (cơ quan chủ trì)". */
const PLAN_LEAD = /\(\s*(?:là\s+)?cơ quan (?:chủ trì|thường trực)\s*\)/iu;

/** What may follow the bodies of a heading: a note in brackets, "nêu trên", "theo chức năng, nhiệm vụ …". */
const HEADING_TAIL =
  /^\s*(?:\([^)]*\)\s*)?(?:,?\s*nêu trên)?(?:,?\s*theo (?:chức năng|phạm vi|thẩm quyền)[^:;.]*)?\s*[:.]?\s*$/u;

/** The words before an organisation's name that make it its central body. */
const CENTRAL_LEVEL = /^\s*(?:Ban Chấp hành\s+)?Trung ương\s+$/u;

/**
 * A line that only names bodies ("Sở Xây dựng:", "Sở Tài chính (cơ quan chủ trì)",
 * "Thủ trưởng các sở, ngành; Chủ tịch UBND các xã, phường", "Bộ trưởng các Bộ: …;
 * Chủ tịch UBND các tỉnh nêu trên theo chức năng, nhiệm vụ:"): its duties follow below.
 */
function agencyHeading(text: string, scan: (t: string) => AgencyMention[]): AgencyRef[] | null {
  // "Đề nghị X" as a heading: the addressee of the request acts.
  const body = text.replace(/^(?:Đối với|Về|Đề nghị)\s+/u, "");
  const mentions = scan(body);
  const out: AgencyRef[] = [];
  let at = 0;
  for (const part of body.split(";")) {
    const end = at + part.length;
    const phrase = readAgencyPhrase(body, at, mentions, { strictHeads: true, limit: end });
    if (!phrase) {
      // "Trung ương Mặt trận Tổ quốc Việt Nam", "Trung ương Đoàn …": the central level of a
      // known organisation is that organisation's body.
      const part = body.slice(at, end).replace(/[\s:.]+$/u, "");
      const known = mentions.find((m) => m.end === at + part.length);
      if (!known || !CENTRAL_LEVEL.test(body.slice(at, known.start))) return null;
      out.push({ id: null, name: part.trim() });
    } else if (HEADING_TAIL.test(body.slice(phrase.end, end))) out.push(...phrase.agencies);
    else {
      // "Thủ trưởng các sở, ban, ngành tỉnh": the rest of a name the phrase reader stopped
      // short of. The whole part is one name when nothing in it reads as a predicate.
      const name = body
        .slice(at, end)
        .replace(/\s*\([^)]*\)\s*$|[\s:.]+$/gu, "")
        .trim();
      if (!namesOnly(name)) return null;
      out.push({ id: null, name });
    }
    at = end + 1;
  }
  return out.length > 0 ? out : null;
}

/** A short title without a sentence end ("Hoàn thiện thể chế, quy chế phối hợp"): a heading when items follow. */
function isTitle(text: string): boolean {
  return !/[.;]\s*$/u.test(text) && text.split(/\s+/u).length <= 14;
}

/** What an item's labelled lines set: they name its bodies and deadline outright. */
interface ItemFields {
  lead: AgencyRef[];
  coordinating: AgencyRef[];
  deadline: Deadline | null;
}

function readFields(w: Walk, fields: readonly ItemField[] | undefined): ItemFields {
  const out: ItemFields = { lead: [], coordinating: [], deadline: null };
  for (const f of fields ?? []) {
    if (f.column === "lead") out.lead.push(...agenciesOfCell(f.value, w.registry));
    else if (f.column === "coordinating")
      out.coordinating.push(...agenciesOfCell(f.value, w.registry));
    else if (f.column === "deadline" && !out.deadline) {
      const cell = deadlineOfCell(f.value, w.documentDate);
      out.deadline =
        cell && cell.kind !== "unparsed"
          ? cell
          : (pickDeadline(f.value, w.documentDate).deadline ?? cell);
    }
  }
  return out;
}

/**
 * An item that names its own body ("Thanh tra Thành phố: …", "Các sở: …", "Báo cáo
 * tháng: Sở Tài chính …"; a heading "Cơ quan chủ trì …" over its sub-items) takes no lead
 * from the list opening, at any depth: its own body replaces the opening's.
 */
function namesOwnBody(node: ItemNode): boolean {
  const folded = foldKey(node.spans[0]?.text ?? "");
  if (startsLikeAgency(folded, 0, node.children.length === 0)) return true;
  const label = /^[^.;:]{1,40}:\s*/u.exec(folded);
  return label !== null && startsLikeAgency(folded, label[0].length, true);
}

/** A section title: one line, no stop, no clause break ("Trách nhiệm phối hợp trong …"). */
const SECTION_TITLE = /^[^.;:!?]+$/u;

function walkNode(w: Walk, node: ItemNode, given: Inherited): void {
  if (given.opening && namesOwnBody(node)) given = NONE;
  const first = node.spans[0]?.text ?? "";
  const fields = readFields(w, node.fields);
  // An item's labelled lines also hold for its sub-items.
  const inherited: Inherited = {
    ...given,
    ...(fields.lead.length > 0
      ? { lead: fields.lead, supervising: [], director: null, opening: false }
      : {}),
    ...(fields.coordinating.length > 0 ? { coordinating: fields.coordinating } : {}),
    ...(fields.deadline && isDatedDeadline(fields.deadline) ? { deadline: fields.deadline } : {}),
  };
  if (isPurposeTitle(first)) {
    skipSubtree(w, node, "purpose_block");
    return;
  }
  // The closing words after the items (the tree sets them apart): no task, even when
  // their addressees run across ';' and read as two assignments. What a web page appends
  // after them is still read when it assigns work.
  if (
    w.layout === "numbered" &&
    node.marker === null &&
    node.children.length === 0 &&
    notTaskReason(first) === "closing" &&
    node.spans.slice(1).every((s) => splitAssignments([s], w.scan).every((a) => a.subject === null))
  ) {
    skipSubtree(w, node, "closing");
    return;
  }
  const assignments = splitAssignments(node.spans, w.scan).flatMap((a) =>
    splitOnDeadlines(a, node.spans, w.documentDate),
  );
  // "… theo các tiêu chí, nguyên tắc sau:": the item is the task, its list describes it.
  const describes = node.children.length > 0 && isCriteriaIntro(node.spans[0]?.text ?? "");
  let pos = positionOf(node.spans);
  const warn = (warning: ExtractionWarning) => w.warnings.push({ pos, warning });
  // The bodies may also stand in the item's last paragraph, below its title:
  // "b) Hoàn thiện hạ tầng kỹ thuật …" / "Ủy ban nhân dân các tỉnh:" / "- Rà soát …".
  const last = node.spans[node.spans.length - 1]?.text ?? "";
  const heading =
    node.children.length === 0
      ? null
      : (agencyHeading(first, w.scan) ??
        (node.spans.length > 1 &&
        /:\s*$/u.test(last) &&
        node.spans.slice(0, -1).every((s) => !/[.;]\s*$/u.test(s.text))
          ? agencyHeading(last, w.scan)
          : null));
  const namedBody = heading ? actingBodies(heading, w.registry) : null;
  if (namedBody) {
    // A plan naming two different lead bodies names no single one for its actor-less steps.
    if (PLAN_LEAD.test(first))
      w.planLead = w.planLead === null || sameLead(w.planLead, namedBody) ? namedBody : [];
    warn({ code: "skipped_heading", ref: node.ref, excerpt: excerptOf(first) });
    const forChildren: Inherited = {
      ...inherited,
      lead: namedBody,
      coordinating: [],
      director: null,
      opening: false,
    };
    for (const child of node.children) walkNode(w, child, forChildren);
    return;
  }
  if (node.correctedFrom) {
    warn({
      code: "numbering_corrected",
      ref: node.ref,
      excerpt: excerptOf(node.spans[0]?.text ?? "", 60),
      detail: node.correctedFrom,
    });
  }
  if (assignments.length === 0 && node.children.length === 0) {
    warn({ code: "skipped_no_action", ref: node.ref, excerpt: "" });
  }
  let forChildren = inherited;
  let introduced = false;
  assignments.forEach((a, index) => {
    const ref = index === 0 ? node.ref : `${node.ref}/${index + 1}`;
    pos = positionOf(node.spans, a);
    const { text: ownText, shift } = assignmentText(a, node.spans);
    // The labelled lines stay in the text an officer reads ("… Cơ quan chủ trì: Sở X.").
    const fieldLines = (node.fields ?? []).map((f) => f.line).join(" ");
    const text =
      fieldLines && index === assignments.length - 1 ? `${ownText} ${fieldLines}` : ownText;
    const excerpt = excerptOf(text);
    for (const n of footnoteNumbers(a, node.spans)) if (!w.citedBy.has(n)) w.citedBy.set(n, ref);
    if (a.kind !== "task") {
      warn({ code: a.kind === "praise" ? "skipped_praise" : "skipped_permission", ref, excerpt });
      return;
    }
    // A section title in capitals ("TỔ CHỨC THỰC HIỆN"), alone or before the section's own words, is no task.
    if (a.subject === null && !/\p{Ll}/u.test(text)) {
      warn({ code: "skipped_heading", ref, excerpt });
      return;
    }
    const reason = notTaskReason(text);
    if (reason) {
      warn({ code: "skipped_no_action", ref, excerpt, detail: reason });
      return;
    }
    const mentions = w.scan(text);
    const predicateAt = a.subject ? Math.max(0, a.predicateAt - shift) : 0;
    const roles = readRoles(text, a.subject, predicateAt, mentions);
    const own = a.subject !== null;
    const lead =
      fields.lead.length > 0
        ? actingBodies(fields.lead, w.registry)
        : own
          ? actingBodies(roles.lead, w.registry)
          : inherited.lead;
    let supervising = own ? roles.supervising : inherited.supervising;
    if (own && supervising.length === 0) {
      if (inherited.director && !sameLead(lead, inherited.director))
        supervising = inherited.director;
      else if (sameLead(lead, inherited.lead)) supervising = inherited.supervising;
    }
    const coordinating =
      fields.coordinating.length > 0
        ? actingBodies(fields.coordinating, w.registry)
        : roles.coordinating.length > 0 || own
          ? actingBodies(roles.coordinating, w.registry)
          : inherited.coordinating;
    const reportTo = roles.reportTo.length > 0 ? roles.reportTo : inherited.reportTo;
    const pick = pickDeadline(text, w.documentDate);
    const ownDated = pick.deadline !== null && isDatedDeadline(pick.deadline);
    const deadline =
      fields.deadline ?? (ownDated ? pick.deadline : (inherited.deadline ?? pick.deadline));

    // The introduction to sub-items: the assignment ending in ":" (or the last one), never
    // words standing after the sub-items. A title over sub-items that names no body and only
    // takes the list opening's lead ("I. Trách nhiệm phối hợp trong …") is no task either.
    const child = node.children[0]?.spans[0];
    const beforeChildren = child === undefined || positionOf(node.spans, a) < positionOf([child]);
    const heading =
      node.children.length > 0 &&
      !describes &&
      beforeChildren &&
      (/:\s*$/u.test(ownText) ||
        (assignments.length === 1 && isTitle(ownText)) ||
        (assignments.length === 1 &&
          !own &&
          inherited.opening === true &&
          SECTION_TITLE.test(ownText.trim())));
    const introduces =
      heading ||
      (index === assignments.length - 1 &&
        node.children.length > 0 &&
        !introduced &&
        beforeChildren);
    if (introduces) {
      introduced = true;
      forChildren = {
        lead: lead.length > 0 ? lead : inherited.lead,
        supervising: uniqueAgencies(supervising),
        coordinating,
        reportTo,
        deadline: deadline && isDatedDeadline(deadline) ? deadline : inherited.deadline,
        director: roles.directsChildren && a.subject ? a.subject : null,
        opening: !own && fields.lead.length === 0 && inherited.opening === true,
      };
    }
    // "… Thủ tướng Chính phủ yêu cầu … thực hiện các nhiệm vụ sau:" closing an item that has no
    // sub-items announces the list below it, not a duty of its own.
    const announces =
      node.children.length === 0 &&
      index === assignments.length - 1 &&
      index > 0 &&
      /(?:như sau|dưới đây|sau)\s*:\s*$/u.test(ownText) &&
      splitSentences(ownText).length === 1;
    // Words after the sub-items ending in ":" open what follows (a second copy, a new list).
    const opensNext = node.children.length > 0 && !beforeChildren && /:\s*$/u.test(ownText);
    if (heading || announces || opensNext) {
      warn({ code: "skipped_heading", ref, excerpt });
      return;
    }
    if (
      lead.length === 0 &&
      node.marker === null &&
      w.layout === "paragraphs" &&
      node.children.length === 0
    ) {
      warn({ code: "skipped_no_action", ref, excerpt });
      return;
    }
    if (lead.length === 0) warn({ code: "no_subject", ref, excerpt });
    for (const agency of [...lead, ...coordinating, ...supervising, ...reportTo]) {
      if (agency.id === null) {
        warn({ code: "unknown_agency", ref, excerpt: agency.name, detail: agency.name });
      }
    }
    if (pick.others.length > 0) {
      warn({
        code: "two_deadlines",
        ref,
        excerpt: pick.deadline?.text ?? "",
        detail: pick.others.map((m) => m.text).join(" | "),
      });
    }
    if (pick.ownSentence) {
      warn({
        code: "deadline_may_belong_to_previous_sentence",
        ref,
        excerpt: pick.deadline?.text ?? "",
      });
    }
    warnSkippedDates(warn, ref, text, pick.mentions);
    const finalDeadline = deadline ?? NO_DEADLINE;
    const notes = footnoteNumbers(a, node.spans)
      .map((n) => w.footnotes.get(n))
      .filter((f): f is FootnoteBody => f !== undefined)
      .map((f) => `Chú thích ${f.number}: ${f.text.replace(/\s+/g, " ")}`);
    w.tasks.push({
      pos,
      task: newTask(w.docId, ref, {
        text,
        summary: summarise(text, own ? roles.actionAt : predicateAt) || excerptOf(text, 100),
        lead,
        coordinating: uniqueAgencies(coordinating),
        supervising: uniqueAgencies(supervising),
        reportTo,
        deadline: finalDeadline,
        ...(notes.length > 0 ? { note: notes.join("\n") } : {}),
      }),
    });
  });
  if (describes) {
    for (const child of node.children) skipSubtree(w, child, "criteria_list");
    return;
  }
  const closing = sharedTailDeadline(w, node);
  const forKids =
    closing && !forChildren.deadline ? { ...forChildren, deadline: closing } : forChildren;
  for (const child of node.children) walkNode(w, child, forKids);
}

/**
 * Two actions with two deadlines in one item ("… sửa chữa nhà cửa, hoàn thành
 * trước ngày 30/11/2025; xây mới, tái định cư …, hoàn thành trước ngày
 * 31/01/2026.") are two tasks (gold README, "split"): the sentence is cut at the
 * ";" after a clause whose due date differs from the next dated clause's. Clauses
 * without a date go with the dated clause they lead up to.
 */
function splitOnDeadlines(
  a: Assignment,
  spans: readonly TextSpan[],
  documentDate: IsoDate | undefined,
): Assignment[] {
  if (a.kind !== "task" || a.pieces.length < 2) return [a];
  const textOf = (piece: Assignment["pieces"][number]) =>
    spans[piece.span]?.text.slice(piece.start, piece.end) ?? "";
  const dueOf = (piece: Assignment["pieces"][number]): string | null => {
    const d = pickDeadline(textOf(piece), documentDate).deadline;
    // "đến năm 2030" is a plan's horizon, not the date an action is due.
    if (!d || !isDatedDeadline(d) || /^\s*(?:đến|tới|từ)\s/iu.test(d.text)) return null;
    return resolveDeadline(d).due;
  };
  const dues = a.pieces.map(dueOf);
  const groups: Array<Assignment["pieces"]> = [[]];
  let groupDue: string | null = null;
  a.pieces.forEach((piece, i) => {
    const due = dues[i] ?? null;
    // Only clauses of one sentence: a following sentence's date is the item's (gold README).
    const prev = a.pieces[i - 1];
    const clause = prev !== undefined && /;\s*$/u.test(textOf(prev));
    if (clause && due !== null && groupDue !== null && due !== groupDue) {
      groups.push([]);
      groupDue = null;
    }
    groups[groups.length - 1]?.push(piece);
    if (due !== null) groupDue ??= due;
  });
  if (groups.length < 2) return [a];
  // A clause that opens the next group after an undated one: move the undated clauses
  // after the previous group's dated clause into the next group ("…, hoàn thành trước D1;
  // xây mới …, hoàn thành trước D2").
  for (let g = 0; g + 1 < groups.length; g += 1) {
    const group = groups[g] ?? [];
    const lastDated = group.findLastIndex((p) => dueOf(p) !== null);
    if (lastDated >= 0 && lastDated < group.length - 1) {
      groups[g + 1] = [...group.splice(lastDated + 1), ...(groups[g + 1] ?? [])];
    }
  }
  // "Thời gian tổ chức đại hội: cấp cơ sở trong quý 2/2025; cấp trên cơ sở trong quý 3/2025":
  // a sentence opening with a short label and a colon, no verb after it, enumerates the
  // members of one statement; its ';' cuts no task.
  const enumerates = (piece: Assignment["pieces"][number] | undefined): boolean => {
    const t = foldKey(textOf(piece ?? { span: 0, start: 0, end: 0 }));
    const sentence = t.slice(t.search(/[^.]*$/u)).replace(/^[\s\d.)-]*/u, "");
    const label = /^[^,:;]{1,60}:\s*/u.exec(sentence);
    return label !== null && !startsPredicate(sentence, label[0].length);
  };
  const kept: Array<Assignment["pieces"]> = [];
  for (const g of groups) {
    if (g.length === 0) continue;
    const prev = kept[kept.length - 1];
    if (prev && enumerates(prev[prev.length - 1])) prev.push(...g);
    else kept.push(g);
  }
  if (kept.length < 2) return [a];
  return kept.map((pieces, g) => (g === 0 ? { ...a, pieces } : { ...a, pieces, predicateAt: 0 }));
}

/**
 * An inline enumeration is one sentence: "Bộ X chủ trì …, cụ thể: (i) …; (ii) …;
 * (iii) …; báo cáo Thủ tướng Chính phủ trong tháng 11 năm 2025." The dated
 * clause after the last member's ";" closes the sentence and holds for every
 * member (gold README: a deadline anywhere in the item is the item's deadline).
 */
function sharedTailDeadline(w: Walk, node: ItemNode): Deadline | null {
  const paragraph = node.spans[0]?.paragraph;
  const kids = node.children;
  const last = kids[kids.length - 1];
  if (kids.length < 2 || !last || kids.some((k) => k.spans[0]?.paragraph !== paragraph))
    return null;
  const text = last.spans[0]?.text ?? "";
  const tail = text.slice(text.lastIndexOf(";") + 1);
  if (!text.includes(";")) return null;
  const pick = pickDeadline(tail, w.documentDate).deadline;
  return pick && isDatedDeadline(pick) ? pick : null;
}

/**
 * A freshly extracted task: its code from the document and item, the due date
 * its deadline words give, and nothing yet extended, completed or reported.
 */
function newTask(
  docId: string,
  ref: string,
  read: Pick<
    Task,
    "text" | "summary" | "lead" | "coordinating" | "supervising" | "reportTo" | "deadline"
  > &
    Pick<Partial<Task>, "note">,
): Task {
  const due = resolveDeadline(read.deadline).due;
  return {
    code: taskCode(docId, ref),
    documentId: docId,
    ref,
    ...read,
    originalDue: due,
    currentDue: due,
    extensions: [],
    completedOn: null,
    progress: [],
  };
}

/** The cleaned text and its item tree, as extraction reads them. */
function readItems(text: string, scan: (t: string) => AgencyMention[]) {
  const clean = cleanDirectiveText(typeof text === "string" ? text : "", (cell) =>
    startsLikeAgency(foldKey(cell), 0, true),
  );
  return { clean, tree: buildItemTree(clean.paragraphs, (t) => hasAssignment(t, scan)) };
}

/** The items extraction sees in a text (for checks that every item ends up as a task or a warning). */
export function directiveItems(text: string, registry = defaultAgencyRegistry()): ItemNode[] {
  return walkItems(readItems(text, (t) => registry.scan(t)).tree.items);
}

/**
 * The paragraph right above a numbered list that hands the list to a body
 * ("Theo đó, Thủ tướng Chính phủ yêu cầu Bộ Công an thực hiện các nhiệm vụ
 * sau:"): items naming no body of their own are that body's (gold README: the
 * lead of a sub-item comes from its chapeau when it has no subject of its own).
 */
function introducedLead(w: Walk, preamble: readonly TextSpan[], first?: ItemNode): Inherited {
  const intro = preamble[preamble.length - 1];
  const at = first?.spans[0]?.paragraph;
  if (!intro || at === undefined || intro.paragraph !== at - 1 || !/:\s*$/u.test(intro.text))
    return NONE;
  // Only a body named after "yêu cầu / giao / đề nghị …": the issuer announcing its own plan
  // ("Ủy ban nhân dân tỉnh ban hành Kế hoạch … như sau:") hands nothing on.
  const text = intro.text;
  const mentions = w.scan(text);
  let addressee: AgencyRef[] | null = null;
  for (const s of splitSentences(text)) {
    for (const p of splitParts(text, s)) {
      const hit = findSubject(text, p, mentions);
      if (hit?.via === "trigger") addressee = hit.agencies;
    }
  }
  const lead = addressee ? actingBodies(addressee, w.registry) : [];
  return lead.length > 0 ? { ...NONE, lead, opening: true } : NONE;
}

const HANDS_ON = new RegExp(
  String.raw`${GIAO_VERB}|(?<![\p{L}])(?:yêu cầu|đề nghị|phân công|chỉ đạo|chủ trì|có trách nhiệm|phải)(?![\p{L}])`,
  "u",
);

/**
 * In a run of paragraphs (a news copy), a paragraph ending in ";" or ":" goes on in
 * the next one: "Bộ Chính trị giao Ban Thường vụ các tỉnh ủy … chủ động chuẩn bị …;"
 * / "Bảo đảm kiện toàn tổ chức bộ máy …;" — the next paragraph without a subject of
 * its own is the same body's (gold README: a sub-item without a subject takes its
 * chapeau's lead).
 */
function continued(
  node: ItemNode,
  tasks: ReadonlyArray<{ task: Task }>,
  given: Inherited,
): Inherited {
  const last = node.spans[node.spans.length - 1]?.text ?? "";
  const task = tasks[tasks.length - 1]?.task;
  if (node.marker !== null || node.children.length > 0 || !task || !/[;:]\s*$/u.test(last))
    return NONE;
  // Only words that hand on work run on; "Thủ tướng nhấn mạnh, … ý nghĩa sau:" hands on nothing.
  // A clause list runs on from paragraph to paragraph after ';'; a ':' only after words
  // that hand on work.
  const inherited = given.lead.length > 0 && sameLead(task.lead, given.lead);
  const chain = inherited && /;\s*$/u.test(last);
  if (task.lead.length === 0 || (!chain && !HANDS_ON.test(foldKey(task.text)))) return NONE;
  return { ...NONE, lead: task.lead, supervising: task.supervising };
}

/** The section of a plan that assigns its work by agency ("IV. TỔ CHỨC THỰC HIỆN"). */
const EXECUTION_SECTION = /^(?:[IVX]+\.\s*|\d{1,2}\.\s*|Điều\s+\d+\.?\s*)?tổ chức thực hiện/iu;

/**
 * A plan lists its work first without actors, then assigns it by agency in its
 * "Tổ chức thực hiện" section or a task table: the actor-less items before that
 * are plan content, not tasks (each is kept as a warning).
 */
function dropPlanContent(w: Walk, items: readonly ItemNode[], hasTable: boolean): void {
  const section = walkItems(items).find((n) => EXECUTION_SECTION.test(n.spans[0]?.text ?? ""));
  if (!section && !hasTable) return;
  const cutoff = section ? positionOf(section.spans) : Number.POSITIVE_INFINITY;
  w.tasks = w.tasks.filter(({ pos, task }) => {
    if (task.lead.length > 0 || pos >= cutoff) return true;
    // A roadmap step with its own date or period ("Thu thập, số hóa … (2025 - 2030).") is the
    // work of the body the plan names as its lead, when it names one.
    const d = task.deadline;
    if (
      w.planLead &&
      w.planLead.length > 0 &&
      (d.kind === "date" || d.flags.includes("start_of_obligation"))
    ) {
      task.lead = w.planLead;
      return true;
    }
    w.warnings.push({
      pos,
      warning: {
        code: "skipped_no_action",
        ref: task.ref,
        excerpt: excerptOf(task.text),
        detail: "plan_content",
      },
    });
    return false;
  });
}

/** Every row of a task table is a task: its lead, coordinating bodies and deadline are its cells. */
function walkTableRows(w: Walk, rows: readonly TableRow[], registry: AgencyRegistry): void {
  const seen = new Set<string>();
  let lastNumbered = "";
  for (const row of rows) {
    const base = `PL.${row.section ? `${row.section}.` : ""}`;
    let ref = row.number ? `${base}${row.number}` : `${lastNumbered}#2`;
    if (row.number) lastNumbered = ref;
    for (let k = 2; seen.has(ref); k += 1)
      ref = `${row.number ? `${base}${row.number}` : lastNumbered}#${k}`;
    seen.add(ref);
    const pos = 1e15 + row.line;
    const lead = actingBodies(agenciesOfCell(row.lead, registry), registry);
    const coordinating = actingBodies(agenciesOfCell(row.coordinating, registry), registry);
    const deadline =
      deadlineOfCell(row.deadline, w.documentDate) ??
      pickDeadline(row.task, w.documentDate).deadline ??
      NO_DEADLINE;
    if (lead.length === 0)
      w.warnings.push({ pos, warning: { code: "no_subject", ref, excerpt: excerptOf(row.task) } });
    w.tasks.push({
      pos,
      task: newTask(w.docId, ref, {
        text: row.task,
        summary: excerptOf(row.task, 100),
        lead,
        coordinating: uniqueAgencies(coordinating),
        supervising: [],
        reportTo: [],
        deadline,
      }),
    });
  }
}

/**
 * Read a directive's text into its metadata, its tasks and warnings. Works on
 * text as pasted from web pages, PDFs and Word files; never throws on odd input.
 * Every numbered item ends up as a task or as a warning.
 * @example extractDirective("Ngày 05/12/2025\n\n1. Giao Bộ Nội vụ chủ trì rà soát, báo cáo Chính phủ trong tháng 12/2025.").tasks[0]?.originalDue // "2025-12-31"
 */
export function extractDirective(text: string, opts: ExtractOptions = {}): ExtractionResult {
  const registry = opts.registry ?? defaultAgencyRegistry();
  forgetFolds();
  const cache = new Map<string, AgencyMention[]>();
  const scan = (t: string) => {
    let hit = cache.get(t);
    if (!hit) {
      hit = registry.scan(t);
      cache.set(t, hit);
    }
    return hit;
  };
  const { clean, tree } = readItems(text, scan);
  const documentWarnings: ExtractionWarning[] = [];

  const firstItem = clean.raw.findIndex((b) => ITEM_START.test(b));
  // The header: the blocks before the first item (title, number, date line), at most 40.
  const header = clean.raw.slice(0, firstItem >= 0 ? Math.min(firstItem, 40) : 12);
  const document = readMetadata(
    {
      header,
      all: clean.raw,
      registry,
      ...(opts.documentDate ? { documentDate: opts.documentDate } : {}),
    },
    documentWarnings,
  );
  const documentDate = document.date ?? undefined;
  const walk: Walk = {
    docId: document.id ?? "không-rõ",
    registry,
    documentDate,
    scan,
    tasks: [],
    warnings: [],
    citedBy: new Map(),
    footnotes: new Map(clean.footnotes.map((f) => [f.number, f])),
    layout: tree.layout,
    planLead: null,
  };
  // The paragraph introducing the list holds for that list only, up to its first break
  // (another marker style, a restarted numbering, running text).
  const paragraphs = tree.layout === "paragraphs";
  let opening = paragraphs ? NONE : introducedLead(walk, tree.preamble, tree.items[0]);
  const style = tree.items[0]?.marker?.style;
  let carry = NONE;
  for (const item of tree.items) {
    if (item.marker?.style !== style || item.ref.includes("~")) opening = NONE;
    // An item opening with a body's name ("Các Bộ: Công Thương, …") names its own actor.
    const own = startsLikeAgency(foldKey(item.spans[0]?.text ?? ""), 0, true);
    const before = walk.tasks.length;
    const given = paragraphs ? carry : own ? NONE : opening;
    walkNode(walk, item, given);
    if (paragraphs) carry = continued(item, walk.tasks.slice(before), given);
  }
  dropPlanContent(walk, tree.items, false);
  walkTableRows(walk, clean.tableRows, registry);
  const footnotes = clean.footnotes.map((f) => ({
    number: f.number,
    text: f.text,
    ref: walk.citedBy.get(f.number) ?? null,
  }));
  for (const f of footnotes) {
    if (f.ref === null) {
      documentWarnings.push({ code: "footnote_unlinked", ref: "", excerpt: excerptOf(f.text, 80) });
    }
  }
  const byPosition = <T extends { pos: number }>(list: readonly T[]): T[] =>
    [...list].sort((a, b) => a.pos - b.pos);
  return {
    document,
    tasks: byPosition(walk.tasks).map((t) => t.task),
    warnings: [...documentWarnings, ...byPosition(walk.warnings).map((x) => x.warning)],
    footnotes,
  };
}

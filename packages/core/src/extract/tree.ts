import type { FootnoteMark, Paragraph } from "./clean.js";
import { ATTACHED_DOCUMENT } from "./clean.js";
import { isClosingStatement } from "./not-task.js";
import { itemField, type ItemField } from "./table-cells.js";
import { markerLabel, splitInline, type Marker, type MarkerStyle } from "./numbering.js";

/** A stretch of a paragraph that belongs to one item. */
export interface TextSpan {
  paragraph: number;
  /** Offset of `text` in the cleaned paragraph (orders inline items). */
  start: number;
  /** The text (trimmed), with the markers of footnotes cited in it (offsets into `text`). */
  text: string;
  marks: FootnoteMark[];
}

/** One item of the document's numbering, or an unnumbered paragraph (¶). */
export interface ItemNode {
  marker: Marker | null;
  /** Place in the numbering: "5(iii)", "2.a(3)", "[4]", "¶10.1". */
  ref: string;
  /** The item's own text: its first paragraph piece and any unnumbered paragraphs after it. */
  spans: TextSpan[];
  children: ItemNode[];
  /** Set when the marker was read as another one (second "d)" → "đ"). */
  correctedFrom?: string;
  /** Labelled lines under the item ("- Cơ quan chủ trì: …", "Thời hạn hoàn thành: …"), in order. */
  fields?: ItemField[];
}

export interface ItemTree {
  /** Paragraphs before the first item (title, "kết luận như sau:"). */
  preamble: TextSpan[];
  items: ItemNode[];
  /** "numbered": the body is a numbered list; "paragraphs": unnumbered paragraphs (news copies). */
  layout: "numbered" | "paragraphs";
}

function childRef(parent: string, marker: Marker): string {
  const { style, label } = marker;
  switch (style) {
    case "arabic":
      return parent ? `${parent}.${label}` : label;
    case "bracket":
      return `${parent}[${label}]`;
    case "letter":
      return parent ? `${parent}.${label}` : label;
    case "roman":
    case "paren":
      return `${parent}(${label})`;
    case "article":
      return label;
    case "upper":
      return parent ? `${parent}.${label}` : label;
    case "decimal": {
      // "3.1" under "II.3" is "II.3.1": the label repeats the parent's own number.
      const head = label.slice(0, label.lastIndexOf("."));
      if (parent && (parent === head || parent.endsWith(`.${head}`)))
        return `${parent}${label.slice(head.length)}`;
      return parent && !label.startsWith(`${parent}.`) ? `${parent}.${label}` : label;
    }
    case "dash":
      return `${parent}-${label}`;
    case "plus":
      return `${parent}+${label}`;
    default: {
      const never: never = style;
      return never;
    }
  }
}

function spanOf(paragraph: number, p: Paragraph, start: number, end: number): TextSpan | null {
  const raw = p.text.slice(start, end);
  const lead = raw.length - raw.trimStart().length;
  const text = raw.trim();
  if (text.length === 0) return null;
  const marks = p.marks
    .filter((m) => m.offset >= start && m.offset <= end)
    .map((m) => ({
      number: m.number,
      offset: Math.min(text.length, Math.max(0, m.offset - start - lead)),
    }));
  return { paragraph, start: start + lead, text, marks };
}

const BULLETS: ReadonlySet<MarkerStyle> = new Set(["dash", "plus"]);
const SECTION_STYLES: ReadonlySet<MarkerStyle> = new Set(["upper", "article", "arabic", "decimal"]);

interface Frame {
  node: ItemNode;
  style: MarkerStyle;
  /** Value the marker had as read (for sequence checks). */
  value: number;
  /** The marker stood inside a paragraph ("…: (i) … (ii) …"): the list ends with the paragraph. */
  inline?: boolean;
}

/**
 * Build the item tree. `hasAssignment(text)` tells whether an unnumbered
 * paragraph assigns work ("Yêu cầu X …"): when such paragraphs come before the
 * first numbered line, the body is a run of paragraphs and numbered lists are
 * sub-lists of the paragraph that introduces them (a news copy: "Yêu cầu X …: 1. … 2. …").
 */
export function buildItemTree(
  paragraphs: readonly Paragraph[],
  hasAssignment: (text: string) => boolean,
): ItemTree {
  const pieces = paragraphs.map((p, i) => ({ p, i, pieces: splitInline(p.text) }));
  const firstNumbered = pieces.findIndex((x) => !x.p.heading && x.pieces[0]?.marker);
  let layout: ItemTree["layout"] = "numbered";
  if (firstNumbered < 0) layout = "paragraphs";
  else {
    const before = pieces.slice(0, Math.max(0, firstNumbered - 1));
    if (before.some((x) => !x.p.heading && hasAssignment(x.p.text))) layout = "paragraphs";
  }

  const preamble: TextSpan[] = [];
  const items: ItemNode[] = [];
  const refs = new Set<string>();
  let stack: Frame[] = [];
  let topUnit: ItemNode | null = null; // the item unnumbered paragraphs attach to
  let topStyle: MarkerStyle | null = null;
  let topFrame: Frame | null = null;
  let paragraphCount = 0;
  let closing: ItemNode | null = null; // the closing words, once read

  const uniqueRef = (ref: string) => {
    let out = ref;
    for (let k = 2; refs.has(out); k += 1) out = `${ref}~${k}`;
    refs.add(out);
    return out;
  };

  const place = (marker: Marker, span: TextSpan | null, inline: boolean): ItemNode => {
    if (!inline) closing = null;
    // Dashes and "+" bullets are the lowest level: any other marker closes them;
    // "Điều" and "I." are the highest: they close every lower level.
    if (marker.style !== "dash" && marker.style !== "plus") {
      while (stack.length > 0 && BULLETS.has(stack[stack.length - 1]?.style ?? "arabic"))
        stack.pop();
    }
    if (marker.style === "upper" || marker.style === "article") {
      const keep = stack.findIndex(
        (f) => f.style === marker.style || (marker.style === "upper" && f.style === "article"),
      );
      stack = keep >= 0 ? stack.slice(0, keep + (stack[keep]?.style === marker.style ? 0 : 1)) : [];
    }
    const at = stack.findIndex((f) => f.style === marker.style);
    let corrected: string | undefined;
    let effective = marker;
    if (at >= 0 && BULLETS.has(marker.style)) {
      const value = (stack[at]?.value ?? 0) + 1;
      effective = { ...marker, value, label: String(value) };
      stack = stack.slice(0, at);
    } else if (at >= 0) {
      const previous = stack[at];
      if (previous && marker.value === previous.value && marker.style === "letter") {
        // A repeated letter where the order needs the next one ("a b c d d e": the second d is đ).
        effective = {
          ...marker,
          value: marker.value + 1,
          label: markerLabel("letter", marker.value + 1),
        };
        corrected = `${marker.label}→${effective.label}`;
      }
      stack = stack.slice(0, at);
    }
    const parent = stack[stack.length - 1]?.node ?? (layout === "paragraphs" ? topUnit : null);
    const node: ItemNode = {
      marker: effective,
      ref: uniqueRef(childRef(parent?.ref ?? "", effective)),
      spans: span ? [span] : [],
      children: [],
      ...(corrected ? { correctedFrom: corrected } : {}),
    };
    if (parent) parent.children.push(node);
    else items.push(node);
    stack.push({ node, style: effective.style, value: effective.value, inline });
    if (layout === "numbered" && !inline && (topStyle === null || effective.style === topStyle)) {
      topStyle ??= effective.style;
      if (effective.style === topStyle) {
        topUnit = node;
        topFrame = { node, style: effective.style, value: effective.value };
      }
    }
    return node;
  };

  pieces.forEach(({ p, i, pieces: parts }, index) => {
    const first = parts[0];
    // A title in capitals is an item when it carries a section marker ("II. NHIỆM VỤ", "Điều 1.").
    const numbered =
      first?.marker !== null &&
      first !== undefined &&
      (!p.heading || (first.marker !== null && SECTION_STYLES.has(first.marker.style)));
    if (!numbered) {
      const head = first ? spanOf(i, p, first.start, first.end) : null;
      if (layout === "numbered") {
        if (topUnit === null || index < firstNumbered) {
          if (head) preamble.push(head);
          if (parts.length > 1) preamble.push(...restAsText(i, p, parts));
          return;
        }
        if (p.heading && ATTACHED_DOCUMENT.test(p.text)) {
          // The title of an attached plan or appendix ("PHỤ LỤC", "KẾ HOẠCH"): every item closes.
          if (head) preamble.push(head);
          stack = [];
          topUnit = null;
          topFrame = null;
          topStyle = null;
          closing = null;
          return;
        }
        if (closing && !p.heading) {
          // After the closing words only page furniture follows (a caption, a repeated title).
          if (head) closing.spans.push(head);
          return;
        }
        if (head && !p.heading && isClosingStatement(head.text)) {
          // "Văn phòng Chính phủ thông báo để … biết", "Trên đây là …": the closing words are an
          // item of their own (skipped with a warning), never part of the last item.
          paragraphCount += 1;
          closing = {
            marker: null,
            ref: uniqueRef(`¶${paragraphCount}`),
            spans: [head],
            children: [],
          };
          items.push(closing);
          stack = [];
          return;
        }
        // Running text continues the item open above it (a paragraph after "a) …" belongs to a),
        // not to the item that holds a)); an inline list ends with its paragraph; a title line
        // goes back to the top unit.
        const at = p.heading ? -1 : stack.findLastIndex((f) => !f.inline);
        const open = stack[at];
        if (open) {
          if (head) open.node.spans.push(head);
          stack = stack.slice(0, at + 1);
        } else {
          if (head) topUnit.spans.push(head);
          stack = topFrame ? [topFrame] : [];
        }
      } else {
        if (!head) return;
        if (p.heading && items.length === 0) {
          preamble.push(head);
          return;
        }
        paragraphCount += 1;
        const unit: ItemNode = {
          marker: null,
          ref: uniqueRef(`¶${paragraphCount}`),
          spans: [head],
          children: [],
        };
        items.push(unit);
        topUnit = unit;
        stack = [];
      }
      for (const piece of parts.slice(1)) {
        if (piece.marker) place(piece.marker, spanOf(i, p, piece.start, piece.end), true);
      }
      return;
    }
    for (const piece of parts) {
      if (piece.marker) place(piece.marker, spanOf(i, p, piece.start, piece.end), piece.inline);
    }
  });
  for (const item of items) foldFields(item);
  return { preamble, items, layout };
}

/**
 * Labelled lines belong to the item above them: a plan without a table writes
 * an item's lead, coordinating bodies, deadline and product as "- Cơ quan chủ
 * trì: …" lines (dashes or plain paragraphs) under its text. They leave the
 * item's children and text and become its fields; "Nội dung: …" stays its text.
 */
function foldFields(node: ItemNode): void {
  const fields: ItemField[] = [];
  node.spans = node.spans.filter((span, i) => {
    const field = i > 0 ? itemField(span.text) : null;
    if (!field || field.column === "content") return true;
    fields.push(field);
    return false;
  });
  node.children = node.children.filter((child) => {
    const bullet = child.marker?.style === "dash" || child.marker?.style === "plus";
    const field =
      bullet && child.children.length === 0
        ? itemField(child.spans.map((t) => t.text).join(" "))
        : null;
    if (!field) return true;
    if (field.column === "content") node.spans.push(...child.spans);
    else fields.push(field);
    return false;
  });
  if (fields.length > 0) node.fields = fields;
  for (const child of node.children) foldFields(child);
}

function restAsText(
  i: number,
  p: Paragraph,
  parts: readonly { start: number; end: number }[],
): TextSpan[] {
  const last = parts[parts.length - 1];
  const second = parts[1];
  if (!second || !last) return [];
  const span = spanOf(i, p, second.start, last.end);
  return span ? [span] : [];
}

/** Every node, depth first, parents before children. */
export function walkItems(items: readonly ItemNode[]): ItemNode[] {
  return items.flatMap((n) => [n, ...walkItems(n.children)]);
}

import { scanSpans } from "./xml-spans.js";

/**
 * The cell formats of a styles part (xl/styles.xml) as far as a patch needs
 * them: which cell style shows a date, and a style that does when none does.
 * New entries are appended (one `<numFmt>`, one `<xf>` per style that needed
 * a date twin); every other character of the part is kept.
 */

export class StylesXmlMalformed extends Error {}

interface Span {
  start: number;
  /** End of the open tag. */
  openEnd: number;
  /** Start of the close tag; equal to `end` when self-closing. */
  closeStart: number;
  end: number;
  selfClosing: boolean;
}

interface Xf {
  start: number;
  end: number;
  numFmtId: number;
}

interface StylesLayout {
  prefix: string;
  /** End of the `<styleSheet …>` open tag: where a missing `<numFmts>` goes. */
  sheetOpenEnd: number;
  numFmts: Span | null;
  formats: Map<number, string>;
  cellXfs: Span | null;
  xfs: Xf[];
}

function scan(xml: string): StylesLayout {
  const layout: StylesLayout = {
    prefix: "",
    sheetOpenEnd: -1,
    numFmts: null,
    formats: new Map(),
    cellXfs: null,
    xfs: [],
  };
  const stack: string[] = [];
  const open = new Map<string, Span>();
  let xf: Xf | null = null;
  scanSpans(
    xml,
    {
      open(name, tag, tagStart, end) {
        const parent = stack.at(-1);
        const attrs = tag.attributes as Record<string, string>;
        stack.push(name);
        if (stack.length === 1 && name === "styleSheet") {
          layout.prefix = tag.name.slice(0, tag.name.length - name.length);
          layout.sheetOpenEnd = end;
        } else if (stack.length === 2 && (name === "numFmts" || name === "cellXfs")) {
          const span = { start: tagStart, openEnd: end, closeStart: end, end, selfClosing: false };
          span.selfClosing = tag.isSelfClosing;
          open.set(name, span);
        } else if (name === "numFmt" && parent === "numFmts") {
          layout.formats.set(Number(attrs.numFmtId), attrs.formatCode ?? "");
        } else if (name === "xf" && parent === "cellXfs") {
          xf = { start: tagStart, end, numFmtId: Number(attrs.numFmtId ?? 0) };
        }
      },
      close(_name, _tag, start, end) {
        const name = stack.pop();
        if (name === "xf" && xf && stack.at(-1) === "cellXfs") {
          xf.end = end;
          layout.xfs.push(xf);
          xf = null;
        } else if ((name === "numFmts" || name === "cellXfs") && stack.length === 1) {
          const span = open.get(name);
          if (span) {
            span.closeStart = start;
            span.end = end;
            if (name === "numFmts") layout.numFmts = span;
            else layout.cellXfs = span;
          }
        }
      },
    },
    StylesXmlMalformed,
  );
  if (layout.sheetOpenEnd < 0 || layout.cellXfs === null)
    throw new StylesXmlMalformed("no cellXfs");
  return layout;
}

/**
 * The built-in number formats that show a date (ECMA-376 Part 1, §18.8.30
 * numFmt: ids 14–22 and 45–47; 27–36 and 50–58 are the East Asian date forms).
 */
const BUILT_IN_DATE_IDS = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51,
  52, 53, 54, 55, 56, 57, 58,
]);

/**
 * Whether a format code shows a date: a day or year token, or a month token
 * without hours or seconds (alone "mm" after "h" is minutes), once quoted
 * text, escaped characters and [colour]/[locale] brackets are set aside.
 */
export function isDateFormatCode(code: string): boolean {
  const bare = code
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/_./g, "")
    .replace(/\[[^\]]*\]/g, "");
  if (/[dy]/i.test(bare)) return true;
  return /m/i.test(bare) && !/[hs]/i.test(bare) && !/general/i.test(bare);
}

/** The styles part, and a way to a date style from any cell style. */
export class StylesPart {
  private readonly layout: StylesLayout;
  private readonly twins = new Map<number, number>();
  private readonly newXfs: string[] = [];
  private newFormat: { id: number; code: string } | null = null;

  constructor(private readonly xml: string) {
    this.layout = scan(xml);
  }

  private shows(numFmtId: number): boolean {
    if (BUILT_IN_DATE_IDS.has(numFmtId)) return true;
    const code = this.layout.formats.get(numFmtId);
    return code !== undefined && isDateFormatCode(code);
  }

  private formatId(code: string): number {
    for (const [id, existing] of this.layout.formats) if (existing === code) return id;
    if (this.newFormat) return this.newFormat.id;
    // Custom formats are numbered from 164 on (ids below are built in).
    const id = Math.max(163, ...this.layout.formats.keys()) + 1;
    this.newFormat = { id, code };
    return id;
  }

  /**
   * A style id that shows a date: `style` itself when its format is a date,
   * else a twin of it (same font, fill, border, alignment) with `code` as
   * its number format, made once per style.
   */
  dateStyle(style: string | null, code: string): string {
    const index = style === null ? 0 : Number(style);
    const xf = Number.isInteger(index) ? this.layout.xfs[index] : undefined;
    if (xf && this.shows(xf.numFmtId)) return String(index);
    const known = this.twins.get(index);
    if (known !== undefined) return String(known);
    const { prefix } = this.layout;
    const id = this.formatId(code);
    const base = xf
      ? this.xml.slice(xf.start, xf.end)
      : `<${prefix}xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>`;
    const twin = withAttributes(base, { numFmtId: String(id), applyNumberFormat: "1" });
    const twinIndex = this.layout.xfs.length + this.newXfs.length;
    this.newXfs.push(twin);
    this.twins.set(index, twinIndex);
    return String(twinIndex);
  }

  /** Whether any style was added (else the part is to be kept as it was). */
  get changed(): boolean {
    return this.newXfs.length > 0;
  }

  /** The part with the added format and styles, counts updated; the rest as it was. */
  toXml(): string {
    if (!this.changed) return this.xml;
    const { prefix, cellXfs, numFmts } = this.layout;
    const splices: { start: number; end: number; text: string }[] = [];
    if (this.newFormat) {
      const fmt = `<${prefix}numFmt numFmtId="${this.newFormat.id}" formatCode="${escapeAttribute(this.newFormat.code)}"/>`;
      const count = this.layout.formats.size + 1;
      if (!numFmts) {
        const at = this.layout.sheetOpenEnd;
        splices.push({
          start: at,
          end: at,
          text: `<${prefix}numFmts count="${count}">${fmt}</${prefix}numFmts>`,
        });
      } else splices.push(...openWith(this.xml, numFmts, prefix, "numFmts", count, fmt));
    }
    if (cellXfs)
      splices.push(
        ...openWith(
          this.xml,
          cellXfs,
          prefix,
          "cellXfs",
          this.layout.xfs.length + this.newXfs.length,
          this.newXfs.join(""),
        ),
      );
    splices.sort((a, b) => a.start - b.start);
    let out = "";
    let cursor = 0;
    for (const s of splices) {
      out += this.xml.slice(cursor, s.start) + s.text;
      cursor = s.end;
    }
    return out + this.xml.slice(cursor);
  }
}

const escapeAttribute = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;");

/** `tag` (one element's open or self-closing tag) with `attrs` set, added or replaced. */
function withAttributes(tag: string, attrs: Record<string, string>): string {
  let out = tag;
  for (const [name, value] of Object.entries(attrs)) {
    const pattern = new RegExp(`(\\s${name}\\s*=\\s*)("[^"]*"|'[^']*')`);
    out = pattern.test(out)
      ? out.replace(pattern, `$1"${value}"`)
      : out.replace(/^(<[^>]*?)(\s*\/?>)/, `$1 ${name}="${value}"$2`);
  }
  return out;
}

/** Splices that append `inner` to a container element and set its count. */
function openWith(
  xml: string,
  span: Span,
  prefix: string,
  name: string,
  count: number,
  inner: string,
): { start: number; end: number; text: string }[] {
  const openTag = xml.slice(span.start, span.openEnd);
  const counted = /\scount\s*=/.test(openTag)
    ? withAttributes(openTag, { count: String(count) })
    : openTag;
  if (span.selfClosing)
    return [
      {
        start: span.start,
        end: span.end,
        text: `${counted.replace(/\s*\/>$/, ">")}${inner}</${prefix}${name}>`,
      },
    ];
  return [
    { start: span.start, end: span.openEnd, text: counted },
    { start: span.closeStart, end: span.closeStart, text: inner },
  ];
}

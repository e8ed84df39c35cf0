import { findTaskTables, type TableRow } from "./table.js";
/**
 * Text clean-up before numbering and task rules: directives arrive pasted from
 * web pages, PDFs and Word files. This turns such text into body paragraphs
 * with the footnote markers they carry, the footnote bodies detached, page
 * breaks mended and page furniture set aside.
 */

/** A superscript footnote marker found in a body paragraph. */
export interface FootnoteMark {
  /** Footnote number ("²" → 2). */
  number: number;
  /** Offset in the cleaned paragraph text where the marker stood. */
  offset: number;
}

export interface Paragraph {
  /** NFC text, markers of emphasis and footnotes removed, one line. */
  text: string;
  marks: FootnoteMark[];
  /** A markdown heading ("## …") or a short title line: never an item. */
  heading: boolean;
}

export interface FootnoteBody {
  number: number;
  text: string;
}

export interface CleanText {
  paragraphs: Paragraph[];
  /** Rows of task-assignment tables, taken out of the paragraphs. */
  tableRows: TableRow[];
  footnotes: FootnoteBody[];
  /** Lines set aside: page headers in the middle of the body, "Nơi nhận", news lists. */
  furniture: string[];
  /** The text before clean-up of paragraphs, NFC, for metadata that lives in furniture. */
  raw: string[];
}

const SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹";
const SUPERSCRIPT_RUN = /[⁰¹²³⁴⁵⁶⁷⁸⁹]+/gu;
const FOOTNOTE_START = /^([⁰¹²³⁴⁵⁶⁷⁸⁹]+)\s*(\S[\s\S]*)$/u;

/** Everything from here on is not body: recipients, signature, web page lists. */
const TRAILING_FURNITURE =
  /^(?:Nơi nhận|Tin cùng chuyên mục|Tin liên quan|Tin khác|Các tin khác|Bài viết liên quan|Xem toàn văn|Xem thêm|Tải về|T\/M\.?\s|TM\.\s|KT\.\s)/iu;

/** The line that opens the list of addressees. */
const ADDRESSEES = /^(?:Kính gửi|[\p{Lu} ]{4,60}\sđiện)\s*:/u;

/** The title of a document attached to the one signed above it (a plan, rules, an appendix). */
export const ATTACHED_DOCUMENT =
  /^(?:KẾ HOẠCH|PHỤ LỤC|QUY CHẾ|QUY ĐỊNH|ĐỀ ÁN|CHƯƠNG TRÌNH|DANH MỤC|HƯỚNG DẪN|ĐIỀU LỆ)(?![\p{L}])/u;

/** Page headers and marks that a page break leaves in the middle of the body. */
const PAGE_FURNITURE = [
  /^ĐẢNG CỘNG SẢN VIỆT NAM$/u,
  /^CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM$/iu,
  /^CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM$/iu,
  /^Độc lập\s*-\s*Tự do\s*-\s*Hạnh phúc$/iu,
  /^[\p{L} .]{2,30},\s*ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}\.?$/u,
  /^(?:\*|X|-+|_+|\d{1,3}|Trang\s+\d{1,3}(?:\s*\/\s*\d{1,3})?)$/iu,
];

/** Text of a directive in one spelling: NFC, unified line ends and spaces. */
export function prepareText(text: string): string {
  return (
    String(text)
      .normalize("NFC")
      .replace(/\r\n?/g, "\n")
      .replace(/[\u00A0\u2000-\u200A\u202F\u205F\u3000]/g, " ")
      .replace(/[\u200B\uFEFF]/g, "")
      .replace(/\t/g, " ")
      // Terminal escape sequences and other control characters are never part of a directive.
      .replace(
        // eslint-disable-next-line no-control-regex -- control characters are what this removes
        /\u001B(?:\[[0-?]*[ -/]*[@-~]|\][^\u0007\u001B]*(?:\u0007|\u001B\\)?|[@-Z\\-_])?/gu,
        "",
      )
      // eslint-disable-next-line no-control-regex -- control characters are what this removes
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/gu, "")
  );
}

/** Drop web emphasis: "**bold**", "*italic*" (a lone "*" line is furniture, kept). */
export function stripEmphasis(text: string): string {
  // Every pass below removes a "*": without one the text stays as it is.
  if (!text.includes("*")) return text;
  return (
    text
      .replace(/\*\*/g, "")
      .replace(/(^|[^\p{L}\p{N}*])\*(?=\S)([^*\n]*?\S)\*(?![\p{L}\p{N}])/gu, "$1$2")
      // What is left open by a web copy: "*4.1. *Giao", "*(ii) *Chỉ đạo" (a mark opening or
      // closing on a space). A mark between two words ("x*y") or alone on its line stays.
      .replace(/(^|[ \t])\*+(?=[^\s*])/gmu, "$1")
      .replace(/(?<=[^\s*])\*+(?=[ \t]|$)/gmu, "")
  );
}

function superscriptValue(run: string): number {
  let n = 0;
  for (const ch of run) n = n * 10 + SUPERSCRIPT_DIGITS.indexOf(ch);
  return n;
}

/** The paragraph without superscript markers, and where each stood. */
export function detachMarks(text: string): { text: string; marks: FootnoteMark[] } {
  const marks: FootnoteMark[] = [];
  let out = "";
  let last = 0;
  for (const m of text.matchAll(SUPERSCRIPT_RUN)) {
    out += text.slice(last, m.index);
    marks.push({ number: superscriptValue(m[0]), offset: out.length });
    last = m.index + m[0].length;
  }
  out += text.slice(last);
  return { text: out, marks };
}

/** "(Kèm theo Báo cáo số …)", "(Kết luận số …; Báo cáo số … gửi kèm theo)./": attachments, not items. */
function isClosingNote(text: string): boolean {
  return /^\(.*\)[./\s]*$/u.test(text) && /kèm theo/iu.test(text);
}

function isPageFurniture(line: string): boolean {
  return PAGE_FURNITURE.some((re) => re.test(line));
}

/** A paragraph whose last sentence is cut: it ends in a word, a digit or a comma. */
export function endsOpen(text: string): boolean {
  return /[\p{L}\p{N},\-–]$/u.test(text.trimEnd());
}

function startsLowercase(text: string): boolean {
  const first = /\p{L}/u.exec(text)?.[0];
  return (
    first !== undefined &&
    first === first.toLocaleLowerCase("vi") &&
    first !== first.toLocaleUpperCase("vi")
  );
}

/** A line that opens a numbered item: "1.", "[2]", "a)", "(iii)", "(1)". */
export const ITEM_START =
  /^(?:(?!(?:19|20)\d\d\.\s*(?:Năm|\p{Ll}))\d{1,6}\.\s|\[\d{1,2}\]|[a-zđ]\)\s|\((?:[ivx]{1,5}|\d{1,2})\)\s?)/u;

/** Short title-like lines (all capitals, or a few words without a sentence end). */
function looksLikeHeading(text: string): boolean {
  if (/^#{1,6}\s/.test(text)) return true;
  // A letter a–z is never upper case, and no upper-case mapping yields one: running text ends here.
  if (/[a-z]/.test(text)) return false;
  const letters = text.replace(/[^\p{L}]/gu, "");
  // The root case mapping is the Vietnamese one (text/normalize.test.ts), without a locale look-up per call.
  if (letters.length > 0 && letters === letters.toUpperCase()) return true;
  return false;
}

interface Block {
  text: string;
  heading: boolean;
  /** Lines joined, markdown heading marks kept (metadata prefers non-headings). */
  raw: string;
}

/** A line that opens an item of any numbering style ("1.", "a)", "(i)", "- ", "+ ", "I.", "1.1", "Điều 2."). */
const LINE_MARKER =
  /^(?:[IVXL]{1,6}\.\s|\d{1,2}(?:\.\d{1,2}){1,3}\.?\s|(?!(?:19|20)\d\d\.\s*(?:Năm|\p{Ll}))\d{1,6}\.(?:\s|(?=\p{Lu}))|\[\d{1,2}\]|[a-zđ]\)\s|\((?:[ivx]{1,5}|\d{1,2}|[a-zđ])\)|Điều\s+\d{1,3}\b|[-–—+•]\s)/u;
const DASH_MARKER = /^[-–—+•]\s/u;

/** A line that is nothing but an item marker: "1.", "2.1.", "a)", "(iii)", "II." (emphasis aside). */
export const BARE_MARKER =
  /^[*_\s]*(?:\d{1,2}(?:\.\d{1,2}){0,3}\.?|[a-zđ]\)|\((?:[ivx]{1,5}|\d{1,2})\)|[IVXL]{1,6}\.)[*_\s]*$/u;

/** The line ends a sentence or a clause (trailing emphasis marks aside). */
function endsClosed(line: string): boolean {
  return /[.:;!?…)"”]$/u.test(line.replace(/[\s*_]+$/u, ""));
}

function capitalOpening(line: string): boolean {
  return /^[\s*_"“([]*\p{Lu}/u.test(line);
}

/**
 * Lines of one block grouped into paragraphs. Text pasted from a web page or a
 * PDF breaks sentences every ~80 characters and separates paragraphs by a single
 * line break, table cells by a line holding "|": a new paragraph starts at a "|"
 * line, at an item marker after a closed line (or a capital after the marker),
 * at a capital after a line that ends a sentence, and where capitals (a title)
 * give way to running text or back.
 */
export function groupLines(lines: readonly string[]): string[][] {
  const groups: string[][] = [];
  let current: string[] = [];
  let previous: string | null = null;
  const close = () => {
    if (current.length > 0) groups.push(current);
    current = [];
    previous = null;
  };
  let previousHeading = false;
  for (const line of lines) {
    if (line === "|" || /^\|(?:\s*\|)*$/u.test(line)) {
      close();
      continue;
    }
    const bare = line.replace(/^[*_\s]+/u, "");
    const heading = looksLikeHeading(line);
    if (previous !== null) {
      const closed = endsClosed(previous);
      const marker = LINE_MARKER.test(bare);
      const capital = capitalOpening(bare);
      const titleChange = previousHeading !== heading && capital;
      const startsItem =
        marker && (closed || (!DASH_MARKER.test(bare) && /^\S+\s*[\p{Lu}"“(*]/u.test(bare)));
      const subjectLine = /^V\/v\s/iu.test(bare);
      // A marker on a line of its own ("1." then the item's words): the words are its text.
      const afterBareMarker = BARE_MARKER.test(previous);
      if (!afterBareMarker && (startsItem || (closed && capital) || titleChange || subjectLine))
        close();
    }
    current.push(line);
    previous = line;
    previousHeading = heading;
  }
  close();
  return groups;
}

function splitBlocks(text: string): Block[] {
  return text
    .split(/\n[ ]*\n/)
    .flatMap((block) =>
      groupLines(
        block
          .split("\n")
          .map((l) => l.trim())
          // A lone mark on its own line ("X", "*") is page furniture, whatever follows.
          .filter((l) => l.length > 0 && !/^(?:\*+|X|-+|_+)$/u.test(l)),
      ),
    )
    .map((lines) => {
      const heading = lines.length > 0 && lines.every((l) => looksLikeHeading(l));
      const joined = lines
        .map((l) => l.replace(/^#{1,6}\s+/, ""))
        .join(" ")
        .replace(/^[*_\s]+/u, "")
        .replace(/[*_\s]+$/u, "")
        .replace(/ {2,}/g, " ")
        .trim();
      return { text: joined, heading, raw: lines.join(" ") };
    })
    .filter((b) => b.text.length > 0)
    .reduce<Block[]>((out, b) => {
      // A marker block on its own before the item's words ("**2.**" then a blank line).
      const last = out[out.length - 1];
      if (last && BARE_MARKER.test(last.text) && !BARE_MARKER.test(b.text)) {
        out[out.length - 1] = {
          text: `${last.text} ${b.text}`,
          heading: b.heading,
          raw: `${last.raw} ${b.raw}`,
        };
      } else out.push(b);
      return out;
    }, []);
}

/**
 * Clean a directive's text: blocks split at blank lines, footnote bodies
 * detached (also when a page break drops them in the middle of a sentence, with
 * the next page's header after them), the cut sentence joined again, trailing
 * furniture ("Nơi nhận", news lists) set aside.
 * @example cleanDirectiveText("1. Giao Bộ Nội vụ chủ trì¹ rà soát\n\n¹ Xem\n\ntổ chức.").paragraphs[0]?.text // "1. Giao Bộ Nội vụ chủ trì rà soát tổ chức."
 */
export function cleanDirectiveText(
  input: string,
  isAgency: (cell: string) => boolean = () => false,
): CleanText {
  const lines = prepareText(input).split("\n");
  const tables = findTaskTables(lines, isAgency);
  const prepared = lines.map((l, i) => (tables.consumed.has(i) ? "" : l)).join("\n");
  const blocks = splitBlocks(stripEmphasis(prepared));
  const paragraphs: Paragraph[] = [];
  const footnotes: FootnoteBody[] = [];
  const furniture: string[] = [];
  let inFootnoteZone = false;
  let openFootnote: FootnoteBody | undefined;
  let ended = false;

  const lastBody = () => paragraphs[paragraphs.length - 1];
  const bodyInterrupted = () => {
    const last = lastBody();
    return last !== undefined && !last.heading && endsOpen(last.text);
  };
  const appendToBody = (text: string) => {
    const last = lastBody();
    if (!last) return;
    const { text: clean, marks } = detachMarks(text);
    const base = last.text.length + 1;
    last.text = `${last.text} ${clean}`;
    last.marks.push(...marks.map((m) => ({ number: m.number, offset: m.offset + base })));
  };
  const pushBody = (block: Block) => {
    const { text, marks } = detachMarks(block.text);
    paragraphs.push({ text, marks, heading: block.heading });
  };

  let addressees = false;
  for (const block of blocks) {
    const text = block.text;
    // "Kính gửi:" (or a Công điện's "THỦ TƯỚNG CHÍNH PHỦ điện:") and the addressees listed under it.
    if (ADDRESSEES.test(text)) {
      addressees = true;
      furniture.push(text);
      continue;
    }
    if (addressees && /^[-–—•+]\s/u.test(text) && text.length < 300) {
      furniture.push(text);
      continue;
    }
    addressees = false;
    // A document attached after the signature ("KẾ HOẠCH", "PHỤ LỤC" in capitals) resumes the body.
    if (ended && block.heading && ATTACHED_DOCUMENT.test(text)) ended = false;
    if (ended || (paragraphs.length > 0 && TRAILING_FURNITURE.test(text))) {
      ended = true;
      furniture.push(text);
      continue;
    }
    if (isPageFurniture(text) || isClosingNote(text)) {
      furniture.push(text);
      continue;
    }
    const footnote = FOOTNOTE_START.exec(text);
    if (footnote && !ITEM_START.test(text)) {
      const body: FootnoteBody = {
        number: superscriptValue(footnote[1] ?? ""),
        text: footnote[2]?.trim() ?? "",
      };
      footnotes.push(body);
      openFootnote = endsOpen(body.text) ? body : undefined;
      inFootnoteZone = true;
      continue;
    }
    const numbered = ITEM_START.test(text);
    const lower = !numbered && startsLowercase(text);
    if (inFootnoteZone && bodyInterrupted() && !numbered) {
      if (lower || /,$/.test(lastBody()?.text ?? "")) {
        appendToBody(text);
        inFootnoteZone = false;
      } else {
        // Another paragraph of the footnote before the body resumes.
        const last = footnotes[footnotes.length - 1];
        if (last) last.text = `${last.text}\n${text}`;
      }
      continue;
    }
    if (lower && !bodyInterrupted() && openFootnote) {
      // The rest of a footnote cut by a page break, after the body's next lines.
      openFootnote.text = `${openFootnote.text} ${text}`;
      openFootnote = endsOpen(openFootnote.text) ? openFootnote : undefined;
      continue;
    }
    inFootnoteZone = false;
    if (
      !numbered &&
      bodyInterrupted() &&
      !block.heading &&
      (lower || /,$/.test(lastBody()?.text ?? ""))
    ) {
      appendToBody(text);
      continue;
    }
    pushBody(block);
  }
  return {
    paragraphs,
    tableRows: tables.rows,
    footnotes,
    furniture,
    raw: blocks.map((b) => b.raw),
  };
}

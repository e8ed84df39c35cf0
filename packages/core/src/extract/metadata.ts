import type { AgencyRegistry } from "../agency/registry.js";
import { isoFromParts, type IsoDate } from "../dates/civil-date.js";
import { documentTypeName, ISSUER_NAMES } from "../document/codes.js";
import { findDocumentReferences } from "../document/references.js";
import { parseDocumentSymbol } from "../document/symbol.js";
import type { DocumentReference, DocumentSymbol } from "../model/document.js";
import { documentId } from "../model/document.js";
import type { ExtractionWarning } from "./warnings.js";

/** What the text says about its own document; null where it says nothing. */
export interface ExtractedDocument {
  /** symbol@date (see documentId); null without a date. */
  id: string | null;
  symbol: DocumentSymbol | null;
  typeName: string | null;
  issuerName: string | null;
  date: IsoDate | null;
  title: string | null;
  references: DocumentReference[];
}

export interface MetadataInput {
  /** Blocks before the body (title, number, date line, "kết luận như sau:"). */
  header: readonly string[];
  /** Every block of the text, furniture included (the date line may sit there). */
  all: readonly string[];
  documentDate?: IsoDate;
  registry: AgencyRegistry;
}

const PLACE_DATE = /^[\p{L} .]{2,30},\s*ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/u;
const LEAD_DATE = /^Ngày\s+(\d{1,2})\s*[/-]\s*(\d{1,2})(?:\s*[/-]\s*(\d{4}))?/u;
const SESSION_DATE =
  /phiên họp\s+(?:vào\s+)?ngày\s+(\d{1,2})\s*[/-]\s*(\d{1,2})(?:\s*[/-]\s*(\d{4}))?/iu;
const TYPE_WORDS =
  /^(KẾT LUẬN|NGHỊ QUYẾT|CHỈ THỊ|QUY ĐỊNH|QUYẾT ĐỊNH|THÔNG BÁO|CÔNG VĂN|KẾ HOẠCH|HƯỚNG DẪN|CHƯƠNG TRÌNH)(?![\p{L}])/u;
const TYPE_IN_TEXT =
  /(?<![\p{L}])(Kết luận|Nghị quyết|Chỉ thị|Quy định|Quyết định|Thông báo|Công văn|Kế hoạch|Hướng dẫn|Chương trình)(?![\p{L}])/u;

function capitalise(words: string): string {
  const lower = words.toLocaleLowerCase("vi");
  return lower.charAt(0).toLocaleUpperCase("vi") + lower.slice(1);
}

/** The most frequent year written in the text (ties: the later year). */
function commonYear(blocks: readonly string[]): number | null {
  const counts = new Map<number, number>();
  for (const b of blocks) {
    for (const m of b.matchAll(/(?<![\d])(19\d{2}|20\d{2})(?![\d])/gu)) {
      const y = Number(m[1]);
      counts.set(y, (counts.get(y) ?? 0) + 1);
    }
  }
  let best: number | null = null;
  let bestCount = 0;
  for (const [y, n] of counts) {
    if (n > bestCount || (n === bestCount && best !== null && y > best)) {
      best = y;
      bestCount = n;
    }
  }
  return best;
}

function readDate(input: MetadataInput, warnings: ExtractionWarning[]): IsoDate | null {
  if (input.documentDate) return input.documentDate;
  for (const block of input.all) {
    const m = placeDateIn(block);
    if (m) return isoFromParts(Number(m[3]), Number(m[2]), Number(m[1]));
  }
  const fromParts = (m: RegExpExecArray, excerpt: string): IsoDate | null => {
    const year = m[3] !== undefined ? Number(m[3]) : commonYear(input.all);
    if (year === null) return null;
    if (m[3] === undefined) {
      warnings.push({ code: "document_year_inferred", ref: "", excerpt, detail: String(year) });
    }
    return isoFromParts(year, Number(m[2]), Number(m[1]));
  };
  // A news copy's lead: "Ngày 25/5/2025, thay mặt Bộ Chính trị, … ký ban hành Kết luận …".
  for (const block of input.header.slice(0, 12)) {
    const m = LEAD_DATE.exec(block.replace(/^[*_#\s]+/u, ""));
    if (m && (/ban hành|ký|đã có|công bố/iu.test(block) || TYPE_IN_TEXT.test(block))) {
      return fromParts(m, m[0]);
    }
  }
  for (const block of [...input.header, ...input.all]) {
    const m = SESSION_DATE.exec(block);
    if (m) return fromParts(m, m[0]);
  }
  return null;
}

/**
 * The place-and-date line of the header ("Hà Nội, ngày 05 tháng 9 năm 2025").
 * The header's two columns often reach a text as one block: the number line
 * ("Số: 12/CT-BNV") above it or beside it, a table cell apart ("|"), or the
 * date line broken after "ngày DD". So each line (and cell) of the block is
 * tried as the line's start, with a leading number dropped and the next two
 * lines joined on for a broken date.
 */
function placeDateIn(block: string): RegExpExecArray | null {
  const lines = block.replace(/[*_#]/gu, "").split(/\n|\|/u);
  for (let i = 0; i < lines.length; i++) {
    const joined = lines
      .slice(i, i + 3)
      .join(" ")
      .replace(/\s+/gu, " ")
      .trim()
      .replace(NUMBER_LINE_HEAD, "");
    const m = PLACE_DATE.exec(joined);
    if (m) return m;
  }
  return null;
}

/** An issuing verb, then the document's type ("vừa ban hành Thông báo "). */
const ISSUED_BEFORE = /(?:ban hành|vừa có|đã có|công bố|ký)\s+(?:\p{L}+\s+){0,3}(?:số\s*)?$/iu;

/** "Số: 12/CT-BNV " before the place on one line of a flattened header table. */
const NUMBER_LINE_HEAD = /^Số\s*:?\s*\S+\s+/u;

/**
 * The document's number: its "Số:" line, else (a news copy without the header:
 * "Văn phòng Chính phủ vừa ban hành Thông báo số 285/TB-VPCP ngày 5/6/2025 …")
 * the first document the opening lines name, with the date they give it.
 */
function readSymbol(
  header: readonly string[],
): { symbol: DocumentSymbol; date: IsoDate | null } | null {
  for (const block of header) {
    // "Số: 227/CĐ-TTg", also when the subject line ("V/v …") or emphasis follows on the same line.
    const m = /^[*_\s]*Số\s*:?\s*([^\s*]+(?:\s+-\s*[^\s*]+)?)/u.exec(block.replace(/\\/gu, ""));
    const parsed = m ? parseDocumentSymbol(`Số ${m[1] ?? ""}`) : null;
    if (parsed) return { symbol: parsed, date: null };
  }
  for (const block of header.slice(0, 4)) {
    for (const ref of findDocumentReferences(block)) {
      if (ref.symbol.typeCode === "BC") continue;
      const before = block.slice(Math.max(0, ref.start - 30), ref.start).toLocaleLowerCase("vi");
      if (/(?:căn cứ|theo|tại|triển khai|thực hiện|v\/v|về việc)\s*$/u.test(before)) continue;
      // Its date is the document's only where the lines say it was issued
      // ("vừa ban hành Thông báo số …"), not where they cite it ("về tổng kết
      // Nghị quyết số …", "Tại văn bản số …").
      const issued = ISSUED_BEFORE.test(block.slice(Math.max(0, ref.start - 40), ref.start));
      return { symbol: ref.symbol, date: issued ? ref.date : null };
    }
  }
  return null;
}

function agencyNames(text: string, registry: AgencyRegistry): string | null {
  const mentions = registry.scan(text);
  if (mentions.length === 0) return null;
  return mentions
    .map((m) => (m.ref.id ? (registry.get(m.ref.id)?.name ?? m.text) : m.text))
    .join(", ");
}

function readIssuer(input: MetadataInput, symbol: DocumentSymbol | null): string | null {
  const first = input.header[0];
  if (first && first === first.toLocaleUpperCase("vi")) {
    const ref = input.registry.resolve(first);
    if (ref.id) return input.registry.get(ref.id)?.name ?? ref.name;
  }
  for (const block of input.header) {
    const m =
      /(?:KẾT LUẬN|Kết luận|NGHỊ QUYẾT|Nghị quyết|CHỈ THỊ|Chỉ thị|QUY ĐỊNH|Quy định|THÔNG BÁO|Thông báo)\s+(?:CỦA|của)\s+(.{3,80}?)\s+(?:về|VỀ)\s/u.exec(
        block,
      );
    const names = m?.[1] ? agencyNames(m[1], input.registry) : null;
    if (names) return names;
  }
  for (const block of input.header) {
    const at = block.search(/\s(?:kết luận|yêu cầu)(?: như sau)?\s*:\s*$/u);
    if (at < 0) continue;
    const before = block.slice(0, at);
    const mentions = input.registry.scan(before);
    const tail: string[] = [];
    let end = before.length;
    for (const m of [...mentions].reverse()) {
      if (!/^[\s,]*$/u.test(before.slice(m.end, end))) break;
      tail.unshift(m.ref.id ? (input.registry.get(m.ref.id)?.name ?? m.text) : m.text);
      end = m.start;
    }
    if (tail.length > 0) return tail.join(", ");
  }
  return symbol ? (ISSUER_NAMES[symbol.issuerCode] ?? null) : null;
}

function readTypeName(header: readonly string[], symbol: DocumentSymbol | null): string | null {
  for (const block of header) {
    const m = TYPE_WORDS.exec(block);
    if (m?.[1]) return capitalise(m[1]);
  }
  if (symbol) {
    for (const block of header) {
      for (const ref of findDocumentReferences(block)) {
        if (ref.symbol.symbol === symbol.symbol && ref.typeName) return ref.typeName;
      }
    }
    return documentTypeName(symbol.typeCode);
  }
  for (const block of header) {
    const m = TYPE_IN_TEXT.exec(block);
    if (m?.[1]) return m[1];
  }
  return null;
}

function readTitle(header: readonly string[]): string | null {
  for (const block of header) {
    const m = /^V\/v\s+(.+)$/iu.exec(block);
    if (m?.[1]) return tidyTitle(m[1]);
  }
  // A web copy's headline ("# Tải file …") is not the title: prefer running text.
  const ordered = [
    ...header.filter((b) => !b.startsWith("#")),
    ...header.filter((b) => b.startsWith("#")),
  ];
  for (const block of ordered) {
    const type = TYPE_IN_TEXT.exec(block) ?? TYPE_WORDS.exec(block);
    if (!type) continue;
    const rest = block.slice(type.index);
    const about = /\s(về\s[^(]+?)(?:\s*\(|\.\s|\.$|$)/u.exec(rest);
    if (about?.[1]) return tidyTitle(about[1]);
  }
  return null;
}

function tidyTitle(title: string): string {
  return title.replace(/[\s.,;:]+$/u, "").trim();
}

function readReferences(
  input: MetadataInput,
  own: DocumentSymbol | null,
  warnings: ExtractionWarning[],
): DocumentReference[] {
  interface Seen {
    symbol: string;
    dates: Array<{ date: string; subjectLine: boolean }>;
    relation: DocumentReference["relation"];
  }
  const bySymbol = new Map<string, Seen>();
  const header = new Set(input.header);
  for (const block of input.all) {
    const subjectLine = /^V\/v\s/iu.test(block);
    for (const ref of findDocumentReferences(block)) {
      const symbol = ref.symbol.symbol;
      if (own && symbol === own.symbol) continue;
      const before = block.slice(Math.max(0, ref.start - 30), ref.start).toLocaleLowerCase("vi");
      let relation: DocumentReference["relation"] = "cites";
      if ((subjectLine || header.has(block)) && /(?:triển khai|thực hiện)\s*$/u.test(before)) {
        relation = "implements";
      } else if (
        ref.symbol.typeCode === "BC" &&
        (header.has(block) || /kèm theo/iu.test(block) || /sau khi nghe/iu.test(block))
      ) {
        relation = "based_on";
      }
      const seen = bySymbol.get(symbol) ?? { symbol, dates: [], relation };
      if (relation !== "cites") seen.relation = relation;
      if (ref.date) seen.dates.push({ date: ref.date, subjectLine });
      bySymbol.set(symbol, seen);
    }
  }
  return [...bySymbol.values()].map((seen) => {
    const body = seen.dates.filter((d) => !d.subjectLine);
    const chosen = (body[0] ?? seen.dates[0])?.date;
    const distinct = new Set(seen.dates.map((d) => d.date));
    if (distinct.size > 1) {
      warnings.push({
        code: "reference_date_conflict",
        ref: "",
        excerpt: seen.symbol,
        detail: [...distinct].join(" ≠ "),
      });
    }
    return { symbol: seen.symbol, ...(chosen ? { date: chosen } : {}), relation: seen.relation };
  });
}

/**
 * The document's own metadata: number and symbol ("Số 322 - CV/ĐU", or the
 * conclusion a news copy says was issued), date (the place-and-date line, the
 * news lead's "Ngày …", else the session date), issuer, type, title ("về …",
 * "V/v …") and the documents it implements, is based on, or cites.
 */
/**
 * An appendix captioned "(Kèm theo Nghị quyết số 394/NQ-CP ngày 03 tháng 12 năm
 * 2025 của Chính phủ)" names the document it is attached to: the text's own
 * number and date when a copy lost its header.
 */
function appendixCaption(
  all: readonly string[],
): { symbol: DocumentSymbol; date: IsoDate | null } | null {
  for (const block of all) {
    const m = /\(?\s*(?:Ban hành )?kèm theo\s+(?=\p{L})/iu.exec(block);
    if (!m) continue;
    const ref = findDocumentReferences(block.slice(m.index))[0];
    if (ref && ref.start < 40) return { symbol: ref.symbol, date: ref.date };
  }
  return null;
}

export function readMetadata(
  input: MetadataInput,
  warnings: ExtractionWarning[],
): ExtractedDocument {
  const caption = appendixCaption(input.all);
  const named = readSymbol(input.header);
  const symbol = named?.symbol ?? caption?.symbol ?? null;
  const date =
    readDate(input, warnings) ??
    (symbol && caption?.symbol.symbol === symbol.symbol ? caption.date : null) ??
    named?.date ??
    null;
  if (!date) {
    warnings.push({ code: "document_date_missing", ref: "", excerpt: "" });
  }
  return {
    id: date ? documentId(symbol?.symbol ?? null, date) : null,
    symbol,
    typeName: readTypeName(input.header, symbol),
    issuerName: readIssuer(input, symbol),
    date,
    title: readTitle(input.header),
    references: readReferences(input, symbol, warnings),
  };
}

import type { Readable } from "node:stream";
import { TextDecoder } from "node:util";
import { SaxesParser, type SaxesTagPlain } from "saxes";
import type { ReadBudget } from "./budget.js";

export interface XmlHandlers {
  open(name: string, attributes: Record<string, string>, selfClosing: boolean): void;
  close(name: string): void;
  text(text: string): void;
}

/** Raised for XML that is not well formed; the reader words it, the parser's English stays inside. */
export class XmlMalformed extends Error {}

/** "x:row" → "row": some writers prefix the spreadsheet namespace. */
const local = (name: string) => {
  const colon = name.indexOf(":");
  return colon < 0 ? name : name.slice(colon + 1);
};

const LT = 0x3c;

/** UTF-16 byte-order marks: the only other encoding an xlsx part may use. */
function decoderFor(first: Buffer): TextDecoder {
  if (first[0] === 0xff && first[1] === 0xfe) return new TextDecoder("utf-16le", { fatal: true });
  if (first[0] === 0xfe && first[1] === 0xff) return new TextDecoder("utf-16be", { fatal: true });
  return new TextDecoder("utf-8", { fatal: true });
}

/**
 * Stream one zip part through a streaming text decoder into saxes. The
 * decoder keeps a multi-byte character split across two chunks whole
 * ({stream: true}), so no "th��nh" can appear. Every chunk is counted
 * (inflated bytes, time), and the longest run of bytes without a "<" — one
 * text node or one tag — is bounded before saxes can buffer it, so one
 * gigantic cell cannot take the heap. A DOCTYPE is refused outright: xlsx
 * parts never have one, and entity tricks (XXE, billion laughs) need one.
 */
export async function parseXmlPart(
  stream: Readable,
  budget: ReadBudget,
  handlers: XmlHandlers,
  onUnsafe: () => never,
): Promise<void> {
  const parser = new SaxesParser({ xmlns: false, position: false });
  let failure: Error | null = null;
  parser.on("error", (error) => {
    failure ??= error;
  });
  parser.on("doctype", () => onUnsafe());
  parser.on("opentag", (tag: SaxesTagPlain) =>
    handlers.open(local(tag.name), tag.attributes as Record<string, string>, tag.isSelfClosing),
  );
  parser.on("closetag", (tag: SaxesTagPlain) => handlers.close(local(tag.name)));
  parser.on("text", handlers.text);
  parser.on("cdata", handlers.text);
  let decoder: TextDecoder | null = null;
  let run = 0;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      budget.inflated(chunk.length);
      const lastLt = chunk.lastIndexOf(LT);
      if (lastLt < 0) {
        run += chunk.length;
      } else {
        if (run + chunk.indexOf(LT) > budget.maxRunBytes)
          budget.fail("cell_too_large", budget.limits.maxCellKb);
        run = chunk.length - lastLt - 1;
      }
      if (run > budget.maxRunBytes) budget.fail("cell_too_large", budget.limits.maxCellKb);
      decoder ??= decoderFor(chunk);
      let text: string;
      try {
        text = decoder.decode(chunk, { stream: true });
      } catch {
        throw new XmlMalformed("encoding");
      }
      parser.write(text);
      if (failure) throw new XmlMalformed("xml");
    }
    if (decoder) {
      try {
        parser.write(decoder.decode());
      } catch {
        throw new XmlMalformed("encoding");
      }
    }
    parser.close();
    if (failure) throw new XmlMalformed("xml");
  } finally {
    stream.destroy();
  }
}

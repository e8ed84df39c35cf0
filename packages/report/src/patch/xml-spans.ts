import { SaxesParser, type SaxesTagPlain } from "saxes";

/**
 * One pass over an XML part that reports each element with the character
 * span of its tags, so a patch can cut or splice the text around them and
 * keep every other character. Names are local (a prefix "x:" dropped).
 */
export interface SpanHandlers {
  /** An open (or self-closing) tag, from its "<" to just after its ">". */
  open(name: string, tag: SaxesTagPlain, start: number, end: number): void;
  /** A close tag (for a self-closing element, `start` = `end` = the tag's end). */
  close?(name: string, tag: SaxesTagPlain, start: number, end: number): void;
}

const local = (name: string) => name.slice(name.indexOf(":") + 1);

/**
 * Scans `xml`; a parse error or an error thrown by a handler becomes a
 * `Malformed` (one the handler threw as `Malformed` passes unchanged).
 */
export function scanSpans(
  xml: string,
  handlers: SpanHandlers,
  Malformed: new (message: string) => Error,
): void {
  const parser = new SaxesParser({ xmlns: false, position: true });
  let failure: Error | null = null;
  parser.on("error", (error) => {
    failure ??= error;
  });
  let tagStart = 0;
  parser.on("opentagstart", () => {
    tagStart = xml.lastIndexOf("<", parser.position - 1);
  });
  parser.on("opentag", (tag: SaxesTagPlain) => {
    handlers.open(local(tag.name), tag, tagStart, parser.position);
  });
  const close = handlers.close;
  if (close) {
    parser.on("closetag", (tag: SaxesTagPlain) => {
      const end = parser.position;
      const start = tag.isSelfClosing ? end : xml.lastIndexOf("<", end - 1);
      close(local(tag.name), tag, start, end);
    });
  }
  try {
    parser.write(xml).close();
  } catch (error) {
    if (error instanceof Malformed) throw error;
    throw new Malformed(error instanceof Error ? error.message : String(error));
  }
  if (failure) throw new Malformed((failure as Error).message);
}

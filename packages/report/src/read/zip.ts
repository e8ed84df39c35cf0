import { Transform, type Readable } from "node:stream";
import { createInflateRaw } from "node:zlib";
import yauzl from "yauzl";

/** The parts of an xlsx as its central directory lists them (random access, nothing inflated yet). */
export interface ZipParts {
  /** Entries by normalised name ("xl/workbook.xml", no leading "/"). */
  entries: Map<string, yauzl.Entry>;
  /** Sum of the declared uncompressed sizes. */
  declaredBytes: number;
  open(entry: yauzl.Entry): Promise<Readable>;
  close(): void;
}

/** Above this many entries a zip is no workbook a person made. */
const MAX_ENTRIES = 10_000;

export class ZipTooManyEntries extends Error {}

/** Inflated chunks this large cost far fewer callbacks than zlib's default 16 KB. */
const CHUNK = 256 * 1024;

/**
 * One part, inflated here rather than by yauzl so the chunks are large; the
 * check yauzl would make is kept: more bytes than the part declares fail the
 * stream at once (a zip that lies about its sizes).
 */
async function openPart(zip: yauzl.ZipFile, entry: yauzl.Entry): Promise<Readable> {
  const raw = await zip.openReadStreamPromise(entry, { decompress: false });
  if (entry.compressionMethod === 0) return raw;
  if (entry.compressionMethod !== 8)
    throw new Error(`unsupported compression ${entry.compressionMethod}`);
  const declared = entry.uncompressedSize;
  let seen = 0;
  const guard = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      seen += chunk.length;
      if (seen > declared)
        done(new Error(`too many bytes in the stream. expected ${declared}. got at least ${seen}`));
      else done(null, chunk);
    },
  });
  const inflate = createInflateRaw({ chunkSize: CHUNK });
  const fail = (error: Error) => guard.destroy(error);
  raw.on("error", fail);
  inflate.on("error", fail);
  guard.on("close", () => {
    raw.destroy();
    inflate.destroy();
  });
  return raw.pipe(inflate).pipe(guard);
}

/**
 * Open a zip for random access with yauzl: the central directory is read, and
 * each part is inflated from its own place in the file when asked for, so the
 * order of parts in the file does not matter and nothing is spooled to disk.
 * yauzl checks each part's inflated size against the declared one and fails
 * the stream as soon as it is exceeded (a zip that lies about its sizes).
 */
export async function openZip(file: string): Promise<ZipParts> {
  const zip = await yauzl.openPromise(file, {
    lazyEntries: true,
    autoClose: false,
    decodeStrings: true,
    validateEntrySizes: true,
    strictFileNames: false,
  });
  try {
    if (zip.entryCount > MAX_ENTRIES) throw new ZipTooManyEntries(String(zip.entryCount));
    const entries = new Map<string, yauzl.Entry>();
    let declaredBytes = 0;
    for await (const entry of zip.eachEntry()) {
      entries.set(entry.fileName.replace(/^\/+/, "").replace(/\\/g, "/"), entry);
      declaredBytes += entry.uncompressedSize;
    }
    return {
      entries,
      declaredBytes,
      open: (entry) => openPart(zip, entry),
      close: () => zip.close(),
    };
  } catch (error) {
    zip.close();
    throw error;
  }
}

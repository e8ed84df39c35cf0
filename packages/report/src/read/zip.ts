import type { Readable } from "node:stream";
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
      open: (entry) => zip.openReadStreamPromise(entry),
      close: () => zip.close(),
    };
  } catch (error) {
    zip.close();
    throw error;
  }
}

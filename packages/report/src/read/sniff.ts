import { open } from "node:fs/promises";
import type { ReadError, ReadLimits } from "./errors.js";

const ZIP_LOCAL = 0x04034b50;
const ZIP_EOCD = 0x06054b50;
const ZIP_CENTRAL = 0x02014b50;
const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
/** "EncryptedPackage" as an OLE directory entry name (UTF-16LE). */
const ENCRYPTED_PACKAGE = Buffer.from("EncryptedPackage", "utf16le");
/** The EOCD record is 22 bytes plus a comment of at most 65535. */
const EOCD_SEARCH = 22 + 65_535;

export interface ZipEntry {
  name: string;
  uncompressedSize: number;
}

/** The zip's central directory, or why there is none. */
function readCentralDirectory(
  buf: Buffer,
  fileSize: number,
  tailOffset: number,
): ZipEntry[] | "truncated" {
  let eocd = -1;
  for (let i = buf.length - 22; i >= 0; i -= 1) {
    if (buf.readUInt32LE(i) === ZIP_EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return "truncated";
  const count = buf.readUInt16LE(eocd + 10);
  const size = buf.readUInt32LE(eocd + 12);
  const offset = buf.readUInt32LE(eocd + 16);
  if (offset + size > fileSize || offset < tailOffset) {
    // The directory is not inside the tail we read (or not in the file at all).
    return offset + size > fileSize ? "truncated" : [];
  }
  const entries: ZipEntry[] = [];
  let p = offset - tailOffset;
  for (let i = 0; i < count; i += 1) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== ZIP_CENTRAL) return "truncated";
    const uncompressedSize = buf.readUInt32LE(p + 24);
    const nameLength = buf.readUInt16LE(p + 28);
    const extraLength = buf.readUInt16LE(p + 30);
    const commentLength = buf.readUInt16LE(p + 32);
    const name = buf.toString("utf8", p + 46, p + 46 + nameLength);
    entries.push({ name, uncompressedSize });
    p += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/**
 * Look at a file before parsing it: is it an xlsx at all, encrypted, an old
 * .xls, cut short, or declaring more uncompressed data than allowed? Reads the
 * first bytes and the zip's central directory only, so it is cheap and cannot
 * be made to inflate anything.
 */
export async function sniffWorkbook(
  file: string,
  limits: Pick<ReadLimits, "maxUncompressedMb">,
): Promise<ReadError | null> {
  let handle;
  try {
    handle = await open(file, "r");
  } catch {
    return { code: "file_missing", file };
  }
  try {
    const { size } = await handle.stat();
    const head = Buffer.alloc(Math.min(size, 8));
    await handle.read(head, 0, head.length, 0);
    if (head.length >= 8 && head.equals(OLE_MAGIC)) {
      const whole = Buffer.alloc(Math.min(size, 1 << 20));
      await handle.read(whole, 0, whole.length, 0);
      return { code: whole.includes(ENCRYPTED_PACKAGE) ? "encrypted" : "legacy_xls", file };
    }
    if (head.length < 4 || head.readUInt32LE(0) !== ZIP_LOCAL) return { code: "not_xlsx", file };

    // The central directory is usually small; read the tail, and more if needed.
    const tailLength = Math.min(size, Math.max(EOCD_SEARCH, 4 << 20));
    const tailOffset = size - tailLength;
    const tail = Buffer.alloc(tailLength);
    await handle.read(tail, 0, tailLength, tailOffset);
    let entries = readCentralDirectory(tail, size, tailOffset);
    if (entries !== "truncated" && entries.length === 0 && size > tailLength) {
      const whole = Buffer.alloc(size);
      await handle.read(whole, 0, size, 0);
      entries = readCentralDirectory(whole, size, 0);
    }
    if (entries === "truncated") return { code: "truncated", file };
    if (!entries.some((e) => e.name.replace(/^\//, "") === "xl/workbook.xml")) {
      return { code: "not_xlsx", file, detail: "zip" };
    }
    const declared = entries.reduce(
      (sum, e) => sum + (e.uncompressedSize === 0xffffffff ? Infinity : e.uncompressedSize),
      0,
    );
    if (declared > limits.maxUncompressedMb * 1024 * 1024) {
      return { code: "too_large", file, limit: limits.maxUncompressedMb };
    }
    return null;
  } finally {
    await handle.close();
  }
}

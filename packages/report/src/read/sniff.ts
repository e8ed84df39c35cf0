import { open, stat } from "node:fs/promises";
import type { ReadError } from "./errors.js";

const ZIP_LOCAL = 0x04034b50;
const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
/** "EncryptedPackage" as an OLE directory entry name (UTF-16LE). */
const ENCRYPTED_PACKAGE = Buffer.from("EncryptedPackage", "utf16le");

/**
 * Look at a file before parsing it: a file at all (not a directory), an xlsx
 * (a zip), or an encrypted workbook or an old .xls (both OLE containers)?
 * Reads the first bytes only; the zip's own structure is yauzl's to check.
 */
export async function sniffWorkbook(file: string): Promise<ReadError | null> {
  let handle;
  try {
    const info = await stat(file);
    if (!info.isFile()) return { code: "not_a_file", file };
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
    return null;
  } finally {
    await handle.close();
  }
}

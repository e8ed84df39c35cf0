import type { SheetRowError } from "@nhiemvu/core";

/**
 * Why a workbook could not be read. Stable codes; messages.ts words them.
 * - file_missing: no file at the path
 * - not_xlsx: not a zip/xlsx at all (a text file, a PDF, a .docx …)
 * - legacy_xls: an old binary .xls workbook
 * - encrypted: a password-protected workbook (an OLE container holding "EncryptedPackage")
 * - truncated: starts like an xlsx but ends early (interrupted copy or download)
 * - corrupt: the xlsx structure is damaged in another way
 * - wrong_layout: no sheet has the tracking sheet's headers
 * - too_large: the declared uncompressed size is over the limit (zip bomb)
 * - row_limit / time_limit / memory_limit: a bound of the reader was hit
 */
export type ReadErrorCode =
  | "file_missing"
  | "not_xlsx"
  | "legacy_xls"
  | "encrypted"
  | "truncated"
  | "corrupt"
  | "wrong_layout"
  | "too_large"
  | "row_limit"
  | "time_limit"
  | "memory_limit";

export interface ReadError {
  code: ReadErrorCode;
  file: string;
  /** Extra facts for the message: the limit hit, the missing headers, the sheets seen … */
  detail?: string;
  limit?: number;
}

/** Bounds of reading one untrusted workbook. */
export interface ReadLimits {
  /** Rows over all sheets, blank ones included. */
  maxRows: number;
  /** Wall-clock time for one workbook. */
  timeoutMs: number;
  /** Old-generation heap of the reading worker. */
  maxHeapMb: number;
  /** Sum of the zip entries' declared uncompressed sizes. */
  maxUncompressedMb: number;
}

export const DEFAULT_READ_LIMITS: ReadLimits = {
  maxRows: 500_000,
  timeoutMs: 120_000,
  maxHeapMb: 384,
  maxUncompressedMb: 1_024,
};

/** What one tracking workbook gave: tasks, and rows that are not tasks. */
export interface TrackingReadResult {
  file: string;
  sheet: string;
  /** Data rows seen (blank rows excluded). */
  rows: number;
  rowErrors: SheetRowError[];
}

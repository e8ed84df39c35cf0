/**
 * Why a workbook could not be read. Stable codes; messages.ts words them.
 * - file_missing: no file at the path
 * - not_a_file: the path is a directory (or another non-file)
 * - not_xlsx: not a zip/xlsx at all (a text file, a PDF, a .docx …)
 * - legacy_xls: an old binary .xls workbook
 * - encrypted: a password-protected workbook (an OLE container holding "EncryptedPackage")
 * - truncated: starts like an xlsx but ends early (interrupted copy or download)
 * - corrupt: the xlsx structure is damaged in another way
 * - unsafe_xml: a part declares a DOCTYPE or entities (XXE, "billion laughs"); xlsx never does
 * - wrong_layout: no sheet has the tracking sheet's headers
 * - too_large: more uncompressed data than allowed, declared or really inflated (zip bomb)
 * - shared_strings_limit: the shared-strings table has too many strings or too much text
 * - cell_too_large: one value (a run of text without markup) is over the limit
 * - row_limit / cell_limit / time_limit / memory_limit: a bound of the reader was hit
 */
export type ReadErrorCode =
  | "file_missing"
  | "not_a_file"
  | "not_xlsx"
  | "legacy_xls"
  | "encrypted"
  | "truncated"
  | "corrupt"
  | "unsafe_xml"
  | "wrong_layout"
  | "too_large"
  | "shared_strings_limit"
  | "cell_too_large"
  | "row_limit"
  | "cell_limit"
  | "time_limit"
  | "memory_limit";

export interface ReadError {
  code: ReadErrorCode;
  file: string;
  /** Extra facts for the message: the missing headers, the sheets seen … (never parser English). */
  detail?: string;
  limit?: number;
}

/**
 * Bounds of reading one untrusted workbook. Every one is counted on what is
 * really read (inflated bytes, strings, rows, cells), never on what the file
 * declares, so a file that lies about its sizes is stopped all the same.
 */
export interface ReadLimits {
  /** Rows holding a value, over all sheets (empty formatted rows are bounded by Excel's last row, cells and time). */
  maxRows: number;
  /** Cells over all sheets. */
  maxCells: number;
  /** Wall-clock time for one workbook (checked on every inflated chunk). */
  timeoutMs: number;
  /** Old-generation heap of a reading worker (the last line of defence). */
  maxHeapMb: number;
  /** Bytes inflated from the zip, summed over the parts read (also the declared total). */
  maxUncompressedMb: number;
  /** Strings in the shared-strings table. */
  maxSharedStrings: number;
  /** UTF-8 bytes of text in the shared-strings table. */
  maxSharedStringsMb: number;
  /** Longest run of XML text without markup: one cell value (Excel's own limit is 32,767 characters). */
  maxCellKb: number;
}

export const DEFAULT_READ_LIMITS: ReadLimits = {
  maxRows: 150_000,
  maxCells: 12_000_000,
  timeoutMs: 60_000,
  maxHeapMb: 384,
  maxUncompressedMb: 1_024,
  maxSharedStrings: 1_000_000,
  maxSharedStringsMb: 64,
  maxCellKb: 512,
};

/**
 * Something read that the user should know although the row was kept:
 * - formula_no_value: a formula without a cached value; its text was kept ("=SUM(A1:A3)")
 * - formula_error: a formula (or value) that is an Excel error (#NAME? …); the formula's text was kept
 * - formula_shared_no_value: a cell sharing another cell's formula (t="shared"), without a
 *   cached value; the master cell's formula text was kept (nothing when the master is unknown)
 * - duplicate_code: a task code seen again in the same file; the later row is left out
 */
export type ReadWarningCode =
  "formula_no_value" | "formula_error" | "formula_shared_no_value" | "duplicate_code";

export interface ReadWarning {
  code: ReadWarningCode;
  sheet: string;
  /** A1 cell, e.g. "S12". */
  cell: string;
  /** Sheet-qualified reference, e.g. "'Theo dõi nhiệm vụ'!S12". */
  address: string;
  /** A short excerpt of the value (the formula, the code). */
  value: string;
  /** duplicate_code: the address of the first row with the code. */
  first?: string;
  /** formula_shared_no_value: the address of the cell that spells the shared formula out. */
  master?: string;
}

import type { ReadError, ReadErrorCode, ReadLimits } from "./errors.js";

/** Raised inside the reader to stop it with a read error. */
export class ReadAbort extends Error {
  constructor(readonly error: ReadError) {
    super(error.code);
  }
}

const MB = 1024 * 1024;

/**
 * The counters of one workbook read, checked as the bytes come: inflated
 * bytes, shared strings (count and bytes), rows, cells and time. Each check is
 * against what was really read, so a file cannot lie its way past a bound.
 */
export class ReadBudget {
  inflatedBytes = 0;
  sharedStrings = 0;
  sharedStringBytes = 0;
  rows = 0;
  cells = 0;
  private readonly deadline: number;
  private readonly maxInflated: number;
  private readonly maxSharedStringBytes: number;
  readonly maxRunBytes: number;

  constructor(
    readonly file: string,
    readonly limits: ReadLimits,
    private readonly clock: () => number = Date.now,
  ) {
    this.deadline = clock() + limits.timeoutMs;
    this.maxInflated = limits.maxUncompressedMb * MB;
    this.maxSharedStringBytes = limits.maxSharedStringsMb * MB;
    this.maxRunBytes = limits.maxCellKb * 1024;
  }

  fail(code: ReadErrorCode, limit?: number): never {
    throw new ReadAbort({ code, file: this.file, ...(limit === undefined ? {} : { limit }) });
  }

  /** Every inflated chunk passes here: bytes and the clock. */
  inflated(bytes: number): void {
    this.inflatedBytes += bytes;
    if (this.inflatedBytes > this.maxInflated)
      this.fail("too_large", this.limits.maxUncompressedMb);
    this.checkTime();
  }

  checkTime(): void {
    if (this.clock() > this.deadline) this.fail("time_limit", this.limits.timeoutMs);
  }

  /** One more string in the shared-strings table. */
  sharedString(): void {
    this.sharedStrings += 1;
    if (this.sharedStrings > this.limits.maxSharedStrings)
      this.fail("shared_strings_limit", this.limits.maxSharedStrings);
  }

  /** Text of the shared-strings table, counted as it comes (one endless string is stopped too). */
  sharedStringText(utf8Bytes: number): void {
    this.sharedStringBytes += utf8Bytes;
    if (this.sharedStringBytes > this.maxSharedStringBytes)
      throw new ReadAbort({
        code: "shared_strings_limit",
        file: this.file,
        limit: this.limits.maxSharedStringsMb,
        detail: "MB",
      });
  }

  row(): void {
    this.rows += 1;
    if (this.rows > this.limits.maxRows) this.fail("row_limit", this.limits.maxRows);
  }

  cell(): void {
    this.cells += 1;
    if (this.cells > this.limits.maxCells) this.fail("cell_limit", this.limits.maxCells);
  }
}

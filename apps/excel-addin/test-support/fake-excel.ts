import type {
  CellValue,
  ConditionalFormatApi,
  DataValidationApi,
  ExcelContext,
  RangeApi,
  RangeFormatApi,
  TableApi,
  WorkbookApi,
  WorksheetApi,
} from "../src/excel/excel-api.js";

/**
 * A recording stand-in for Excel's object model, faithful in what the add-in
 * relies on: operations queue and run only on sync(), in order (earlier ones
 * stay applied when a later one fails — Excel batches are not transactions);
 * properties are readable only after load() + sync(); a request or response
 * over 5 MB is refused; protected sheets refuse writes; and a value written into
 * a cell not formatted as text is coerced the way Excel does ("9/2025" becomes
 * a date, "=x" a formula).
 */

export class FakeOfficeError extends Error {
  constructor(readonly code: string) {
    super(code);
    this.name = "FakeOfficeError";
  }
}

export interface Call {
  sync: number;
  op: string;
  sheet?: string;
  address?: string;
  detail?: unknown;
}

interface Cell {
  value: CellValue;
  format: string;
}

const PAYLOAD_LIMIT = 5 * 1024 * 1024;
const encoder = new TextEncoder();
const bytes = (value: unknown) => encoder.encode(JSON.stringify(value)).length;

export function letterIndex(letters: string): number {
  let n = 0;
  for (const letter of letters) n = n * 26 + (letter.charCodeAt(0) - 64);
  return n - 1;
}

export function letters(index: number): string {
  let n = index + 1;
  let out = "";
  while (n > 0) {
    out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

export interface Rect {
  row: number;
  column: number;
  rows: number;
  columns: number;
}

const MAX_ROWS = 1_048_576;

/** "B2:D9", "C5", "B:B" (whole column) → 0-based rectangle. */
export function parseAddress(address: string): Rect {
  const local = address.slice(address.lastIndexOf("!") + 1).replace(/\$/g, "");
  const [first = "", second = first] = local.split(":");
  const whole = /^([A-Z]+)$/;
  const a = whole.exec(first);
  const b = whole.exec(second);
  if (a && b) {
    const from = letterIndex(a[1] ?? "A");
    return { row: 0, column: from, rows: MAX_ROWS, columns: letterIndex(b[1] ?? "A") - from + 1 };
  }
  const cell = /^([A-Z]+)(\d+)$/;
  const p = cell.exec(first);
  const q = cell.exec(second);
  if (!p || !q) throw new FakeOfficeError("InvalidArgument");
  const row = Number(p[2]) - 1;
  const column = letterIndex(p[1] ?? "A");
  return {
    row,
    column,
    rows: Number(q[2]) - row,
    columns: letterIndex(q[1] ?? "A") - column + 1,
  };
}

export const formatAddress = (rect: Rect): string =>
  `${letters(rect.column)}${rect.row + 1}:${letters(rect.column + rect.columns - 1)}${rect.row + rect.rows}`;

/** Serial of a civil date in Excel's 1900 system (dates after 1900-03-01). */
const serialOf = (year: number, month: number, day: number) =>
  Math.round((Date.UTC(year, month - 1, day) - Date.UTC(1899, 11, 30)) / 86_400_000);

/** What Excel stores when a string is typed into a cell of the given format. */
export function coerce(value: CellValue, format: string): CellValue {
  if (typeof value !== "string" || format === "@") return value;
  if (value.startsWith("=")) return "#NAME?";
  const monthYear = /^(\d{1,2})\/(\d{4})$/.exec(value);
  if (monthYear) return serialOf(Number(monthYear[2]), Number(monthYear[1]), 1);
  const date = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(value);
  if (date) return serialOf(Number(date[3]), Number(date[1]), Number(date[2]));
  if (/^-?\d+(\.\d+)?$/.test(value)) return Number(value);
  return value;
}

export class FakeSheet {
  cells = new Map<string, Cell>();
  visibility = "Visible";
  protected = false;
  frozenRows = 0;
  widths = new Map<number, number>();
  hiddenColumns = new Set<number>();
  validations: { address: string; rule: unknown; errorAlert?: unknown }[] = [];
  conditionalFormats: { address: string; formula: string; fill: string; font: string }[] = [];
  styles: { address: string; property: string; value: unknown }[] = [];
  selection: string | null = null;

  constructor(public name: string) {}

  cell(row: number, column: number): Cell {
    return this.cells.get(`${row}:${column}`) ?? { value: "", format: "General" };
  }

  setCell(row: number, column: number, patch: Partial<Cell>) {
    this.cells.set(`${row}:${column}`, { ...this.cell(row, column), ...patch });
  }

  /** Values of a rectangle, "" for empty cells. */
  read(rect: Rect): CellValue[][] {
    return Array.from({ length: rect.rows }, (_, r) =>
      Array.from(
        { length: rect.columns },
        (_, c) => this.cell(rect.row + r, rect.column + c).value,
      ),
    );
  }

  /** Values of an A1 range, for assertions. */
  values(address: string): CellValue[][] {
    return this.read(parseAddress(address));
  }

  formats(address: string): string[][] {
    const rect = parseAddress(address);
    return Array.from({ length: rect.rows }, (_, r) =>
      Array.from(
        { length: rect.columns },
        (_, c) => this.cell(rect.row + r, rect.column + c).format,
      ),
    );
  }
}

export class FakeTable {
  style = "";
  showTotals = false;
  constructor(
    public name: string,
    public sheet: FakeSheet,
    /** Header row included. */
    public rect: Rect,
  ) {}

  get body(): Rect {
    return { ...this.rect, row: this.rect.row + 1, rows: this.rect.rows - 1 };
  }

  get header(): Rect {
    return { ...this.rect, rows: 1 };
  }

  /** Header names, for assertions. */
  headers(): CellValue[] {
    return this.sheet.read(this.header)[0] ?? [];
  }

  /** Data rows, for assertions. */
  rows(): CellValue[][] {
    return this.sheet.read(this.body);
  }
}

export interface FakeWorkbookOptions {
  /** Highest ExcelApi version the fake host claims. */
  apiVersion?: string;
  payloadLimit?: number;
}

/** The workbook: sheets, tables, and the record of every call and sync. */
export class FakeWorkbook {
  sheets: FakeSheet[] = [];
  tables: FakeTable[] = [];
  protected = false;
  calls: Call[] = [];
  syncs = 0;
  /** Bytes of values and formats sent in each request. */
  requestBytes: number[] = [];
  suspendedCalculations = 0;
  readonly apiVersion: string;
  readonly payloadLimit: number;
  /** Test hook: make the n-th sync (1-based) fail with this Office code. */
  failOnSync: { sync: number; code: string } | null = null;

  constructor(options: FakeWorkbookOptions = {}) {
    this.apiVersion = options.apiVersion ?? "1.9";
    this.payloadLimit = options.payloadLimit ?? PAYLOAD_LIMIT;
  }

  sheet(name: string): FakeSheet | undefined {
    return this.sheets.find((sheet) => sheet.name === name);
  }

  table(name: string): FakeTable | undefined {
    return this.tables.find((table) => table.name === name);
  }

  addSheet(name: string): FakeSheet {
    const sheet = new FakeSheet(name);
    this.sheets.push(sheet);
    return sheet;
  }

  /** isSetSupported of this host. */
  supports = (set: string, version: string): boolean => {
    if (set !== "ExcelApi") return false;
    const [major = 0, minor = 0] = version.split(".").map(Number);
    const [hostMajor = 0, hostMinor = 0] = this.apiVersion.split(".").map(Number);
    return major < hostMajor || (major === hostMajor && minor <= hostMinor);
  };

  context(): ExcelContext & { readonly workbook: WorkbookApi } {
    return new FakeContext(this);
  }

  /** Writes of values, for "which cells did the add-in touch" assertions. */
  valueWrites(sheet?: string): Call[] {
    return this.calls.filter(
      (call) => call.op === "values" && (sheet === undefined || call.sheet === sheet),
    );
  }
}

type Op = () => void;

class FakeContext implements ExcelContext {
  readonly workbook: WorkbookApi;
  private queue: Op[] = [];
  private loads: (() => unknown)[] = [];
  private pendingBytes = 0;

  constructor(readonly book: FakeWorkbook) {
    this.workbook = new WorkbookProxy(this);
  }

  enqueue(op: Op, weight = 0) {
    this.queue.push(op);
    this.pendingBytes += weight;
  }

  enqueueLoad(load: () => unknown) {
    this.queue.push(() => {
      this.loads.push(load);
    });
  }

  record(call: Omit<Call, "sync">) {
    this.book.calls.push({ sync: this.book.syncs + 1, ...call });
  }

  async sync(): Promise<void> {
    const queue = this.queue;
    const weight = this.pendingBytes;
    this.queue = [];
    this.pendingBytes = 0;
    this.loads = [];
    this.book.syncs += 1;
    this.book.requestBytes.push(weight);
    const failure = this.book.failOnSync;
    if (failure && failure.sync === this.book.syncs) {
      // Like Excel: what came before the failing operation is applied.
      queue.slice(0, Math.floor(queue.length / 2)).forEach((op) => op());
      throw new FakeOfficeError(failure.code);
    }
    if (weight > this.book.payloadLimit)
      throw new FakeOfficeError("RequestPayloadSizeLimitExceeded");
    for (const op of queue) op();
    const response = this.loads.map((load) => load());
    if (bytes(response) > this.book.payloadLimit) {
      throw new FakeOfficeError("ResponsePayloadSizeLimitExceeded");
    }
  }
}

/** A property readable only after load() and sync(). */
class Loaded<T> {
  private value: T | undefined;
  private loaded = false;
  set(value: T) {
    this.value = value;
    this.loaded = true;
  }
  get(): T {
    if (!this.loaded) throw new FakeOfficeError("PropertyNotLoaded");
    return this.value as T;
  }
}

class WorkbookProxy implements WorkbookApi {
  readonly worksheets: WorkbookApi["worksheets"];
  readonly tables: WorkbookApi["tables"];
  readonly protection: WorkbookApi["protection"];
  readonly application: WorkbookApi["application"];

  constructor(ctx: FakeContext) {
    const book = ctx.book;
    this.worksheets = {
      getItem: (name) => new SheetProxy(ctx, () => book.sheet(name), name, false),
      getItemOrNullObject: (name) => new SheetProxy(ctx, () => book.sheet(name), name, true),
      add: (name = `Sheet${book.sheets.length + 1}`) => {
        ctx.record({ op: "addSheet", sheet: name });
        ctx.enqueue(() => {
          if (book.protected) throw new FakeOfficeError("AccessDenied");
          if (book.sheet(name)) throw new FakeOfficeError("ItemAlreadyExists");
          book.addSheet(name);
        });
        return new SheetProxy(ctx, () => book.sheet(name), name, false);
      },
    };
    this.tables = {
      getItemOrNullObject: (name) => new TableProxy(ctx, () => book.table(name), true),
    };
    const isProtected = new Loaded<boolean>();
    this.protection = {
      load: () => ctx.enqueueLoad(() => isProtected.set(book.protected)),
      get protected() {
        return isProtected.get();
      },
    };
    this.application = {
      suspendApiCalculationUntilNextSync: () => {
        ctx.record({ op: "suspendCalculation" });
        ctx.enqueue(() => {
          book.suspendedCalculations += 1;
        });
      },
    };
  }
}

class SheetProxy implements WorksheetApi {
  private loadedNull = new Loaded<boolean>();
  private loadedName = new Loaded<string>();
  private _visibility = "Visible";
  readonly protection: WorksheetApi["protection"];
  readonly freezePanes: WorksheetApi["freezePanes"];
  readonly tables: WorksheetApi["tables"];

  constructor(
    private readonly ctx: FakeContext,
    readonly resolve: () => FakeSheet | undefined,
    private readonly sheetName: string,
    private readonly nullable: boolean,
  ) {
    const isProtected = new Loaded<boolean>();
    this.protection = {
      load: () => ctx.enqueueLoad(() => isProtected.set(this.target().protected)),
      get protected() {
        return isProtected.get();
      },
    };
    this.freezePanes = {
      freezeRows: (count = 1) => {
        ctx.record({ op: "freezeRows", sheet: sheetName, detail: count });
        ctx.enqueue(() => {
          this.target().frozenRows = count;
        });
      },
    };
    this.tables = {
      add: (address, hasHeaders) => {
        ctx.record({ op: "addTable", sheet: sheetName, address, detail: hasHeaders });
        let created: FakeTable | undefined;
        ctx.enqueue(() => {
          const sheet = this.target();
          const book = ctx.book;
          const name = `Table${book.tables.length + 1}`;
          created = new FakeTable(name, sheet, parseAddress(address));
          book.tables.push(created);
        });
        return new TableProxy(ctx, () => created, false);
      },
    };
  }

  target(): FakeSheet {
    const sheet = this.resolve();
    if (!sheet) throw new FakeOfficeError("ItemNotFound");
    return sheet;
  }

  get isNullObject(): boolean {
    return this.loadedNull.get();
  }

  get name(): string {
    return this.loadedName.get();
  }

  get visibility(): string {
    return this._visibility;
  }

  set visibility(value: string) {
    this._visibility = value;
    this.ctx.record({ op: "visibility", sheet: this.sheetName, detail: value });
    this.ctx.enqueue(() => {
      this.target().visibility = value;
    });
  }

  load(): void {
    this.ctx.enqueueLoad(() => {
      const sheet = this.resolve();
      if (!sheet && !this.nullable) throw new FakeOfficeError("ItemNotFound");
      this.loadedNull.set(!sheet);
      if (sheet) this.loadedName.set(sheet.name);
    });
  }

  getRange(address = "A1"): RangeApi {
    return new RangeProxy(
      this.ctx,
      () => this.target(),
      () => parseAddress(address),
    );
  }

  activate(): void {
    this.ctx.record({ op: "activate", sheet: this.sheetName });
    this.ctx.enqueue(() => void this.target());
  }

  delete(): void {
    this.ctx.record({ op: "deleteSheet", sheet: this.sheetName });
    this.ctx.enqueue(() => {
      const book = this.ctx.book;
      const sheet = this.target();
      book.sheets = book.sheets.filter((s) => s !== sheet);
      book.tables = book.tables.filter((t) => t.sheet !== sheet);
    });
  }
}

class TableProxy implements TableApi {
  private loadedNull = new Loaded<boolean>();
  private loadedName = new Loaded<string>();
  private loadedTotals = new Loaded<boolean>();
  private _style = "";
  readonly rows: TableApi["rows"];

  constructor(
    private readonly ctx: FakeContext,
    private readonly resolve: () => FakeTable | undefined,
    private readonly nullable: boolean,
  ) {
    this.rows = {
      add: (_index, values) => {
        const weight = bytes(values ?? []);
        ctx.record({ op: "addRows", detail: values?.length ?? 1 });
        ctx.enqueue(() => {
          const table = this.target();
          if (table.sheet.protected) throw new FakeOfficeError("AccessDenied");
          const rows = values ?? [[]];
          const at = table.rect.row + table.rect.rows;
          rows.forEach((row, r) => {
            for (let c = 0; c < table.rect.columns; c++) {
              const format = table.sheet.cell(at - 1, table.rect.column + c).format;
              const value = row[c] ?? "";
              table.sheet.setCell(at + r, table.rect.column + c, {
                format,
                value: coerce(value, format),
              });
            }
          });
          table.rect = { ...table.rect, rows: table.rect.rows + rows.length };
        }, weight);
        return undefined;
      },
    };
  }

  target(): FakeTable {
    const table = this.resolve();
    if (!table) throw new FakeOfficeError("ItemNotFound");
    return table;
  }

  get isNullObject(): boolean {
    return this.loadedNull.get();
  }

  get name(): string {
    return this.loadedName.get();
  }

  set name(value: string) {
    this.ctx.record({ op: "tableName", detail: value });
    this.ctx.enqueue(() => {
      const table = this.target();
      if (this.ctx.book.tables.some((t) => t !== table && t.name === value)) {
        throw new FakeOfficeError("ItemAlreadyExists");
      }
      table.name = value;
    });
  }

  get style(): string {
    return this._style;
  }

  set style(value: string) {
    this._style = value;
    this.ctx.record({ op: "tableStyle", detail: value });
    this.ctx.enqueue(() => {
      this.target().style = value;
    });
  }

  get showTotals(): boolean {
    return this.loadedTotals.get();
  }

  set showTotals(value: boolean) {
    this.ctx.enqueue(() => {
      this.target().showTotals = value;
    });
  }

  get worksheet(): WorksheetApi {
    return new SheetProxy(this.ctx, () => this.resolve()?.sheet, "", false);
  }

  load(): void {
    this.ctx.enqueueLoad(() => {
      const table = this.resolve();
      if (!table && !this.nullable) throw new FakeOfficeError("ItemNotFound");
      this.loadedNull.set(!table);
      if (table) {
        this.loadedName.set(table.name);
        this.loadedTotals.set(table.showTotals);
      }
    });
  }

  private range(pick: (table: FakeTable) => Rect): RangeApi {
    return new RangeProxy(
      this.ctx,
      () => this.target().sheet,
      () => pick(this.target()),
    );
  }

  getRange(): RangeApi {
    return this.range((table) => table.rect);
  }

  getHeaderRowRange(): RangeApi {
    return this.range((table) => table.header);
  }

  getDataBodyRange(): RangeApi {
    return this.range((table) => table.body);
  }
}

class RangeProxy implements RangeApi {
  private loaded = {
    address: new Loaded<string>(),
    values: new Loaded<CellValue[][]>(),
    rect: new Loaded<Rect>(),
  };
  private _values: CellValue[][] = [];
  private _numberFormat: string[][] = [];
  private _hidden = false;
  readonly format: RangeFormatApi;
  readonly dataValidation: DataValidationApi;
  readonly conditionalFormats: RangeApi["conditionalFormats"];

  constructor(
    private readonly ctx: FakeContext,
    private readonly sheet: () => FakeSheet,
    private readonly rect: () => Rect,
  ) {
    const style = (property: string) => (value: unknown) => {
      ctx.record({ op: "format", detail: { property, value } });
      ctx.enqueue(() => {
        const sheet = this.sheet();
        const rect = this.rect();
        if (property === "columnWidth" && typeof value === "number") {
          for (let c = 0; c < rect.columns; c++) sheet.widths.set(rect.column + c, value);
        }
        sheet.styles.push({ address: formatAddress(rect), property, value });
      });
    };
    const props = <T extends object>(target: T, names: string[]): T => {
      for (const name of names) {
        let current: unknown;
        Object.defineProperty(target, name, {
          get: () => current,
          set: (value: unknown) => {
            current = value;
            style(name)(value);
          },
          enumerable: true,
        });
      }
      return target;
    };
    this.format = props(
      {
        font: props({} as RangeFormatApi["font"], ["bold", "color"]),
        fill: props({} as RangeFormatApi["fill"], ["color"]),
      } as RangeFormatApi,
      ["columnWidth", "wrapText", "verticalAlignment"],
    );
    let rule: DataValidationApi["rule"] = {};
    let errorAlert = {} as DataValidationApi["errorAlert"];
    const validation = (patch: { rule?: unknown; errorAlert?: unknown }) => {
      ctx.record({ op: "dataValidation", detail: patch });
      ctx.enqueue(() => {
        const sheet = this.sheet();
        const address = formatAddress(this.rect());
        const existing = sheet.validations.find((v) => v.address === address);
        if (existing) Object.assign(existing, patch);
        else sheet.validations.push({ address, rule: undefined, ...patch });
      });
    };
    this.dataValidation = {
      get rule() {
        return rule;
      },
      set rule(value) {
        rule = value;
        validation({ rule: value });
      },
      get errorAlert() {
        return errorAlert;
      },
      set errorAlert(value) {
        errorAlert = value;
        validation({ errorAlert: value });
      },
    };
    this.conditionalFormats = {
      add: (type) => {
        ctx.record({ op: "conditionalFormat", detail: type });
        const entry = { address: "", formula: "", fill: "", font: "" };
        ctx.enqueue(() => {
          entry.address = formatAddress(this.rect());
          this.sheet().conditionalFormats.unshift(entry);
        });
        const format: ConditionalFormatApi = {
          custom: {
            rule: {
              get formula() {
                return entry.formula;
              },
              set formula(value: string) {
                entry.formula = value;
              },
            },
            format: {
              fill: {
                get color() {
                  return entry.fill;
                },
                set color(value: string) {
                  entry.fill = value;
                },
              },
              font: {
                get color() {
                  return entry.font;
                },
                set color(value: string) {
                  entry.font = value;
                },
              },
            },
          },
        };
        return format;
      },
    };
  }

  private writable(): { sheet: FakeSheet; rect: Rect } {
    const sheet = this.sheet();
    if (sheet.protected) throw new FakeOfficeError("AccessDenied");
    return { sheet, rect: this.rect() };
  }

  private checkShape(matrix: unknown[][], rect: Rect) {
    if (matrix.length !== rect.rows || matrix.some((row) => row.length !== rect.columns)) {
      throw new FakeOfficeError("InvalidArgument");
    }
  }

  get address(): string {
    return this.loaded.address.get();
  }

  get rowCount(): number {
    return this.loaded.rect.get().rows;
  }

  get columnCount(): number {
    return this.loaded.rect.get().columns;
  }

  get rowIndex(): number {
    return this.loaded.rect.get().row;
  }

  get columnIndex(): number {
    return this.loaded.rect.get().column;
  }

  get values(): CellValue[][] {
    return this.loaded.values.get();
  }

  set values(values: CellValue[][]) {
    this._values = values;
    const address = (() => {
      try {
        return formatAddress(this.rect());
      } catch {
        return "?";
      }
    })();
    this.ctx.record({ op: "values", sheet: this.sheetName(), address, detail: values.length });
    this.ctx.enqueue(() => {
      const { sheet, rect } = this.writable();
      this.checkShape(values, rect);
      values.forEach((row, r) =>
        row.forEach((value, c) => {
          const format = sheet.cell(rect.row + r, rect.column + c).format;
          sheet.setCell(rect.row + r, rect.column + c, { value: coerce(value, format) });
        }),
      );
    }, bytes(values));
  }

  get numberFormat(): string[][] {
    return this._numberFormat;
  }

  set numberFormat(formats: string[][]) {
    this._numberFormat = formats;
    this.ctx.record({ op: "numberFormat", sheet: this.sheetName(), detail: formats.length });
    this.ctx.enqueue(() => {
      const { sheet, rect } = this.writable();
      this.checkShape(formats, rect);
      formats.forEach((row, r) =>
        row.forEach((format, c) => sheet.setCell(rect.row + r, rect.column + c, { format })),
      );
    }, bytes(formats));
  }

  get columnHidden(): boolean {
    return this._hidden;
  }

  set columnHidden(hidden: boolean) {
    this._hidden = hidden;
    this.ctx.record({ op: "columnHidden", detail: hidden });
    this.ctx.enqueue(() => {
      const rect = this.rect();
      for (let c = 0; c < rect.columns; c++) {
        if (hidden) this.sheet().hiddenColumns.add(rect.column + c);
        else this.sheet().hiddenColumns.delete(rect.column + c);
      }
    });
  }

  private sheetName(): string {
    try {
      return this.sheet().name;
    } catch {
      return "?";
    }
  }

  load(names: string): void {
    const wanted = names.split(",").map((name) => name.trim());
    this.ctx.enqueueLoad(() => {
      const sheet = this.sheet();
      const rect = this.rect();
      this.loaded.rect.set(rect);
      const address = `${sheet.name.includes(" ") ? `'${sheet.name}'` : sheet.name}!${formatAddress(rect)}`;
      this.loaded.address.set(address);
      if (wanted.includes("values")) {
        const values = sheet.read(rect);
        this.loaded.values.set(values);
        return values;
      }
      return address;
    });
  }

  select(): void {
    this.ctx.record({ op: "select" });
    this.ctx.enqueue(() => {
      this.sheet().selection = formatAddress(this.rect());
    });
  }

  delete(): void {
    this.ctx.record({ op: "deleteRange" });
    this.ctx.enqueue(() => {
      const { sheet, rect } = this.writable();
      const moved = new Map<string, Cell>();
      for (const [key, cell] of sheet.cells) {
        const [r = 0, c = 0] = key.split(":").map(Number);
        const inColumns = c >= rect.column && c < rect.column + rect.columns;
        if (inColumns && r >= rect.row && r < rect.row + rect.rows) continue;
        const shifted = inColumns && r >= rect.row + rect.rows ? r - rect.rows : r;
        moved.set(`${shifted}:${c}`, cell);
      }
      sheet.cells = moved;
      for (const table of this.ctx.book.tables) {
        if (table.sheet === sheet && rect.row > table.rect.row) {
          const end = table.rect.row + table.rect.rows;
          const removed = Math.max(0, Math.min(end, rect.row + rect.rows) - rect.row);
          table.rect = { ...table.rect, rows: table.rect.rows - removed };
        }
      }
    });
  }
}

/**
 * The part of Office.js's Excel API the apply layer uses (ExcelApi 1.8 and
 * below), declared structurally so a recording fake can stand in for it in
 * tests. `excel-api.check.ts` proves the real Excel.RequestContext fits.
 */

/** A cell value as Excel hands it over and takes it: "" is an empty cell. */
export type CellValue = string | number | boolean;

export interface Loadable {
  load(propertyNames: string): unknown;
}

export interface NullableObject extends Loadable {
  readonly isNullObject: boolean;
}

export interface RangeFormatApi {
  columnWidth: number;
  wrapText: boolean;
  verticalAlignment: string;
  font: { bold: boolean; color: string };
  fill: { color: string };
}

export interface DataValidationApi {
  // Excel also accepts a Range as the source; the add-in always writes a formula string.
  rule: { list?: { inCellDropDown: boolean; source: string | object } };
  errorAlert: { showAlert: boolean; style: string; title: string; message: string };
}

export interface ConditionalFormatApi {
  custom: {
    rule: { formula: string };
    format: { fill: { color: string }; font: { color: string } };
  };
}

export interface RangeApi extends Loadable {
  readonly address: string;
  readonly rowCount: number;
  readonly columnCount: number;
  readonly rowIndex: number;
  readonly columnIndex: number;
  values: CellValue[][];
  numberFormat: string[][];
  columnHidden: boolean;
  readonly format: RangeFormatApi;
  readonly dataValidation: DataValidationApi;
  readonly conditionalFormats: { add(type: "Custom"): ConditionalFormatApi };
  select(): void;
  delete(shift: "Up"): void;
}

export interface TableApi extends NullableObject {
  name: string;
  style: string;
  showTotals: boolean;
  readonly worksheet: WorksheetApi;
  readonly rows: { add(index?: number, values?: CellValue[][]): unknown };
  getRange(): RangeApi;
  getHeaderRowRange(): RangeApi;
  getDataBodyRange(): RangeApi;
}

export interface WorksheetApi extends NullableObject {
  readonly name: string;
  visibility: string;
  readonly protection: Loadable & { readonly protected: boolean };
  readonly freezePanes: { freezeRows(count?: number): void };
  readonly tables: { add(address: string, hasHeaders: boolean): TableApi };
  getRange(address?: string): RangeApi;
  activate(): void;
  delete(): void;
}

export interface WorkbookApi {
  readonly worksheets: {
    getItem(name: string): WorksheetApi;
    getItemOrNullObject(name: string): WorksheetApi;
    add(name?: string): WorksheetApi;
  };
  readonly tables: { getItemOrNullObject(name: string): TableApi };
  readonly protection: Loadable & { readonly protected: boolean };
  readonly application: { suspendApiCalculationUntilNextSync(): void };
}

export interface ExcelContext {
  readonly workbook: WorkbookApi;
  sync(): Promise<unknown>;
}

/** Whether the host implements a requirement set (Office.context.requirements.isSetSupported). */
export type SupportCheck = (set: string, version: string) => boolean;

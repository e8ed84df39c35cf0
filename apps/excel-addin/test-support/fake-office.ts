import { FakeWorkbook } from "./fake-excel.js";

/**
 * Stands in for Microsoft's office.js in the browser test: the test routes the
 * CDN request for office.js to this script (bundled as an IIFE), so the built
 * pane runs unchanged against the recording fake workbook.
 */

interface FakeOfficeInfo {
  host: string;
  platform: string;
}

const book = new FakeWorkbook();

const office = {
  HostType: { Excel: "Excel" },
  onReady(callback?: (info: FakeOfficeInfo) => void): Promise<FakeOfficeInfo> {
    const info = { host: "Excel", platform: "OfficeOnline" };
    callback?.(info);
    return Promise.resolve(info);
  },
  context: {
    requirements: {
      isSetSupported: (set: string, version?: string) => book.supports(set, version ?? "1.1"),
    },
  },
};

const excel = {
  run: <T>(job: (context: ReturnType<FakeWorkbook["context"]>) => Promise<T>): Promise<T> =>
    job(book.context()),
};

/** What the test reads back: every sheet with its cells, tables, selection. */
function state() {
  return {
    syncs: book.syncs,
    sheets: book.sheets.map((sheet) => ({
      name: sheet.name,
      visibility: sheet.visibility,
      selection: sheet.selection,
      frozenRows: sheet.frozenRows,
      conditionalFormats: sheet.conditionalFormats.length,
      validations: sheet.validations.length,
    })),
    tables: book.tables.map((table) => ({
      name: table.name,
      sheet: table.sheet.name,
      headers: table.headers(),
      rows: table.rows(),
    })),
  };
}

Object.assign(globalThis, {
  Office: office,
  Excel: excel,
  __nhiemvu: {
    state,
    /** Type into a cell as a person would (for the check step). */
    setCell: (sheetName: string, row: number, column: number, value: string | number) =>
      book.sheet(sheetName)?.setCell(row, column, { value }),
    values: (sheetName: string, address: string) => book.sheet(sheetName)?.values(address),
  },
});

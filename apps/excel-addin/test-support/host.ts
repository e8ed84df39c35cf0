import type { Host } from "../src/commands/host.js";
import type { CellValue } from "../src/excel/excel-api.js";
import { FakeTable, type FakeWorkbook } from "./fake-excel.js";

/** A pane host over the fake workbook: one fresh context per action, like Excel.run. */
export const fakeHost = (book: FakeWorkbook, budget?: number): Host => ({
  run: (job) => job(book.context()),
  supports: book.supports,
  ...(budget ? { budget } : {}),
});

/** Put a table straight into the fake (a sheet a person built or edited by hand). */
export function seedTable(
  book: FakeWorkbook,
  args: { sheet: string; table: string; at: { row: number; column: number }; rows: CellValue[][] },
): FakeTable {
  const sheet = book.sheet(args.sheet) ?? book.addSheet(args.sheet);
  args.rows.forEach((cells, r) =>
    cells.forEach((value, c) => sheet.setCell(args.at.row + r, args.at.column + c, { value })),
  );
  const table = new FakeTable(args.table, sheet, {
    row: args.at.row,
    column: args.at.column,
    rows: args.rows.length,
    columns: args.rows[0]?.length ?? 0,
  });
  book.tables.push(table);
  return table;
}

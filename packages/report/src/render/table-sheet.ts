import type { CellValue, Workbook } from "exceljs";
import { textCell } from "./cell-value.js";
import { landscapeA4, pageHeader } from "./page.js";
import { STYLES } from "./styles.js";

export interface TableColumn {
  header: string;
  width: number;
}

/**
 * A small list sheet (units, conflicts, skipped rows): header frozen and
 * filtered, text wrapped, printed A4 landscape with the header repeated.
 */
export function writeTableSheet(
  workbook: Workbook,
  name: string,
  title: string,
  columns: readonly TableColumn[],
  rows: readonly (readonly (string | number)[])[],
): void {
  const ws = workbook.addWorksheet(name, {
    views: [{ state: "frozen", xSplit: 0, ySplit: 1, topLeftCell: "A2", activeCell: "A2" }],
    pageSetup: landscapeA4("1:1"),
    headerFooter: pageHeader(title),
  });
  ws.columns = columns.map((c) => ({ width: c.width }));
  const lastLetter = String.fromCharCode(64 + columns.length);
  ws.autoFilter = `A1:${lastLetter}${Math.max(1, rows.length + 1)}`;
  const header = ws.addRow(columns.map((c) => c.header));
  header.eachCell((cell) => {
    cell.style = STYLES.headerCell;
  });
  header.commit();
  for (const values of rows) {
    const row = ws.addRow(values.map((v): CellValue => (typeof v === "number" ? v : textCell(v))));
    for (let i = 1; i <= columns.length; i += 1) {
      row.getCell(i).style = typeof values[i - 1] === "number" ? STYLES.integer : STYLES.text;
    }
    row.commit();
  }
  ws.commit();
}

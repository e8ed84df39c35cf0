import type { CellValue, Workbook } from "exceljs";
import { textCell } from "./cell-value.js";
import { columnPoints, pageHeader, readableLandscapeA4 } from "./page.js";
import { STYLES } from "./styles.js";
import { rowHeight } from "./text-fit.js";

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
    pageSetup: readableLandscapeA4(
      columns.map((c) => c.width),
      12,
      "1:1",
    ),
    headerFooter: pageHeader(title),
  });
  ws.columns = columns.map((c) => ({ width: c.width }));
  const lastLetter = String.fromCharCode(64 + columns.length);
  ws.autoFilter = `A1:${lastLetter}${Math.max(1, rows.length + 1)}`;
  const heightOf = (values: readonly (string | number)[], bold = false) =>
    rowHeight(
      values.map((v, i) => [String(v), columnPoints(columns[i]?.width ?? 10), { size: 12, bold }]),
    );
  const header = ws.addRow(columns.map((c) => c.header));
  header.height = heightOf(
    columns.map((c) => c.header),
    true,
  );
  header.eachCell((cell) => {
    cell.style = STYLES.headerCell;
  });
  header.commit();
  for (const values of rows) {
    const row = ws.addRow(values.map((v): CellValue => (typeof v === "number" ? v : textCell(v))));
    row.height = heightOf(values);
    for (let i = 1; i <= columns.length; i += 1) {
      row.getCell(i).style = typeof values[i - 1] === "number" ? STYLES.integer : STYLES.text;
    }
    row.commit();
  }
  ws.commit();
}

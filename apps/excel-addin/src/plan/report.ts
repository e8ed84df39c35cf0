import { isoToExcelSerial, type IsoDate } from "@nhiemvu/core";
import type { DetailRow, Rate, ReportModel } from "@nhiemvu/report/model";
import type { CellValue } from "../excel/excel-api.js";
import { charsToPoints } from "./create.js";
import type { BlockWrite } from "./types.js";

/** One sheet of the month report: cells, widths, which rows are headings. */
export interface ReportSheetPlan {
  name: string;
  blocks: BlockWrite[];
  /** Width of each column in points. */
  widths: number[];
  /** 0-based rows shown bold (titles and table headers). */
  boldRows: number[];
}

const TEXT = "@";
const COUNT = "#,##0";
const DATE = "dd/mm/yyyy";

/** A rate as text in the model's decimals; empty when there is no denominator. */
const percentText = (value: number | null, decimals: number) =>
  value === null ? "" : `${value.toFixed(decimals).replace(".", ",")}%`;
const date = (iso: IsoDate | null): CellValue => (iso ? (isoToExcelSerial(iso) ?? iso) : "");

/** Sheet names of a month's report: "BC 11-2025 Tổng hợp" (≤ 31 characters, no "/"). */
export function reportSheetNames(month: string) {
  const [year, mm] = month.split("-");
  const prefix = `BC ${mm}-${year}`;
  return { summary: `${prefix} Tổng hợp`, details: `${prefix} Chi tiết` };
}

/** A block of rows starting at `row`, one format per column. */
const block = (row: number, values: CellValue[][], formats: string[]): BlockWrite => ({
  row,
  column: 0,
  values: values.map((cells) => formats.map((_, i) => cells[i] ?? "")),
  formats,
});

/**
 * The month report as sheets of the workbook, from the report package's model:
 * the same numbers `nhiemvu report` prints for the same data.
 */
export function planReport(model: ReportModel): ReportSheetPlan[] {
  const names = reportSheetNames(model.period.month);
  const labels = model.statusOrder.map((status) => model.statusLabels[status]);
  const width = 2 + labels.length;
  const text = Array.from({ length: width }, () => TEXT);
  const counts = [TEXT, ...labels.map(() => COUNT), COUNT];

  const { header, summary } = model;
  const rates: [string, Rate][] = [
    ["Tỷ lệ hoàn thành", summary.rateOfDue],
    ["Tỷ lệ hoàn thành", summary.rateOfAssigned],
    ["Tỷ lệ chưa hoàn thành quá hạn", summary.overdueRate],
  ];
  const blocks: BlockWrite[] = [];
  const bold: number[] = [];
  let row = 0;
  const put = (values: CellValue[][], formats: string[], heading = false) => {
    blocks.push(block(row, values, formats));
    if (heading) bold.push(row);
    row += values.length;
  };
  put([[header.issuingBody, "", "", "", header.partyLine]], text, true);
  put([[header.numberLine, "", "", "", header.placeDateLine]], text);
  row += 1;
  put([[header.title]], text, true);
  put([[header.periodLine], [header.cutOffLine]], text);
  row += 1;
  put([["Tình trạng", "Số nhiệm vụ"]], [TEXT, TEXT], true);
  put(
    model.statusOrder.map((status) => [model.statusLabels[status], summary.byStatus[status]]),
    [TEXT, COUNT],
  );
  put([["Tổng số nhiệm vụ", summary.total]], [TEXT, COUNT], true);
  put(
    rates.map(([name, rate]) => [
      `${name} (${rate.denominatorName})`,
      percentText(rate.percent, summary.decimals),
      `${rate.numerator}/${rate.denominator}`,
    ]),
    [TEXT, TEXT, TEXT],
  );
  for (const [title, breakdown] of [
    ["Theo văn bản", model.byDocument],
    ["Theo cơ quan chủ trì", model.byLead],
  ] as const) {
    row += 1;
    put([[title, ...labels, "Tổng"]], text, true);
    put(
      breakdown.map((line) => [
        line.label,
        ...model.statusOrder.map((status) => line.byStatus[status]),
        line.total,
      ]),
      counts,
    );
  }

  const detailHeader = [
    "STT",
    "Văn bản",
    "Mục",
    "Nội dung nhiệm vụ",
    "Cơ quan chủ trì",
    "Thời hạn (nguyên văn)",
    "Hạn",
    "Ngày hoàn thành",
    "Tình trạng",
    "Số ngày quá hạn",
    "Ghi chú",
  ];
  const detailFormats = [COUNT, TEXT, TEXT, TEXT, TEXT, TEXT, DATE, DATE, TEXT, COUNT, TEXT];
  const detailRow = (line: DetailRow, index: number): CellValue[] => [
    index + 1,
    line.document,
    line.ref,
    line.content,
    line.lead,
    line.deadlineText,
    date(line.due),
    date(line.completedOn),
    line.statusLabel,
    line.daysOverdue ?? "",
    line.note,
  ];
  const all = model.details.all;
  return [
    {
      name: names.summary,
      blocks,
      widths: [charsToPoints(48), ...labels.map(() => charsToPoints(14)), charsToPoints(10)],
      boldRows: bold,
    },
    {
      name: names.details,
      blocks: [
        block(0, [[all.title], [all.description]], [TEXT]),
        block(
          3,
          [detailHeader],
          detailHeader.map(() => TEXT),
        ),
        block(4, all.rows.map(detailRow), detailFormats),
      ],
      widths: [6, 24, 8, 60, 28, 24, 12, 12, 26, 10, 30].map(charsToPoints),
      boldRows: [0, 3],
    },
  ];
}

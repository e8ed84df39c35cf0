import { mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { defaultCatalogue, TRACKING_SHEET } from "@nhiemvu/core";
import * as XLSX from "@e965/xlsx";
import { beforeAll, describe, expect, it } from "vitest";
import { createSheet } from "../apps/excel-addin/src/commands/index.js";
import { FakeWorkbook } from "../apps/excel-addin/test-support/fake-excel.js";
import { fakeHost } from "../apps/excel-addin/test-support/host.js";
import { MAIN, nhiemvu, readBook } from "./support/workbooks.js";

// `nhiemvu tracking`, `import`, `refresh`: the workbook an officer works in.

beforeAll(() => {
  if (!existsSync(MAIN)) throw new Error(`${MAIN} is missing: run "npm run build" first`);
});

const tmp = () => mkdtempSync(join(tmpdir(), "nhiemvu-tracking-"));
const SHEET = TRACKING_SHEET.sheetName;

/** A directive as two copies print it: items "1." in the Word copy, "[1]" on the web. */
const directive = (marker: (n: number) => string) =>
  [
    "BAN CHẤP HÀNH TRUNG ƯƠNG",
    "*",
    "Số 999-KL/TW",
    "",
    "Hà Nội, ngày 05 tháng 12 năm 2025",
    "",
    "KẾT LUẬN",
    "CỦA BỘ CHÍNH TRỊ",
    "",
    "Bộ Chính trị kết luận như sau:",
    "",
    `${marker(1)} Giao Bộ Nội vụ chủ trì, phối hợp với Bộ Tài chính rà soát, báo cáo Chính phủ trong tháng 12/2025.`,
    "",
    `${marker(2)} Giao Bộ Tư pháp chủ trì hoàn thiện dự thảo nghị định, trình Chính phủ trước ngày 31/01/2026.`,
    "",
    `${marker(3)} Giao Bộ Tài chính chủ trì tổng kết, báo cáo Bộ Chính trị trong quý I/2026.`,
  ].join("\n");

function rowsOf(file: string): unknown[][] {
  const wb = XLSX.read(readFileSync(file));
  return XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets[SHEET] ?? {}, { header: 1, raw: true });
}

describe("nhiemvu tracking", () => {
  it("--blank writes the layout's headers, text-formatted columns, lists and a frozen header", async () => {
    const cwd = tmp();
    const run = nhiemvu(["tracking", "--blank"], cwd);
    expect(run.code).toBe(0);
    const file = join(cwd, "out", "so-theo-doi-nhiem-vu.xlsx");
    expect(run.stdout).toContain(file);

    const wb = XLSX.read(readFileSync(file));
    expect(wb.SheetNames).toEqual([SHEET, TRACKING_SHEET.listsSheetName]);
    expect(wb.Workbook?.Sheets?.[1]?.Hidden).toBe(1);
    expect(rowsOf(file)[0]).toEqual(TRACKING_SHEET.columns.map((c) => c.header));

    const book = await readBook(file);
    const ws = book.getWorksheet(SHEET);
    expect(ws?.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    TRACKING_SHEET.columns.forEach((c, i) => {
      const column = ws?.getColumn(i + 1);
      expect(column?.numFmt, c.key).toBe(c.numFmt);
      expect(column?.hidden ?? false, c.key).toBe(c.hidden ?? false);
    });
  });

  it("is the workbook the add-in's “Tạo sổ theo dõi” creates: table, drop-downs, colours, lists", async () => {
    const cwd = tmp();
    expect(nhiemvu(["tracking", "--blank", "--out", "so.xlsx"], cwd).code).toBe(0);
    const book = await readBook(join(cwd, "so.xlsx"));
    const ws = book.getWorksheet(SHEET);
    const tables = ws?.getTables() as unknown as { table?: { name: string; tableRef: string } }[];
    const table = (tables[0]?.table ?? tables[0]) as { name: string; tableRef: string };

    const fake = new FakeWorkbook();
    const created = await createSheet(fakeHost(fake), { asOf: "2025-12-14", tasks: [] });
    expect(created.ok).toBe(true);
    const addin = fake.sheet(SHEET);
    const addinTable = fake.tables[0];

    expect(table.name).toBe(addinTable?.name);
    expect(table.name).toBe("NhiemVu");
    expect(table.tableRef).toBe("A1:U2");
    expect(addinTable?.rect).toMatchObject({ row: 0, column: 0, rows: 2, columns: 21 });

    // Drop-downs: same columns, same list ranges, same strictness.
    const validations = (
      ws as unknown as {
        dataValidations: {
          model: Record<string, { formulae: string[]; showErrorMessage?: boolean }>;
        };
      }
    ).dataValidations.model;
    const cli = Object.entries(validations)
      .map(([address, v]) => [
        address.replace(/\d+$/, ""),
        `=${v.formulae[0]}`,
        v.showErrorMessage === true,
      ])
      .sort();
    const pane = (addin?.validations ?? [])
      .map((v) => [
        v.address.replace(/\d+(:.*)?$/, ""),
        (v.rule as { list: { source: string } }).list.source,
        (v.errorAlert as { showAlert: boolean }).showAlert,
      ])
      .sort();
    expect(cli).toEqual(pane);
    expect(cli).toHaveLength(6);

    // Row colours: same formulas, fills and priority order.
    const rules = (
      ws as unknown as {
        conditionalFormattings: {
          ref: string;
          rules: {
            formulae: string[];
            priority: number;
            style: { fill: { bgColor: { argb: string } } };
          }[];
        }[];
      }
    ).conditionalFormattings;
    expect(rules.map((f) => f.ref)).toEqual(["A2:U2"]);
    const cliRules = [...(rules[0]?.rules ?? [])]
      .sort((a, b) => a.priority - b.priority)
      .map((r) => [`=${r.formulae[0]}`, `#${r.style.fill.bgColor.argb.slice(2)}`]);
    expect(cliRules).toEqual(addin?.conditionalFormats.map((f) => [f.formula, f.fill]));

    // The lists sheet: same titles and values, cell by cell, hidden in both.
    const lists = book.getWorksheet(TRACKING_SHEET.listsSheetName);
    const paneLists = fake.sheet(TRACKING_SHEET.listsSheetName);
    expect(lists?.state).toBe("hidden");
    expect(paneLists?.visibility).toBe("Hidden");
    for (let r = 1; r <= (lists?.rowCount ?? 0); r += 1)
      for (let c = 1; c <= 3; c += 1)
        expect(lists?.getRow(r).getCell(c).text ?? "", `${r}:${c}`).toBe(
          String(paneLists?.cell(r - 1, c - 1).value ?? ""),
        );
    expect(lists?.getRow(1).values).toEqual([undefined, "Tình trạng", "Loại thời hạn", "Cơ quan"]);
  });

  it("fills the catalogue's tasks, which nhiemvu report reads back", () => {
    const cwd = tmp();
    expect(nhiemvu(["tracking", "--out", "so.xlsx", "--as-of", "14/12/2025"], cwd).code).toBe(0);
    expect(rowsOf(join(cwd, "so.xlsx")).length - 1).toBe(defaultCatalogue().tasks.length);
    const report = nhiemvu(["report", "so.xlsx", "--month", "12/2025", "--out", "r.xlsx"], cwd);
    expect(report.code).toBe(0);
    const catalogueRun = nhiemvu(["report", "--month", "2025-12", "--out", "c.xlsx"], cwd);
    // The counts line is the same whether the tasks come from the catalogue or its tracking workbook.
    expect(report.stdout.split("\n")[1]).toBe(catalogueRun.stdout.split("\n")[1]);
  });

  it("refuses to replace an existing workbook without --force, and a directory always", () => {
    const cwd = tmp();
    writeFileSync(join(cwd, "so.xlsx"), "số liệu của cán bộ");
    const again = nhiemvu(["tracking", "--blank", "--out", "so.xlsx"], cwd);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain("đã có");
    expect(again.stderr).toContain("--force");
    expect(readFileSync(join(cwd, "so.xlsx"), "utf8")).toBe("số liệu của cán bộ");

    mkdirSync(join(cwd, "thu-muc"));
    const dir = nhiemvu(["tracking", "--blank", "--out", "thu-muc", "--force"], cwd);
    expect(dir.code).toBe(1);
    expect(dir.stderr).toContain("là một thư mục");
    expect(dir.stderr).not.toMatch(/\bat \w|Error:/);

    writeFileSync(join(cwd, "tep"), "x");
    const under = nhiemvu(["tracking", "--blank", "--out", "tep/so.xlsx"], cwd);
    expect(under.code).toBe(1);
    expect(under.stderr).toMatch(/^Lỗi: .*tệp chứ không phải thư mục/);

    expect(nhiemvu(["tracking", "--blank", "--out", "so.xlsx", "--force"], cwd).code).toBe(0);
    expect(statSync(join(cwd, "so.xlsx")).size).toBeGreaterThan(1000);
  });
});

describe("nhiemvu import", () => {
  it("appends a directive's tasks once: a second import and another copy of the text add nothing", () => {
    const cwd = tmp();
    writeFileSync(
      join(cwd, "word.txt"),
      directive((n) => `${n}.`),
    );
    writeFileSync(
      join(cwd, "web.txt"),
      directive((n) => `[${n}]`),
    );
    expect(nhiemvu(["tracking", "--blank", "--out", "so.xlsx"], cwd).code).toBe(0);

    const blank = readFileSync(join(cwd, "so.xlsx"));
    const dry = nhiemvu(["import", "word.txt", "--into", "so.xlsx", "--dry-run"], cwd);
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain("Sẽ thêm 3 nhiệm vụ");
    expect(dry.stdout).toContain("Bộ Nội vụ");
    expect(readFileSync(join(cwd, "so.xlsx")).equals(blank)).toBe(true);

    const first = nhiemvu(["import", "word.txt", "--into", "so.xlsx"], cwd);
    expect(first.stdout).toContain("Đã thêm 3 nhiệm vụ");
    const afterFirst = rowsOf(join(cwd, "so.xlsx"));
    expect(afterFirst).toHaveLength(4);

    const second = nhiemvu(["import", "word.txt", "--into", "so.xlsx"], cwd);
    expect(second.stdout).toContain("Bỏ qua 3 nhiệm vụ đã có");
    const other = nhiemvu(["import", "web.txt", "--into", "so.xlsx"], cwd);
    expect(other.stdout).toContain("Bỏ qua 3 nhiệm vụ đã có");
    expect(rowsOf(join(cwd, "so.xlsx"))).toEqual(afterFirst);
    expect(afterFirst.slice(1).map((r) => r[0])).toEqual([
      "999-KL/TW@2025-12-05#1",
      "999-KL/TW@2025-12-05#2",
      "999-KL/TW@2025-12-05#3",
    ]);
  });

  it("names a missing workbook and a non-tracking workbook in Vietnamese and changes nothing", () => {
    const cwd = tmp();
    writeFileSync(
      join(cwd, "vb.txt"),
      directive((n) => `${n}.`),
    );
    const missing = nhiemvu(["import", "vb.txt", "--into", "khong-co.xlsx"], cwd);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain("nhiemvu tracking --blank");
    writeFileSync(join(cwd, "hong.xlsx"), "không phải xlsx");
    const broken = nhiemvu(["import", "vb.txt", "--into", "hong.xlsx"], cwd);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toContain("không có gì bị thay đổi");
    expect(readFileSync(join(cwd, "hong.xlsx"), "utf8")).toBe("không phải xlsx");
  });
});

describe("nhiemvu refresh", () => {
  it("rewrites computed cells as of the date and no cell the officer owns", async () => {
    const cwd = tmp();
    writeFileSync(
      join(cwd, "vb.txt"),
      directive((n) => `${n}.`),
    );
    nhiemvu(["tracking", "--blank", "--out", "so.xlsx"], cwd);
    nhiemvu(["import", "vb.txt", "--into", "so.xlsx", "--as-of", "01/12/2025"], cwd);
    const before = rowsOf(join(cwd, "so.xlsx"));
    const status = TRACKING_SHEET.columns.findIndex((c) => c.key === "status");
    expect(before.slice(1).map((r) => r[status])).toEqual([
      "Chưa hoàn thành - trong hạn",
      "Chưa hoàn thành - trong hạn",
      "Chưa hoàn thành - trong hạn",
    ]);
    const run = nhiemvu(["refresh", "so.xlsx", "--as-of", "05/02/2026"], cwd);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("đến ngày 05/02/2026");
    const after = rowsOf(join(cwd, "so.xlsx"));
    expect(after.slice(1).map((r) => r[status])).toEqual([
      "Chưa hoàn thành - quá hạn",
      "Chưa hoàn thành - quá hạn",
      "Chưa hoàn thành - trong hạn",
    ]);
    TRACKING_SHEET.columns.forEach((column, c) => {
      if (column.kind === "computed") return;
      expect(
        after.map((r) => r[c]),
        column.key,
      ).toEqual(before.map((r) => r[c]));
    });
    const again = nhiemvu(["refresh", "so.xlsx", "--as-of", "2026-02-05"], cwd);
    expect(again.stdout).toContain("Không ô nào thay đổi");
  });
});

import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as XLSX from "@e965/xlsx";
import { describe, expect, it } from "vitest";
import { writeReportWorkbook } from "./report-workbook.js";
import { isValidSheetName } from "./sheet-name.js";
import { sampleModel } from "./sample-model.test-support.js";

async function render() {
  const dir = mkdtempSync(join(tmpdir(), "nhiemvu-render-"));
  const file = join(dir, "r.xlsx");
  const names = await writeReportWorkbook(sampleModel(), { filename: file });
  const wb = XLSX.read(readFileSync(file), {
    cellFormula: true,
    cellDates: false,
    cellStyles: true,
  });
  return { names, wb };
}

describe("report workbook (read back with SheetJS)", () => {
  it("has the summary and the five detail sheets, all validly named", async () => {
    const { names, wb } = await render();
    expect(wb.SheetNames).toEqual(names);
    expect(names.slice(0, 6)).toEqual([
      "Tổng hợp",
      "Tất cả nhiệm vụ",
      "Quá hạn chưa hoàn thành",
      "Đến hạn kỳ sau",
      "Hoàn thành trong kỳ",
      "Thời hạn chưa xác định",
    ]);
    for (const n of names) expect(isValidSheetName(n)).toBe(true);
  });

  it("counts by status with COUNTIFS formulas that carry their values", async () => {
    const { wb } = await render();
    const ws = wb.Sheets["Tổng hợp"];
    expect(ws).toBeDefined();
    const cells = Object.entries(ws ?? {}).filter(([k]) => !k.startsWith("!"));
    const byLabel = new Map<string, XLSX.CellObject>();
    for (const [addr, cell] of cells) {
      if (addr.startsWith("B") && typeof cell.v === "string") {
        const c = ws?.[`C${addr.slice(1)}`] as XLSX.CellObject | undefined;
        if (c) byLabel.set(cell.v, c);
      }
    }
    const overdue = byLabel.get("Chưa hoàn thành - quá hạn");
    expect(overdue?.f).toBe(`COUNTIFS('Tất cả nhiệm vụ'!$J:$J,"=Chưa hoàn thành - quá hạn")`);
    expect(overdue?.v).toBe(1);
    expect(byLabel.get("Tổng số nhiệm vụ được giao")?.v).toBe(4);
    // A rate is the fraction, shown as a percent with a Vietnamese comma: 50,00%.
    const rate = byLabel.get("Tỷ lệ hoàn thành trên số nhiệm vụ đến hạn");
    expect(rate?.v).toBe(0.5);
    expect(rate?.z).toBe("[$-42A]0.00%");
    expect(rate?.f).toMatch(/^IF\(C(\d+)=0,"",INT\(C\d+\*10000\/C\1\)\/10000\)$/);
    expect(byLabel.get("Tổng số nhiệm vụ được giao")?.z).toBe("[$-42A]#,##0");
  });

  it("writes formula-like task text as a string, never a formula", async () => {
    const { wb } = await render();
    const ws = wb.Sheets["Tất cả nhiệm vụ"];
    const d3 = ws?.D3 as XLSX.CellObject;
    expect(d3.v).toBe("=SUM(1)");
    expect(d3.t).toBe("s");
    expect(d3.f).toBeUndefined();
    const lead = ws?.E5 as XLSX.CellObject;
    expect(lead.v).toBe("+84 Văn phòng");
    expect(lead.f).toBeUndefined();
  });

  it("writes due dates as dd/mm/yyyy dates that fall on the same day in this time zone", async () => {
    const { wb } = await render();
    const ws = wb.Sheets["Tất cả nhiệm vụ"];
    const h2 = ws?.H2 as XLSX.CellObject;
    expect(h2.t).toBe("n");
    expect(h2.z).toBe("dd/mm/yyyy");
    expect(XLSX.SSF.format("dd/mm/yyyy", h2.v as number)).toBe("30/11/2025");
    // 30/11/2025 = 01/01/2025 (serial 45658) + 333 days, in every time zone.
    expect(h2.v).toBe(45_658 + 333);
  });

  it("freezes, filters and prints the detail sheets in A4 landscape", async () => {
    const { wb } = await render();
    const ws = wb.Sheets["Tất cả nhiệm vụ"];
    expect(ws?.["!autofilter"]?.ref).toBe("A1:L5");
    expect(ws?.A1?.v).toBe("Mã nhiệm vụ");
    expect(ws?.J1?.v).toBe("Tình trạng");
  });
});

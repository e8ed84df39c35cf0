import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { defaultAgencyRegistry, defaultCatalogue, type Task } from "@nhiemvu/core";
import { buildReportModel, writeReportWorkbook } from "@nhiemvu/report";
import * as XLSX from "@e965/xlsx";
import { beforeAll, describe, expect, it } from "vitest";

/**
 * The summary sheet's formulas evaluated by a real spreadsheet engine:
 * LibreOffice recalculates every formula on load when its profile says
 * OOXMLRecalcMode = 0 ("always"), then saves the values it computed. No figure
 * may change — COUNTIFS ignores case, so agency keys differing only by case,
 * or a wrong range, would show here. Skipped only where soffice is absent.
 */
const soffice = spawnSync("soffice", ["--version"], { encoding: "utf8" });
const hasSoffice = soffice.status === 0;

const RECALC_ALWAYS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

const registry = defaultAgencyRegistry();

/** The catalogue plus tasks that stress grouping: one agency in three spellings, unknown names by case. */
function tasks(): Task[] {
  const base = defaultCatalogue().tasks;
  const first = base.find((t) => t.deadline.kind === "date");
  if (!first) throw new Error("no dated task in the catalogue");
  const spellings = [
    "Bộ Nội vụ",
    "bộ nội vụ",
    "Bộ Nội Vụ",
    "Đảng uỷ Chính phủ",
    "Đảng ủy Chính phủ",
  ];
  const extra: Task[] = spellings.map((name, i) => ({
    ...first,
    code: `${first.code}-x${i}`,
    lead: [registry.resolve(name)],
    completedOn: i % 2 === 0 ? "2025-11-10" : null,
  }));
  const unknown: Task[] = ["Sở Nội vụ tỉnh Hà Tĩnh", "SỞ NỘI VỤ TỈNH HÀ TĨNH"].map((name, i) => ({
    ...first,
    code: `${first.code}-u${i}`,
    lead: [{ id: null, name }],
  }));
  return [...base, ...extra, ...unknown];
}

type Cells = Map<string, { f?: string; v: unknown }>;

function summaryCells(file: string): Cells {
  const wb = XLSX.read(readFileSync(file), { cellFormula: true });
  const ws = wb.Sheets["Tổng hợp"];
  if (!ws) throw new Error("no summary sheet");
  const out: Cells = new Map();
  for (const [addr, cell] of Object.entries(ws)) {
    if (addr.startsWith("!")) continue;
    const c = cell as XLSX.CellObject;
    out.set(addr, { ...(c.f ? { f: c.f } : {}), v: c.v ?? "" });
  }
  return out;
}

describe.skipIf(!hasSoffice)("the report recalculated by LibreOffice", () => {
  const dir = mkdtempSync(join(tmpdir(), "nhiemvu-recalc-"));
  const original = join(dir, "bao-cao.xlsx");
  const outDir = join(dir, "recalculated");
  const model = buildReportModel(tasks(), {
    month: "2025-12",
    regime: "nd09",
    unit: "Đảng ủy Chính phủ",
    documents: defaultCatalogue().documents,
  });

  beforeAll(async () => {
    await writeReportWorkbook(model, { filename: original });
    const profile = join(dir, "profile");
    mkdirSync(join(profile, "user"), { recursive: true });
    writeFileSync(join(profile, "user", "registrymodifications.xcu"), RECALC_ALWAYS);
    const run = spawnSync(
      "soffice",
      [
        `-env:UserInstallation=${pathToFileURL(profile).href}`,
        "--headless",
        "--norestore",
        "--convert-to",
        "xlsx",
        "--outdir",
        outDir,
        original,
      ],
      { encoding: "utf8", timeout: 150_000 },
    );
    expect(run.status, run.stderr).toBe(0);
  }, 180_000);

  it("changes no figure of the summary sheet", () => {
    const before = summaryCells(original);
    const after = summaryCells(join(outDir, "bao-cao.xlsx"));
    const formulas = [...before].filter(([, c]) => c.f !== undefined);
    expect(formulas.length).toBeGreaterThan(40);
    const changed = formulas
      .map(([addr, c]) => [addr, c.f, c.v, after.get(addr)?.v ?? ""])
      .filter(
        ([, , was, now]) => (was === "" ? "" : Number(was)) !== (now === "" ? "" : Number(now)),
      );
    expect(changed).toEqual([]);
  });

  it("agrees with core's figures: counts, total and the rates, empty ones included", () => {
    const after = summaryCells(join(outDir, "bao-cao.xlsx"));
    const byLabel = new Map<string, unknown>();
    for (const [addr, c] of after) {
      if (addr.startsWith("B") && typeof c.v === "string") {
        byLabel.set(c.v, after.get(`C${addr.slice(1)}`)?.v);
      }
    }
    for (const status of model.statusOrder) {
      expect(byLabel.get(model.statusLabels[status]), status).toBe(model.summary.byStatus[status]);
    }
    expect(byLabel.get("Tổng số nhiệm vụ được giao")).toBe(model.summary.total);
    // The cell holds the fraction its percent format shows (10,71% is 0.1071).
    const shown = (percent: number | null) =>
      percent === null ? "" : Math.round(percent * 100) / 10000;
    expect(byLabel.get("Tỷ lệ hoàn thành trên số nhiệm vụ đến hạn")).toBe(
      shown(model.summary.rateOfDue.percent),
    );
    expect(
      byLabel.get("Tỷ lệ nhiệm vụ chưa hoàn thành quá hạn trên tổng số nhiệm vụ được giao"),
    ).toBe(shown(model.summary.overdueRate.percent));
    // One agency in three spellings is one row, its live total as core counts it.
    const rowsOf = (label: string) =>
      [...after].filter(
        ([addr, c]) =>
          addr.startsWith("B") &&
          typeof c.v === "string" &&
          c.v.toLocaleLowerCase("vi") === label.toLocaleLowerCase("vi"),
      );
    for (const label of ["Bộ Nội vụ", "Sở Nội vụ tỉnh Hà Tĩnh"]) {
      const group = model.byLead.find((row) => row.label === label);
      expect(group, label).toBeDefined();
      const found = rowsOf(label);
      expect(found, label).toHaveLength(1);
      const row = found[0]?.[0].slice(1);
      expect(after.get(`H${row}`)?.v, label).toBe(group?.total);
    }
  });
});

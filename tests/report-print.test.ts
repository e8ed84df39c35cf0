import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";

// The printed report, as an officer reads it: the built `nhiemvu report` on the
// bundled catalogue, printed to PDF by LibreOffice, read with poppler's
// pdftotext and pdfinfo (independent of the code that wrote the workbook).
const MAIN = fileURLToPath(new URL("../apps/cli/dist/main.js", import.meta.url));
const TODAY = "2025-12-15";

const has = (tool: string, flag: string) =>
  spawnSync(tool, [flag], { encoding: "utf8" }).status === 0;
const TOOLS = has("soffice", "--version") && has("pdftotext", "-v") && has("pdfinfo", "-v");

function run(tool: string, args: string[], cwd: string): string {
  const r = spawnSync(tool, args, {
    cwd,
    encoding: "utf8",
    env: { ...process.env, TZ: "Asia/Ho_Chi_Minh", NHIEMVU_TODAY: TODAY },
    timeout: 240_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  if (r.status !== 0) throw new Error(`${tool} ${args.join(" ")}: ${r.stderr}`);
  return r.stdout;
}

interface Printed {
  /** pdftotext -layout, one string per page. */
  pages: string[];
  /** Page sizes in points, [width, height] per page. */
  sizes: [number, number][];
  /** The smallest word height on each page (pdftotext -bbox), in points. */
  minWordHeight: number[];
  workbook: ExcelJS.Workbook;
  stdout: string;
}

function print(dir: string, name: string, args: string[]): Printed {
  const stdout = run(process.execPath, [MAIN, "report", ...args, "--out", `${name}.xlsx`], dir);
  // A profile of its own, so a LibreOffice already running elsewhere does not take the job.
  const profile = pathToFileURL(join(dir, `lo-${name}`)).href;
  run(
    "soffice",
    [`-env:UserInstallation=${profile}`, "--headless", "--convert-to", "pdf", `${name}.xlsx`],
    dir,
  );
  const pdf = `${name}.pdf`;
  const pages = run("pdftotext", ["-layout", pdf, "-"], dir).split("\f");
  const count = Number(/Pages:\s+(\d+)/.exec(run("pdfinfo", [pdf], dir))?.[1] ?? 0);
  const info = run("pdfinfo", ["-f", "1", "-l", String(count), pdf], dir);
  const sizes = [...info.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/g)].map(
    (m): [number, number] => [Number(m[1]), Number(m[2])],
  );
  const bbox = run("pdftotext", ["-bbox", pdf, "-"], dir);
  const minWordHeight = bbox
    .split("<page ")
    .slice(1)
    .map((page) =>
      Math.min(
        ...[...page.matchAll(/yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)"/g)].map(
          (m) => Number(m[2]) - Number(m[1]),
        ),
      ),
    );
  const workbook = new ExcelJS.Workbook();
  return { pages: pages.slice(0, count), sizes, minWordHeight, workbook, stdout };
}

/** Lines of a page with runs of spaces folded, for matching what sits side by side. */
function lines(page: string): string[] {
  return page.split("\n").map((l) => l.replace(/\s+/g, " ").trim());
}

const isPortraitA4 = ([w, h]: [number, number]) =>
  Math.abs(w - 595.3) < 1 && Math.abs(h - 841.9) < 1;
const isLandscapeA4 = ([w, h]: [number, number]) =>
  Math.abs(w - 841.9) < 1 && Math.abs(h - 595.3) < 1;
/** Liberation Serif / Times New Roman: a word's box is about 1.1 em tall; 10 pt type → 11 pt. */
const TEN_POINT_BOX = 10.9;

describe.skipIf(!TOOLS)("the printed monthly report (LibreOffice → PDF)", () => {
  const dir = mkdtempSync(join(tmpdir(), "nhiemvu-print-"));
  let state: Printed;
  let party: Printed;

  beforeAll(async () => {
    // `npm run report`: the default regime (Nghị định 09/2019) and its default unit, a State body.
    state = print(dir, "state", ["--month", "2025-12"]);
    // A Party body under the Party's regime, with the header flags.
    party = print(dir, "party", [
      "--month",
      "2025-12",
      "--regime",
      "dang",
      "--unit",
      "Đảng uỷ Chính phủ",
      "--number",
      "15",
      "--signer",
      "T/M Ban Thường vụ|Phó Bí thư|Nguyễn Văn An",
      "--recipients",
      "Ban Tổ chức Trung ương; Văn phòng Trung ương Đảng",
    ]);
    await state.workbook.xlsx.readFile(join(dir, "state.xlsx"));
    await party.workbook.xlsx.readFile(join(dir, "party.xlsx"));
  }, 300_000);

  it("prints a State body's report in the form of Nghị định 30/2020/NĐ-CP", () => {
    const first = lines(state.pages[0] ?? "");
    // Issuing body and Quốc hiệu side by side; number and date line side by side.
    expect(first).toContainEqual(
      expect.stringMatching(/^VĂN PHÒNG CHÍNH PHỦ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM$/),
    );
    expect(first).toContainEqual(expect.stringMatching(/Độc lập - Tự do - Hạnh phúc$/));
    expect(first).toContainEqual("Số: /BC-VPCP Hà Nội, ngày 15 tháng 12 năm 2025");
    expect(first).toContain("BÁO CÁO");
    expect(first.join(" ")).toContain(
      "Tình hình thực hiện nhiệm vụ được giao tại các văn bản chỉ đạo tháng 12/2025",
    );
    expect(first.join(" ")).toMatch(
      /^.*Thực hiện chế độ báo cáo định kỳ theo Nghị định số 09\/2019\/NĐ-CP, Văn phòng Chính phủ báo cáo/,
    );
    expect(state.pages.join("")).not.toContain("ĐẢNG CỘNG SẢN VIỆT NAM");
  });

  it("prints a Party body's report in the form of Hướng dẫn 36-HD/VPTW", () => {
    const first = lines(party.pages[0] ?? "");
    expect(first).toContain("ĐẢNG ỦY CHÍNH PHỦ ĐẢNG CỘNG SẢN VIỆT NAM");
    expect(first).toContain("*");
    expect(first).toContainEqual("Số 15-BC/ĐUCP Hà Nội, ngày 15 tháng 12 năm 2025");
    expect(first).toContain("BÁO CÁO");
    expect(first.join(" ")).toContain(
      "Thực hiện chế độ báo cáo hằng tháng gửi Ban Tổ chức Trung ương, Đảng ủy Chính phủ báo cáo",
    );
    expect(party.pages.join("")).not.toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
  });

  it("closes each form with Nơi nhận beside the signature block, on a page with the body", () => {
    const closing = (p: Printed) => {
      const at = p.pages.findIndex((page) => page.includes("Nơi nhận:"));
      return { at, text: lines(p.pages[at] ?? "") };
    };
    const s = closing(state);
    expect(s.text).toContainEqual(expect.stringMatching(/^Nơi nhận: ……………$/));
    expect(s.text).toContain("- Lưu: VT.");
    const p = closing(party);
    expect(p.text).toContain("Nơi nhận: T/M BAN THƯỜNG VỤ");
    expect(p.text).toContainEqual(expect.stringMatching(/^- Ban Tổ chức Trung ương; PHÓ BÍ THƯ$/));
    expect(p.text).toContain("- Văn phòng Trung ương Đảng;");
    expect(p.text).toContainEqual(expect.stringMatching(/Lưu Văn phòng Đảng ủy/));
    expect(p.text).toContainEqual(expect.stringMatching(/Nguyễn Văn An$/));
    // The closing shares its page with the end of the tables: the signature never stands alone.
    for (const c of [s, p]) expect(c.text.some((l) => /^\d+ .* \d+$/.test(l))).toBe(true);
  });

  it("shows rates as 98,62% and the same figure as the CLI's summary line", () => {
    for (const p of [state, party]) {
      const rate = /Tỷ lệ hoàn thành: (\d+,\d{2}%)/.exec(p.stdout)?.[1];
      expect(rate).toBeDefined();
      expect(p.pages[0] ?? "").toContain(rate);
      expect(p.pages.join("")).toMatch(/Tỷ lệ hoàn thành trên số\s+\d+,\d{2}%/);
    }
  });

  it("prints the summary portrait and the lists landscape, on A4, with page numbers", () => {
    for (const p of [state, party]) {
      const summaryPages = p.pages.findIndex((page) => page.includes("Nơi nhận:")) + 1;
      expect(summaryPages).toBeGreaterThan(0);
      expect(p.sizes.slice(0, summaryPages).every(isPortraitA4)).toBe(true);
      expect(p.sizes.slice(summaryPages).every(isLandscapeA4)).toBe(true);
      expect(p.sizes.length).toBeGreaterThan(summaryPages);
      // Page numbers: none on the summary's first page, "Trang N/M" under each list page.
      expect(lines(p.pages[1] ?? "").find((l) => l !== "")).toBe("2");
      expect(lines(p.pages[0] ?? "").find((l) => l !== "")).not.toBe("1");
      expect(p.pages[summaryPages]).toMatch(/Trang \d+\/\d+/);
      // The list repeats its header row on every page, and never prints the task code.
      for (const page of p.pages.slice(summaryPages)) {
        expect(page).toMatch(/Nội dung nhiệm vụ/);
        expect(page).not.toMatch(/Mã nhiệm vụ/);
      }
    }
  });

  it("prints no list below 10 pt: the scale the sheets ask for and the type in the PDF", () => {
    for (const p of [state, party]) {
      p.workbook.eachSheet((ws) => {
        const scale = ws.pageSetup.scale ?? 100;
        let smallest = Infinity;
        ws.getRow(2).eachCell((cell) => {
          smallest = Math.min(smallest, cell.font?.size ?? 11);
        });
        if (smallest === Infinity) return;
        expect((smallest * scale) / 100, ws.name).toBeGreaterThanOrEqual(10);
      });
      const summaryPages = p.pages.findIndex((page) => page.includes("Nơi nhận:")) + 1;
      const smallest = Math.min(...p.minWordHeight.slice(summaryPages));
      expect(smallest).toBeGreaterThanOrEqual(TEN_POINT_BOX);
    }
  });
});

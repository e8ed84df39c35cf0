import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { extname, join, normalize } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { build } from "vite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

/**
 * The built task pane in headless Debian Chromium, with the office.js CDN
 * request answered by a fake Excel (apps/excel-addin/test-support/fake-office.ts):
 * create → import → refresh → check, asserting on the fake workbook and on the pane.
 */

const root = fileURLToPath(new URL("..", import.meta.url));
const app = join(root, "apps/excel-addin");
const CHROMIUM = "/usr/bin/chromium";
const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const BASE_URL = "https://nhiemvu.example.vn/addin";
// Written on every run for a person to look at; docs/addin-pane.png is the committed copy the README shows.
const SCREENSHOT = join(root, "test-results/addin-pane.png");
const SEED = join(root, "packages/core/catalogue-sources/004_0db2f7ce7a1ff3b5.txt");
const SHEET = "Theo dõi nhiệm vụ";
// No hyphen and no space: nothing a browser may break at, unless the pane lets it.
const ADDRESS =
  "https://dichvucong.gov.vn/p/home/dvcthutuchanhchinhchitiet.html?ma_thu_tuc=1.004227&co_quan=000.00.00.G12";
const LONG_DIRECTIVE =
  "BỘ CHÍNH TRỊ\n*\nSố 997-KL/TW\n\nHà Nội, ngày 20 tháng 10 năm 2025\n\nKẾT LUẬN\n\n" +
  "1. Giao Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số chủ trì, " +
  "hoàn thiện cơ sở dữ liệu, trình Bộ Chính trị trước ngày 15/11/2025.\n" +
  `2. Công khai tại ${ADDRESS} toàn bộ thủ tục hành chính đã được rà soát, sắp xếp, kiện toàn tổ chức bộ máy ` +
  "của hệ thống chính trị tinh gọn, hoạt động hiệu lực, hiệu quả và báo cáo kết quả thực hiện trong năm 2025.\n";

interface PaneState {
  syncs: number;
  sheets: { name: string; visibility: string; selection: string | null; frozenRows: number }[];
  tables: { name: string; sheet: string; headers: unknown[]; rows: unknown[][] }[];
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".png": "image/png",
  ".xml": "application/xml",
  ".css": "text/css",
  ".map": "application/json",
};

function serve(dir: string): Promise<Server> {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname));
    const file = join(dir, path);
    if (!file.startsWith(dir) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" });
    res.end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

const available = existsSync(CHROMIUM);
let out = "";
let profile = "";
let server: Server | undefined;
let context: BrowserContext | undefined;
let page: Page;
let origin = "";

const state = () =>
  page.evaluate(() =>
    (globalThis as unknown as { __nhiemvu: { state(): PaneState } }).__nhiemvu.state(),
  );
const tracking = async () => (await state()).tables.find((t) => t.name === "NhiemVu");
const notice = (id: string) => page.locator(`[data-notice="${id}"]`);

describe.runIf(available)("Excel add-in task pane in Chromium", () => {
  beforeAll(async () => {
    out = mkdtempSync(join(tmpdir(), "nv-addin-"));
    profile = mkdtempSync(join(tmpdir(), "nv-chromium-"));
    process.env.ADDIN_BASE_URL = BASE_URL;
    await build({
      root: app,
      configFile: join(app, "vite.config.ts"),
      logLevel: "error",
      build: { outDir: out, sourcemap: false },
    });
    delete process.env.ADDIN_BASE_URL;
    const fake = await build({
      root: app,
      configFile: false,
      logLevel: "error",
      build: {
        write: false,
        minify: false,
        lib: {
          entry: join(app, "test-support/fake-office.ts"),
          formats: ["iife"],
          name: "FakeOffice",
        },
      },
    });
    const bundle = (Array.isArray(fake) ? fake[0] : fake) as { output: { code?: string }[] };
    const fakeOffice = bundle.output[0]?.code ?? "";
    expect(fakeOffice.length).toBeGreaterThan(1000);

    server = await serve(out);
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      viewport: { width: 360, height: 900 },
      locale: "vi-VN",
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--lang=vi-VN",
      ],
    });
    page = context.pages()[0] ?? (await context.newPage());
    // Only the pane's own server and the (faked) office.js: nothing else leaves the machine.
    await page.route("**/*", (route) => {
      const url = route.request().url();
      if (url === OFFICE_JS)
        return route.fulfill({ contentType: "text/javascript", body: fakeOffice });
      if (url.startsWith(origin)) return route.continue();
      return route.abort();
    });
    await page.goto(`${origin}/taskpane.html`);
    await page.getByRole("heading", { name: "Theo dõi nhiệm vụ", level: 1 }).waitFor();
  });

  afterAll(async () => {
    await context?.close();
    server?.close();
    for (const dir of [out, profile]) if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("builds a deployable folder whose manifest points at ADDIN_BASE_URL", () => {
    const manifest = readFileSync(join(out, "manifest.xml"), "utf8");
    expect(manifest).toContain(`<SourceLocation DefaultValue="${BASE_URL}/taskpane.html"/>`);
    expect(manifest).not.toContain("localhost");
    for (const size of [16, 32, 64, 80])
      expect(existsSync(join(out, `assets/icon-${size}.png`))).toBe(true);
    expect(readFileSync(join(out, "taskpane.html"), "utf8")).toContain(`src="${OFFICE_JS}"`);
  });

  it("Tạo sổ theo dõi: makes the table in the workbook", async () => {
    await page.getByRole("button", { name: "Tạo sổ theo dõi" }).click();
    await expect.poll(() => notice("create").textContent()).toContain("Đã tạo sổ theo dõi");
    const table = await tracking();
    expect(table?.sheet).toBe(SHEET);
    expect(table?.headers[4]).toBe("Nội dung nhiệm vụ");
    const sheets = (await state()).sheets;
    expect(sheets.find((s) => s.name === SHEET)?.frozenRows).toBe(1);
    expect(sheets.find((s) => s.name === "Danh mục")?.visibility).toBe("Hidden");
  });

  it("Nhập từ văn bản: lists the tasks of 221-KL/TW, appends the ticked ones once", async () => {
    await page.getByLabel("Nội dung văn bản").fill(readFileSync(SEED, "utf8"));
    await page.getByRole("button", { name: "Tìm nhiệm vụ" }).click();
    const items = page.locator("[data-task]");
    await expect.poll(() => items.count()).toBeGreaterThan(2);
    const found = await items.count();
    await expect.poll(() => items.first().textContent()).toMatch(/Chủ trì: .+/);
    // Untick the first task: it must not reach the sheet.
    const skipped = await items.first().getAttribute("data-task");
    await items.first().getByRole("checkbox").uncheck();
    await page.getByRole("button", { name: `Thêm ${found - 1} nhiệm vụ vào sổ` }).click();
    await expect
      .poll(() => notice("import").textContent())
      .toContain(`Đã thêm ${found - 1} nhiệm vụ`);
    const rows = (await tracking())?.rows ?? [];
    expect(rows).toHaveLength(found - 1);
    expect(rows.map((row) => row[0])).not.toContain(skipped);

    // Same text again, everything ticked: only the unticked one is new.
    await items.first().getByRole("checkbox").check();
    await page.getByRole("button", { name: `Thêm ${found} nhiệm vụ vào sổ` }).click();
    await expect
      .poll(() => notice("import").textContent())
      .toContain(`Đã thêm 1 nhiệm vụ vào sổ. Bỏ qua ${found - 1} nhiệm vụ đã có trong sổ.`);
    expect((await tracking())?.rows).toHaveLength(found);
  });

  it("Cập nhật trạng thái: recomputes status as of the chosen date", async () => {
    await page.getByLabel("Tính đến ngày").fill("01/03/2026");
    await page.getByRole("button", { name: "Cập nhật trạng thái" }).click();
    await expect.poll(() => notice("refresh").textContent()).toContain("tính đến ngày 01/03/2026");
    const table = await tracking();
    const status = table?.headers.indexOf("Tình trạng") ?? -1;
    expect(status).toBeGreaterThan(0);
    for (const row of table?.rows ?? []) expect(String(row[status])).not.toBe("");
  });

  it("Kiểm tra dữ liệu: shows a bad date at its cell and selects it on click", async () => {
    const table = await tracking();
    const dateColumn = table?.headers.indexOf("Ngày văn bản") ?? -1;
    await page.evaluate(
      ([sheet, column]) =>
        (
          globalThis as unknown as {
            __nhiemvu: { setCell(s: string, r: number, c: number, v: string): void };
          }
        ).__nhiemvu.setCell(sheet as string, 2, column as number, "31/02/2025"),
      [SHEET, dateColumn],
    );
    await page.getByRole("button", { name: "Kiểm tra dữ liệu" }).click();
    await expect.poll(() => notice("check").textContent()).toContain("1 lỗi cần sửa");
    const problem = page.locator('[data-problem="C3"]');
    await expect.poll(() => problem.textContent()).toContain("Ngày văn bản");
    await problem.getByRole("button", { name: "C3" }).click();
    await expect
      .poll(async () => (await state()).sheets.find((s) => s.name === SHEET)?.selection)
      .toBe("C3:C3");
  });

  it("Lập báo cáo tháng: builds the month's report sheets in the workbook", async () => {
    await page.getByLabel("Tháng báo cáo").fill("02/2026");
    await page.getByRole("button", { name: "Lập báo cáo tháng" }).click();
    await expect
      .poll(() => notice("report").textContent())
      .toContain("Đã lập báo cáo Tháng 2/2026");
    const names = (await state()).sheets.map((sheet) => sheet.name);
    expect(names).toEqual(expect.arrayContaining(["BC 02-2026 Tổng hợp", "BC 02-2026 Chi tiết"]));
    await page.screenshot({ path: SCREENSHOT, fullPage: true });
  });

  it("Nhập từ văn bản: the review shows text, lead, deadline words, due and the doubts", async () => {
    // Long words on purpose: a body's full title and an unbroken address must wrap, not widen the pane.
    await page.getByLabel("Nội dung văn bản").fill(LONG_DIRECTIVE);
    await page.getByRole("button", { name: "Tìm nhiệm vụ" }).click();
    const items = page.locator("[data-task]");
    await expect.poll(() => items.count()).toBe(2);
    const first = (await items.nth(0).textContent()) ?? "";
    expect(first).toContain("Giao Ban Chỉ đạo Trung ương về phát triển khoa học");
    expect(first).toContain(
      "Chủ trì: Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi sốThời hạn",
    );
    expect(first).toContain("Thời hạn: trước ngày 15/11/2025");
    expect(first).toContain("Hạn: trước 15/11/2025");
    expect(first).not.toContain("⚠");
    const second = (await items.nth(1).textContent()) ?? "";
    expect(second).toContain("Chủ trì: ⚠ chưa xác định");
    expect(second).toContain("Hạn: 31/12/2025");
    expect(second).toContain("⚠ Cần xem: Chưa tìm thấy cơ quan chủ trì");
    // The text is shortened on a word, with the whole text kept for the tooltip.
    expect(second).toContain(`Công khai tại ${ADDRESS} toàn bộ`);
    expect(second).toContain("…");
  });

  // Excel's narrowest pane is 320 px; at 200 % zoom the same pane lays out 160 CSS px
  // (the viewport), and CSS zoom on the root does the same as the browser's zoom in Chromium.
  it.each([
    ["320 px", 320, 1],
    ["320 px at 200 % zoom (160 CSS px)", 160, 1],
    ["320 px at 200 % zoom (CSS zoom)", 320, 2],
  ])(
    "fits %s: no sideways scrolling, no control or review line cut off",
    async (_label, width, zoom) => {
      await page.setViewportSize({ width, height: 900 });
      await page.evaluate((z) => {
        document.documentElement.style.zoom = String(z);
      }, zoom);
      // The long review above is on screen: the check covers it, not an empty list.
      expect(await page.locator("[data-review]").count()).toBe(2);
      const overflow = await page.evaluate(() => {
        const root = document.documentElement;
        const view = root.clientWidth;
        const selectors =
          "input, select, button, textarea, [role=combobox], [data-review], [data-review] > *";
        const cut = [...document.querySelectorAll(selectors)]
          .map((el) => ({ el, box: el.getBoundingClientRect() }))
          .filter(
            ({ el, box }) =>
              box.width > 0 &&
              (box.right > view + 0.5 ||
                box.left < -0.5 ||
                (el.closest("[data-review]") !== null && el.scrollWidth > el.clientWidth + 1)),
          )
          .map(
            ({ el, box }) =>
              `${el.tagName} ${el.id || el.getAttribute("aria-label") || (el.textContent ?? "").slice(0, 30)} ${Math.round(box.left)}–${Math.round(box.right)}`,
          );
        return { scroll: root.scrollWidth - view, cut };
      });
      expect(overflow.cut).toEqual([]);
      expect(overflow.scroll).toBeLessThanOrEqual(0);
      await page.evaluate(() => {
        document.documentElement.style.zoom = "";
      });
      await page.setViewportSize({ width: 360, height: 900 });
    },
  );
});

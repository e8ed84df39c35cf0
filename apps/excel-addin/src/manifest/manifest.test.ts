import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { ADDIN_ID, ICON_SIZES, buildManifest, normalizeBaseUrl } from "./manifest.js";

const app = fileURLToPath(new URL("../../", import.meta.url));
const cli = join(app, "../../node_modules/office-addin-manifest/cli.js");
const BASE = "https://nhiemvu.example.vn/addin";
const xml = buildManifest({ baseUrl: `${BASE}/` });

const attr = (element: string) =>
  [...xml.matchAll(new RegExp(`<${element}[^>]*DefaultValue="([^"]+)"`, "g"))].map((m) => m[1]);

describe("manifest.xml", () => {
  it("is a task-pane add-in for Excel with the fixed id", () => {
    expect(xml).toContain('xsi:type="TaskPaneApp"');
    expect(xml).toContain(`<Id>${ADDIN_ID}</Id>`);
    expect(xml).toMatch(/<Hosts>\s*<Host Name="Workbook"\/>/);
    expect(xml).toContain('<DisplayName DefaultValue="Theo dõi nhiệm vụ"/>');
  });

  it("asks for ExcelApi 1.8 (what it uses: data validation) and only ReadWriteDocument", () => {
    expect(xml).toContain('<Set Name="ExcelApi" MinVersion="1.8"/>');
    expect([...xml.matchAll(/<Permissions>(.*?)<\/Permissions>/g)].map((m) => m[1])).toEqual([
      "ReadWriteDocument",
    ]);
  });

  it("points every URL at the base URL it was built with", () => {
    const urls = [...xml.matchAll(/"(https:\/\/[^"]+)"/g)].map((m) => m[1]);
    expect(urls.length).toBeGreaterThan(8);
    for (const url of urls) expect(url?.startsWith(`${BASE}/`)).toBe(true);
    expect(attr("SourceLocation")).toEqual([`${BASE}/taskpane.html`]);
    expect(xml).toContain(`<AppDomain>https://nhiemvu.example.vn</AppDomain>`);
    expect(buildManifest({ baseUrl: "https://localhost:3000" })).toContain(
      '"https://localhost:3000/taskpane.html"',
    );
  });

  it("names only icons that exist in public/assets", () => {
    const icons = [...xml.matchAll(/assets\/(icon-\d+\.png)/g)].map((m) => m[1] ?? "");
    expect(new Set(icons).size).toBeGreaterThanOrEqual(4);
    for (const icon of icons) expect(existsSync(join(app, "public/assets", icon))).toBe(true);
    for (const size of ICON_SIZES)
      expect(existsSync(join(app, `public/assets/icon-${size}.png`))).toBe(true);
    expect(existsSync(join(app, "public/commands.html"))).toBe(true);
  });

  it("refuses a base URL Office would not load", () => {
    expect(() => normalizeBaseUrl("http://example.vn")).toThrow(/https/);
    expect(() => normalizeBaseUrl("not a url")).toThrow(RangeError);
    expect(normalizeBaseUrl("https://a.vn/x//")).toBe("https://a.vn/x");
  });

  it("is read by office-addin-manifest info (offline)", async () => {
    const dir = mkdtempSync(join(tmpdir(), "nv-manifest-"));
    const file = join(dir, "manifest.xml");
    writeFileSync(file, xml);
    const { stdout } = await promisify(execFile)(process.execPath, [cli, "info", file], {
      timeout: 60_000,
    });
    expect(stdout).toContain(ADDIN_ID);
    expect(stdout).toContain("Theo dõi nhiệm vụ");
    expect(stdout).toMatch(/ReadWriteDocument/);
  }, 60_000);
});

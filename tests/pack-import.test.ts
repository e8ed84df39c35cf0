/**
 * @nhiemvu/core as an outside tool sees it: pack the package with `npm pack`,
 * install the tarball into a fresh project, and import it from plain Node
 * (no TypeScript, no workspace links) and from a TypeScript consumer.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const repo = resolve(import.meta.dirname, "..");
const core = join(repo, "packages/core");

// npm passes its own settings to child processes through npm_* variables
// (workspace, prefix …); the consumer project must not inherit them.
const cleanEnv = Object.fromEntries(
  Object.entries(process.env).filter(([key]) => !key.toLowerCase().startsWith("npm_")),
);

function run(command: string, args: string[], cwd: string): string {
  return execFileSync(command, args, {
    cwd,
    env: cleanEnv,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
  });
}

interface PackResult {
  filename: string;
  files: { path: string }[];
}

let workDir = "";
let packed: PackResult;
let consumer = "";

beforeAll(() => {
  // `npm test` builds every package before vitest runs; build core here only
  // when this file runs on its own in a fresh clone.
  if (!existsSync(join(core, "dist/index.js"))) {
    run(
      process.execPath,
      [join(repo, "node_modules/typescript/bin/tsc"), "-p", "tsconfig.build.json"],
      core,
    );
  }
  workDir = mkdtempSync(join(tmpdir(), "nhiemvu-pack-"));
  const out = run("npm", ["pack", "--json", "--pack-destination", workDir], core);
  const [result] = JSON.parse(out) as PackResult[];
  if (!result) throw new Error(`npm pack printed no result: ${out}`);
  packed = result;

  consumer = join(workDir, "consumer");
  mkdirSync(consumer);
  writeFileSync(
    join(consumer, "package.json"),
    JSON.stringify({ name: "consumer", private: true, type: "module" }, null, 2),
  );
  run(
    "npm",
    [
      "install",
      join(workDir, packed.filename),
      "--no-audit",
      "--no-fund",
      "--prefer-offline",
      "--no-package-lock",
    ],
    consumer,
  );
});

afterAll(() => {
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

describe("the @nhiemvu/core tarball", () => {
  it("ships compiled JavaScript with type declarations", () => {
    const paths = packed.files.map((f) => f.path);
    expect(paths).toContain("package.json");
    expect(paths).toContain("dist/index.js");
    expect(paths).toContain("dist/index.d.ts");
    expect(paths).toContain("dist/sheet/index.d.ts");
    expect(paths).toContain("dist/agency/registry.d.ts");
  });

  it("ships no sources and no tests", () => {
    const paths = packed.files.map((f) => f.path);
    expect(paths.filter((p) => p.startsWith("src/"))).toEqual([]);
    expect(paths.filter((p) => /\.(test|spec)\.[cm]?[jt]s$/.test(p))).toEqual([]);
    expect(paths.filter((p) => p.includes("test-support"))).toEqual([]);
  });

  it("depends at run time on zod and date-fns only", () => {
    const manifest = JSON.parse(
      readFileSync(join(consumer, "node_modules/@nhiemvu/core/package.json"), "utf8"),
    ) as { dependencies?: Record<string, string> };
    const allowed = new Set(["zod", "date-fns"]);
    expect(Object.keys(manifest.dependencies ?? {}).filter((d) => !allowed.has(d))).toEqual([]);
  });
});

describe("importing the installed package from plain Node", () => {
  it("parses a symbol, normalises Vietnamese, resolves an agency and maps a sheet row", () => {
    const script = `
      import {
        parseDocumentSymbol, normalizeVietnamese, defaultAgencyRegistry,
        TRACKING_SHEET, isoToExcelSerial, parseDeadline,
      } from "@nhiemvu/core";
      const symbol = parseDocumentSymbol("Số 322 - CV/ĐU");
      const registry = defaultAgencyRegistry();
      console.log(JSON.stringify({
        typeCode: parseDocumentSymbol("221-KL/TW")?.typeCode,
        symbol: symbol?.symbol,
        normalized: normalizeVietnamese("Đảng uỷ Chính phủ"),
        agency: registry.resolve("Đảng uỷ Bộ Nội vụ").id,
        mentions: registry.scan("Giao Đảng ủy Bộ Nội vụ chủ trì, phối hợp với Bộ Nội vụ").map((m) => m.ref.id),
        sheet: TRACKING_SHEET.sheetName,
        serial: isoToExcelSerial("2025-01-01"),
        deadline: parseDeadline("trong quý IV/2025", { documentDate: "2025-08-29" }).kind,
      }));
    `;
    const out = run(process.execPath, ["--input-type=module", "-e", script], consumer);
    expect(JSON.parse(out)).toEqual({
      typeCode: "KL",
      symbol: "322-CV/ĐU",
      normalized: "Đảng ủy Chính phủ",
      agency: "dang-uy-bo-noi-vu",
      mentions: ["dang-uy-bo-noi-vu", "bo-noi-vu"],
      sheet: "Theo dõi nhiệm vụ",
      serial: 45658,
      deadline: "date",
    });
  });

  it("type-checks a TypeScript consumer against the shipped declarations", () => {
    writeFileSync(
      join(consumer, "tsconfig.json"),
      JSON.stringify({
        compilerOptions: {
          module: "NodeNext",
          moduleResolution: "NodeNext",
          target: "ES2022",
          strict: true,
          noEmit: true,
          skipLibCheck: false,
          types: [],
        },
        include: ["consumer.ts"],
      }),
    );
    writeFileSync(
      join(consumer, "consumer.ts"),
      [
        'import { parseDocumentSymbol, rowToTask, type DocumentSymbol, type SheetRow } from "@nhiemvu/core";',
        'const symbol: DocumentSymbol | null = parseDocumentSymbol("09/2019/NĐ-CP");',
        "const year: number | undefined = symbol?.year;",
        "const row: Partial<SheetRow> = { text: 'x' };",
        'const result = rowToTask(row, { sheetName: "Theo dõi nhiệm vụ", rowNumber: 2 });',
        "export const summary = [year, result.ok];",
        "",
      ].join("\n"),
    );
    // Throws with tsc's diagnostics on stdout when a declaration is missing or wrong.
    run(
      process.execPath,
      [join(repo, "node_modules/typescript/bin/tsc"), "-p", "tsconfig.json"],
      consumer,
    );
  });
});

/**
 * @nhiemvu/core as an outside developer meets it: pack the package with
 * `npm pack`, install the tarball into a fresh ESM project and a fresh CommonJS
 * project (offline, zod and date-fns from the npm cache), import and require
 * every entry point from plain Node, type-check consumers under each module
 * resolution TypeScript offers, and bundle one function alone for the browser.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { build } from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const repo = resolve(import.meta.dirname, "..");
const core = join(repo, "packages/core");
const tsc = join(repo, "node_modules/typescript/bin/tsc");

const SUBPATHS = ["calendar", "deadline", "status", "extract", "schemas"] as const;
const ENTRY_POINTS = ["@nhiemvu/core", ...SUBPATHS.map((s) => `@nhiemvu/core/${s}`)];

// npm passes its own settings to child processes through npm_* variables
// (workspace, prefix …); the consumer projects must not inherit them.
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

/** tsc's diagnostics (it prints them on stdout) or "" when the project type-checks. */
function typeCheck(project: string, config: string): string {
  try {
    run(process.execPath, [tsc, "-p", config], project);
    return "";
  } catch (error) {
    return String((error as { stdout?: string }).stdout ?? error);
  }
}

interface PackResult {
  filename: string;
  files: { path: string }[];
}

let workDir = "";
let packed: PackResult;
let esm = "";
let cjs = "";

function freshProject(name: string, type: "module" | "commonjs"): string {
  const dir = join(workDir, name);
  mkdirSync(dir);
  writeFileSync(join(dir, "package.json"), JSON.stringify({ name, private: true, type }, null, 2));
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
    dir,
  );
  return dir;
}

beforeAll(() => {
  // `npm test` builds every package before vitest runs; build core here only
  // when this file runs on its own in a fresh clone.
  if (!existsSync(join(core, "dist/entry/calendar.js"))) {
    run(process.execPath, [tsc, "-p", "tsconfig.build.json"], core);
  }
  workDir = mkdtempSync(join(tmpdir(), "nhiemvu-pack-"));
  const out = run("npm", ["pack", "--json", "--pack-destination", workDir], core);
  const [result] = JSON.parse(out) as PackResult[];
  if (!result) throw new Error(`npm pack printed no result: ${out}`);
  packed = result;
  esm = freshProject("esm-consumer", "module");
  cjs = freshProject("cjs-consumer", "commonjs");
});

afterAll(() => {
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

describe("the @nhiemvu/core tarball", () => {
  it("ships compiled JavaScript with type declarations for every entry point", () => {
    const paths = packed.files.map((f) => f.path);
    expect(paths).toContain("package.json");
    expect(paths).toContain("dist/index.js");
    expect(paths).toContain("dist/index.d.ts");
    for (const s of SUBPATHS) {
      expect(paths).toContain(`dist/entry/${s}.js`);
      expect(paths).toContain(`dist/entry/${s}.d.ts`);
    }
  });

  it("ships its README and LICENSE", () => {
    const paths = packed.files.map((f) => f.path);
    expect(paths).toContain("README.md");
    expect(paths).toContain("LICENSE");
  });

  it("ships no sources, no tests, no source maps and no test or bench data", () => {
    const paths = packed.files.map((f) => f.path);
    expect(paths.filter((p) => p.startsWith("src/"))).toEqual([]);
    expect(paths.filter((p) => p.endsWith(".map"))).toEqual([]);
    expect(paths.filter((p) => /\.(test|spec)\.[cm]?[jt]s$/.test(p))).toEqual([]);
    expect(paths.filter((p) => p.includes("test-support"))).toEqual([]);
    expect(paths.filter((p) => /seed-phrases|accuracy|extract\/eval/.test(p))).toEqual([]);
  });

  it("depends at run time on zod and date-fns only", () => {
    const manifest = JSON.parse(
      readFileSync(join(esm, "node_modules/@nhiemvu/core/package.json"), "utf8"),
    ) as { dependencies?: Record<string, string> };
    const allowed = new Set(["zod", "date-fns"]);
    expect(Object.keys(manifest.dependencies ?? {}).filter((d) => !allowed.has(d))).toEqual([]);
  });
});

// What each entry point must offer, checked by calling it.
const CALLS = `
  const calendar = load("@nhiemvu/core/calendar");
  const deadline = load("@nhiemvu/core/deadline");
  const status = load("@nhiemvu/core/status");
  const extract = load("@nhiemvu/core/extract");
  const schemas = load("@nhiemvu/core/schemas");
  const root = load("@nhiemvu/core");
  const d = deadline.parseDeadline("trong quý IV/2025", { documentDate: "2025-08-29" });
  console.log(JSON.stringify({
    tet: calendar.isWorkingDay("2026-02-17"),
    afterTet: calendar.addWorkingDays("2026-02-13", 1),
    due: deadline.resolveDeadline(d).due,
    period: status.periodFor("2025-11", "nd09").label,
    lead: extract.extractDirective("1. Giao Bộ Nội vụ chủ trì xây dựng đề án, hoàn thành trong quý IV/2025.").tasks[0]?.lead[0]?.id,
    symbol: extract.parseDocumentSymbol("Số 322 - CV/ĐU")?.symbol,
    schema: schemas.CalendarYear.safeParse({ year: 2027 }).success,
    agency: root.defaultAgencyRegistry().resolve("Đảng uỷ Bộ Nội vụ").id,
    sheet: root.TRACKING_SHEET.sheetName,
    internal: ["SEED_DEADLINE_PHRASES", "CATALOGUE_SOURCES", "compareExtraction", "comparableRef"]
      .filter((name) => name in root),
  }));
`;
const EXPECTED = {
  tet: false,
  afterTet: "2026-02-23",
  due: "2025-12-31",
  period: "Tháng 11/2025",
  lead: "bo-noi-vu",
  symbol: "322-CV/ĐU",
  schema: false,
  agency: "dang-uy-bo-noi-vu",
  sheet: "Theo dõi nhiệm vụ",
  internal: [],
};

describe("the installed package from plain Node", () => {
  it("imports every entry point in an ESM project", () => {
    const script = `
      ${ENTRY_POINTS.map((p, i) => `import * as m${i} from "${p}";`).join("\n")}
      const modules = { ${ENTRY_POINTS.map((p, i) => `"${p}": m${i}`).join(", ")} };
      const load = (name) => modules[name];
      ${CALLS}
    `;
    writeFileSync(join(esm, "entry.js"), script);
    expect(JSON.parse(run(process.execPath, ["entry.js"], esm))).toEqual(EXPECTED);
  });

  it("requires every entry point in a CommonJS project (Node >= 20.19)", () => {
    const script = `"use strict";\nconst load = (name) => require(name);\n${CALLS}`;
    writeFileSync(join(cjs, "entry.js"), script);
    expect(JSON.parse(run(process.execPath, ["entry.js"], cjs))).toEqual(EXPECTED);
  });
});

describe("TypeScript consumers of the shipped declarations", () => {
  const consumer = [
    'import { isWorkingDay, type IsoDate, type WorkingCalendar } from "@nhiemvu/core/calendar";',
    'import { parseDeadline, resolveDeadline, type Deadline } from "@nhiemvu/core/deadline";',
    'import { classifyTask, periodFor, type TaskStatus, type Task } from "@nhiemvu/core/status";',
    'import { extractDirective, type ExtractionResult } from "@nhiemvu/core/extract";',
    'import { CalendarYear } from "@nhiemvu/core/schemas";',
    'import { rowToTask, type SheetRow, type DocumentSymbol } from "@nhiemvu/core";',
    'const day: IsoDate = "2026-02-17";',
    "export const cal: WorkingCalendar | null = null;",
    "const working: boolean = isWorkingDay(day);",
    'const d: Deadline = parseDeadline("trong quý IV/2025", { documentDate: "2025-08-29" });',
    "const due: string | null = resolveDeadline(d).due;",
    "const status = (t: Task): TaskStatus => classifyTask(t, day).status;",
    'const label: string = periodFor("2025-11", "nd09").label;',
    'const tasks: ExtractionResult["tasks"] = extractDirective("").tasks;',
    "const year = CalendarYear.safeParse({}).success;",
    "const row: Partial<SheetRow> = { text: 'x' };",
    'const result = rowToTask(row, { sheetName: "Theo dõi nhiệm vụ", rowNumber: 2 });',
    "export const symbol: DocumentSymbol | null = null;",
    "export const all = [working, due, status, label, tasks, year, result.ok];",
    // Each entry point's types are real, not \`any\` from a declaration that did not resolve.
    "// @ts-expect-error isWorkingDay returns a boolean",
    "export const w: string = isWorkingDay(day);",
    "// @ts-expect-error a Deadline has a kind",
    "export const k: number = d.kind;",
    "// @ts-expect-error a TaskStatus is one of five words",
    'export const s: TaskStatus = "late";',
    "// @ts-expect-error an extraction's tasks are an array",
    "export const n: number = tasks;",
    "// @ts-expect-error a schema's result says whether it succeeded",
    "export const y: string = year;",
    "// @ts-expect-error a row result has ok",
    "export const r: string = result.ok;",
    "",
  ].join("\n");

  function tsconfig(dir: string, name: string, module: string, moduleResolution: string): string {
    writeFileSync(
      join(dir, name),
      JSON.stringify({
        compilerOptions: {
          module,
          moduleResolution,
          target: "ES2022",
          strict: true,
          noEmit: true,
          // Checking zod's own declarations costs 30 s a run; the probes above
          // fail when one of ours does not resolve.
          skipLibCheck: true,
          types: [],
        },
        files: ["consumer.ts"],
      }),
    );
    return name;
  }

  beforeAll(() => {
    writeFileSync(join(esm, "consumer.ts"), consumer);
    writeFileSync(join(cjs, "consumer.ts"), consumer);
  });

  it.each([
    ["node16", "Node16", "Node16"],
    ["nodenext", "NodeNext", "NodeNext"],
    ["bundler", "ESNext", "Bundler"],
  ])("type-checks in an ESM project with %s resolution", (name, module, resolution) => {
    expect(typeCheck(esm, tsconfig(esm, `tsconfig.${name}.json`, module, resolution))).toBe("");
  });

  it("type-checks in a CommonJS project with nodenext resolution (require of ESM)", () => {
    expect(typeCheck(cjs, tsconfig(cjs, "tsconfig.nodenext.json", "NodeNext", "NodeNext"))).toBe(
      "",
    );
  });
});

describe("bundling for the browser", () => {
  // Budget at the size reached (9.1 kB since the calendar estimates years without
  // a decision as the decisions do): the calendar rules and their year tables, no
  // zod. Bundling zod in again (a schema built at load) is 450 kB.
  const BUDGET = 9_500;

  it.each(["@nhiemvu/core/calendar", "@nhiemvu/core"])(
    "isWorkingDay alone from %s minifies under 9.5 kB, without zod",
    async (entry) => {
      const result = await build({
        stdin: {
          contents: `import { isWorkingDay } from "${entry}"; globalThis.ok = isWorkingDay("2026-02-17");`,
          resolveDir: esm,
          loader: "js",
        },
        bundle: true,
        minify: true,
        platform: "browser",
        format: "esm",
        write: false,
        metafile: true,
        logLevel: "silent",
      });
      const size = result.outputFiles[0]?.contents.byteLength ?? Infinity;
      const bundled = Object.values(result.metafile.outputs).flatMap((o) =>
        Object.entries(o.inputs)
          .filter(([, input]) => input.bytesInOutput > 0)
          .map(([path]) => path),
      );
      expect(bundled.filter((p) => p.includes("node_modules/zod/"))).toEqual([]);
      expect(size).toBeLessThan(BUDGET);
    },
  );
});

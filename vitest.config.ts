import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// Workspace packages resolve to their TypeScript source in tests, so a change in
// core is seen by the report's and the add-in's tests without a rebuild. Only the
// end-to-end project (CLI, packed tarball, the report's worker thread) runs the
// compiled dist: it has no alias, so @nhiemvu/report is the built package.
const source = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const workspaceSource = [
  { find: /^@nhiemvu\/core$/, replacement: source("./packages/core/src/index.ts") },
  {
    find: /^@nhiemvu\/core\/(calendar|deadline|status|extract|schemas)$/,
    replacement: source("./packages/core/src/entry/$1.ts"),
  },
  {
    find: /^@nhiemvu\/report\/model$/,
    replacement: source("./packages/report/src/model/index.ts"),
  },
  { find: /^@nhiemvu\/report$/, replacement: source("./packages/report/src/index.ts") },
];

// Project roots are absolute so that `npm test -w <package>` (vitest started in the
// package's folder with --root ../..) finds the same files as a run from the top.
// One run over every workspace. Date-sensitive projects run twice: in Vietnam's
// zone and in one west of UTC, so a deadline that moves with TZ fails a test.
const zones = [
  { suffix: "", tz: "Asia/Ho_Chi_Minh" },
  { suffix: "@west", tz: "America/Los_Angeles" },
];

const dateSensitive = ["packages/core", "packages/report"];

export default defineConfig({
  test: {
    // The JSON file is what .ci/run counts for its closing "N passed, N failed" line.
    reporters: ["default", ["json", { outputFile: ".vitest-results.json" }]],
    projects: [
      ...dateSensitive.flatMap((root) =>
        zones.map(({ suffix, tz }) => ({
          extends: true as const,
          resolve: { alias: workspaceSource },
          test: {
            name: `${root.split("/")[1]}${suffix}`,
            root: source(`./${root}`),
            include: ["src/**/*.test.ts", "test/**/*.test.ts"],
            env: { TZ: tz },
            // Property tests are bounded by their numRuns budgets, not by time: under a
            // loaded CI machine a 5 s timeout failed tests that were doing their budgeted work.
            testTimeout: 30_000,
          },
        })),
      ),
      {
        extends: true as const,
        resolve: { alias: workspaceSource },
        test: {
          name: "cli",
          root: source("./apps/cli"),
          include: ["src/**/*.test.ts"],
          env: { TZ: "Asia/Ho_Chi_Minh" },
        },
      },
      {
        extends: true as const,
        resolve: { alias: workspaceSource },
        test: {
          name: "excel-addin",
          root: source("./apps/excel-addin"),
          include: ["src/**/*.test.ts", "src/**/*.test.tsx"],
          env: { TZ: "Asia/Ho_Chi_Minh" },
        },
      },
      {
        extends: true as const,
        test: {
          name: "e2e",
          root: source("./tests"),
          include: ["**/*.test.ts"],
          exclude: ["**/node_modules/**"],
          env: { TZ: "Asia/Ho_Chi_Minh" },
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});

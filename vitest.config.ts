import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// Workspace packages resolve to their TypeScript source in tests, so a change in
// core is seen by the report's and the add-in's tests without a rebuild. Only the
// end-to-end project (CLI, packed tarball) runs the compiled dist, by spawning it.
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

// One run over every workspace. Date-sensitive projects run twice: in Vietnam's
// zone and in one west of UTC, so a deadline that moves with TZ fails a test.
const zones = [
  { suffix: "", tz: "Asia/Ho_Chi_Minh" },
  { suffix: "@west", tz: "America/Los_Angeles" },
];

const dateSensitive = ["packages/core", "packages/report"];

export default defineConfig({
  resolve: { alias: workspaceSource },
  test: {
    // The JSON file is what .ci/run counts for its closing "N passed, N failed" line.
    reporters: ["default", ["json", { outputFile: ".vitest-results.json" }]],
    projects: [
      ...dateSensitive.flatMap((root) =>
        zones.map(({ suffix, tz }) => ({
          extends: true as const,
          test: {
            name: `${root.split("/")[1]}${suffix}`,
            root,
            include: ["src/**/*.test.ts", "test/**/*.test.ts"],
            env: { TZ: tz },
          },
        })),
      ),
      {
        extends: true as const,
        test: {
          name: "cli",
          root: "apps/cli",
          include: ["src/**/*.test.ts"],
          env: { TZ: "Asia/Ho_Chi_Minh" },
        },
      },
      {
        extends: true as const,
        test: {
          name: "excel-addin",
          root: "apps/excel-addin",
          include: ["src/**/*.test.ts", "src/**/*.test.tsx"],
          env: { TZ: "Asia/Ho_Chi_Minh" },
        },
      },
      {
        extends: true as const,
        test: {
          name: "e2e",
          root: "tests",
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

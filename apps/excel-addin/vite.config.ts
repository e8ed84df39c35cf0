import { existsSync, readFileSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig, type Plugin, type ServerOptions, type UserConfig } from "vite";
import { buildManifest, DEFAULT_BASE_URL } from "./src/manifest/manifest.js";

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/** Writes manifest.xml beside the built pane, with URLs from ADDIN_BASE_URL. */
function manifestPlugin(baseUrl: string): Plugin {
  return {
    name: "nhiemvu-manifest",
    generateBundle() {
      this.emitFile({
        type: "asset",
        fileName: "manifest.xml",
        source: buildManifest({ baseUrl }),
      });
    },
    // The dev server hands out the same manifest at /manifest.xml.
    configureServer(server) {
      server.middlewares.use("/manifest.xml", (_req, res) => {
        res.setHeader("content-type", "application/xml; charset=utf-8");
        res.end(buildManifest({ baseUrl }));
      });
    },
  };
}

/**
 * Dev server over https with the Office dev certificates. Trusting their CA
 * needs admin rights (sudo on Linux); where that fails the certificates are
 * still generated, so serve with them and say how to trust the CA by hand.
 */
async function devHttps(): Promise<ServerOptions["https"]> {
  const { getHttpsServerOptions } = await import("office-addin-dev-certs");
  try {
    const { ca, key, cert } = await getHttpsServerOptions();
    return { ca, key, cert };
  } catch (error) {
    const dir = join(homedir(), ".office-addin-dev-certs");
    const files = ["ca.crt", "localhost.key", "localhost.crt"].map((name) => join(dir, name));
    if (!files.every((file) => existsSync(file))) throw error;
    const [ca, key, cert] = files.map((file) => readFileSync(file));
    console.warn(
      `office-addin-dev-certs could not trust its CA (${String(error)}).\n` +
        `Serving with ${dir}; trust ${files[0]} yourself, e.g. npx office-addin-dev-certs install as an administrator.`,
    );
    return { ca, key, cert };
  }
}

export default defineConfig(async ({ command }): Promise<UserConfig> => {
  const baseUrl = process.env.ADDIN_BASE_URL ?? DEFAULT_BASE_URL;
  return {
    // Relative asset URLs: the folder can be deployed under any path.
    base: "./",
    resolve: {
      // Bundle core from its TypeScript source: the pane does not need core's dist.
      alias: [{ find: /^@nhiemvu\/core$/, replacement: here("../../packages/core/src/index.ts") }],
    },
    oxc: { jsx: { runtime: "automatic" } },
    server: {
      port: 3000,
      strictPort: true,
      https: command === "serve" && !process.env.ADDIN_HTTP ? await devHttps() : undefined,
    },
    build: {
      outDir: "dist",
      emptyOutDir: true,
      // No source map in the deploy folder (5 MB nobody's Excel needs); ADDIN_SOURCEMAP=1 for debugging.
      sourcemap: process.env.ADDIN_SOURCEMAP === "1",
      target: "es2020",
      chunkSizeWarningLimit: 2048,
      rollupOptions: {
        input: { taskpane: here("taskpane.html") },
        // Fluent UI marks its modules "use client" (for React Server Components): moot here.
        onwarn(warning, warn) {
          if (warning.code !== "MODULE_LEVEL_DIRECTIVE") warn(warning);
        },
      },
    },
    plugins: [manifestPlugin(baseUrl)],
  };
});

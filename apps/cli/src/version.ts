import { readFile } from "node:fs/promises";

/**
 * The CLI's version, from its package.json (one level above both src/ and dist/,
 * so it is right whether the sources or the build run).
 */
export async function cliVersion(): Promise<string> {
  const text = await readFile(new URL("../package.json", import.meta.url), "utf8");
  return (JSON.parse(text) as { version: string }).version;
}

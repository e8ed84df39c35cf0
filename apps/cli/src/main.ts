#!/usr/bin/env node
import { runCli } from "./run.js";
import type { CliIo } from "./command.js";

async function readStdin(): Promise<string> {
  // In a terminal the officer types the lines; say how to finish.
  if (process.stdin.isTTY)
    process.stderr.write("Nhập từng dòng, xong thì bấm Ctrl-D (Windows: Ctrl-Z rồi Enter).\n");
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

const io: CliIo = {
  readStdin,
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
  env: process.env,
};

runCli(process.argv.slice(2), io).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // An unexpected failure is a bug: say so in Vietnamese, keep the trace for a report.
    process.stderr.write(
      `Lỗi không mong đợi: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exitCode = 1;
  },
);

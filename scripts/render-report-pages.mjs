#!/usr/bin/env node
// Page 1 of the monthly report in each official form, as the README shows it:
// the built `nhiemvu report` on the bundled catalogue, printed to PDF by
// LibreOffice, the first page drawn to PNG by poppler's pdftoppm.
//
//   npm run docs:report-pages   (builds the CLI first)
//
// Needs soffice (libreoffice-calc-nogui), pdftoppm (poppler-utils) and the
// fonts .ci/run installs. Writes docs/report-state.png and docs/report-party.png.
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const cli = join(root, "apps/cli/dist/main.js");
// A fixed report date, so the pictures change only when the report does.
const env = { ...process.env, TZ: "Asia/Ho_Chi_Minh", NHIEMVU_TODAY: "2025-12-15" };

const FORMS = [
  { name: "state", args: ["--month", "2025-12"] },
  {
    name: "party",
    args: [
      "--month",
      "2025-12",
      "--regime",
      "dang",
      "--unit",
      "Đảng ủy Chính phủ",
      "--signer",
      "T/M Ban Thường vụ|Bí thư|Nguyễn Văn A",
    ],
  },
];

function run(command, args, cwd) {
  const r = spawnSync(command, args, { cwd, env, encoding: "utf8", stdio: "pipe" });
  if (r.error || r.status !== 0) {
    console.error(`${command} ${args.join(" ")} failed:\n${r.stderr || r.error}`);
    process.exit(1);
  }
}

const work = mkdtempSync(join(tmpdir(), "nhiemvu-pages-"));
try {
  const profile = pathToFileURL(join(work, "lo-profile")).href;
  for (const { name, args } of FORMS) {
    run(process.execPath, [cli, "report", ...args, "--out", `${name}.xlsx`], work);
    run(
      "soffice",
      [`-env:UserInstallation=${profile}`, "--headless", "--convert-to", "pdf", `${name}.xlsx`],
      work,
    );
    run(
      "pdftoppm",
      ["-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile", `${name}.pdf`, name],
      work,
    );
    const target = join(root, "docs", `report-${name}.png`);
    copyFileSync(join(work, `${name}.png`), target);
    console.log(`Đã ghi ${target}`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

import {
  EXIT_BAD_INPUT,
  EXIT_OK,
  EXIT_USAGE,
  InputError,
  UsageError,
  type CliIo,
} from "./command.js";
import { commands } from "./commands/index.js";
import { describeFsError } from "./output.js";
import { cliVersion } from "./version.js";

export const MAIN_HELP = () =>
  [
    "nhiemvu — theo dõi nhiệm vụ được giao tại văn bản chỉ đạo và lập báo cáo tháng.",
    "",
    "Cách dùng: nhiemvu <lệnh> [tùy chọn]",
    "",
    "Các lệnh:",
    ...commands.map((c) => `  ${c.name.padEnd(10)} ${c.summary}`),
    "",
    "Tùy chọn chung:",
    "  --version, -V  in số phiên bản",
    "  --help, -h     hiện hướng dẫn này",
    "",
    "Xem hướng dẫn của từng lệnh: nhiemvu help <lệnh>  (hoặc nhiemvu <lệnh> --help)",
    "",
    "Ví dụ:",
    "  nhiemvu tracking --blank --out so-theo-doi.xlsx",
    "  nhiemvu import van-ban.txt --into so-theo-doi.xlsx --dry-run",
    "  nhiemvu refresh so-theo-doi.xlsx --as-of 14/12/2025",
    '  nhiemvu report "Bộ Nội vụ=bnv.xlsx" "Bộ Tài chính=btc.xlsx" --month 11/2025',
  ].join("\n");

/** Run the CLI in-process; returns the exit code. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === "--version" || name === "-V" || name === "version") {
    io.stdout(`nhiemvu ${await cliVersion()}\n`);
    return EXIT_OK;
  }
  if (name === "help" && rest[0] !== undefined) {
    const wanted = commands.find((c) => c.name === rest[0]);
    if (!wanted) {
      io.stderr(`Lệnh không tồn tại: "${rest[0]}".\n${MAIN_HELP()}\n`);
      return EXIT_USAGE;
    }
    io.stdout(wanted.help + "\n");
    return EXIT_OK;
  }
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    io.stdout(MAIN_HELP() + "\n");
    return name === undefined ? EXIT_USAGE : EXIT_OK;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    const hint = name.startsWith("-")
      ? `Không có tùy chọn chung "${name}"`
      : `Lệnh không tồn tại: "${name}"`;
    io.stderr(`${hint}.\n${MAIN_HELP()}\n`);
    return EXIT_USAGE;
  }
  if (rest.includes("--help") || rest.includes("-h")) {
    io.stdout(command.help + "\n");
    return EXIT_OK;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`Lỗi: ${error.message}\nXem: nhiemvu ${command.name} --help\n`);
      return EXIT_USAGE;
    }
    if (error instanceof InputError) {
      io.stderr(`Lỗi: ${error.message}\n`);
      return EXIT_BAD_INPUT;
    }
    // A file system failure no command anticipated is still the officer's to fix.
    const path = (error as { path?: unknown } | null)?.path;
    const fsMessage = describeFsError(error, typeof path === "string" ? path : "");
    if (fsMessage) {
      io.stderr(`Lỗi: ${fsMessage}\n`);
      return EXIT_BAD_INPUT;
    }
    throw error;
  }
}

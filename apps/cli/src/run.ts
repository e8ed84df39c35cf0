import {
  EXIT_BAD_INPUT,
  EXIT_OK,
  EXIT_USAGE,
  InputError,
  UsageError,
  type CliIo,
} from "./command.js";
import { commands } from "./commands/index.js";

export const MAIN_HELP = () =>
  [
    "nhiemvu — theo dõi nhiệm vụ được giao tại văn bản chỉ đạo và lập báo cáo tháng.",
    "",
    "Cách dùng: nhiemvu <lệnh> [tùy chọn]",
    "",
    "Các lệnh:",
    ...commands.map((c) => `  ${c.name.padEnd(10)} ${c.summary}`),
    "",
    "Xem hướng dẫn của từng lệnh: nhiemvu <lệnh> --help",
  ].join("\n");

/** Run the CLI in-process; returns the exit code. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    io.stdout(MAIN_HELP() + "\n");
    return name === undefined ? EXIT_USAGE : EXIT_OK;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    io.stderr(`Lệnh không tồn tại: "${name}".\n${MAIN_HELP()}\n`);
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
    throw error;
  }
}

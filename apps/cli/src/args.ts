import { parseArgs, type ParseArgsConfig } from "node:util";
import { UsageError } from "./command.js";

type Options = NonNullable<ParseArgsConfig["options"]>;

/**
 * `util.parseArgs` with usage errors in Vietnamese. `--help`/`-h` is always
 * accepted and reported as `help: true`.
 */
export function parseCommandArgs<O extends Options>(argv: string[], options: O) {
  try {
    const parsed = parseArgs({
      args: argv,
      options: { ...options, help: { type: "boolean", short: "h" } },
      allowPositionals: true,
      strict: true,
    });
    return parsed;
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new UsageError(`Tham số không hợp lệ: ${detail}`);
  }
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Validate a `YYYY-MM-DD` flag value. */
export function requireIsoDate(value: string | undefined, flag: string): string | undefined {
  if (value === undefined) return undefined;
  const d = new Date(`${value}T00:00:00Z`);
  if (
    !ISO_DATE.test(value) ||
    Number.isNaN(d.getTime()) ||
    d.toISOString().slice(0, 10) !== value
  ) {
    throw new UsageError(`--${flag} phải là ngày dạng YYYY-MM-DD (nhận được "${value}").`);
  }
  return value;
}

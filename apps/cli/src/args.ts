import { parseArgs, type ParseArgsConfig } from "node:util";
import { parseTypedDate, parseTypedMonth, type IsoDate } from "@nhiemvu/core";
import { UsageError } from "./command.js";

type Options = NonNullable<ParseArgsConfig["options"]>;

/** The flag named in a `util.parseArgs` error ("Unknown option '--foo'…"). */
function flagOf(message: string): string {
  return /'(-{1,2}[^'\s]+)/.exec(message)?.[1] ?? "";
}

/**
 * Node's parseArgs errors in Vietnamese, by their stable codes (its English
 * text is not for officers).
 */
function describeParseError(error: unknown): string {
  const code = (error as { code?: unknown }).code;
  const message = error instanceof Error ? error.message : String(error);
  const flag = flagOf(message);
  switch (code) {
    case "ERR_PARSE_ARGS_UNKNOWN_OPTION":
      return `không có tùy chọn ${flag || "này"}. Nếu muốn ghi một giá trị bắt đầu bằng "-", đặt "--" trước nó.`;
    case "ERR_PARSE_ARGS_INVALID_OPTION_VALUE":
      return /argument missing/i.test(message)
        ? `tùy chọn ${flag} cần một giá trị.`
        : `tùy chọn ${flag} không nhận giá trị.`;
    case "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL":
      return `lệnh này không nhận tham số "${/'([^']*)'/.exec(message)?.[1] ?? ""}".`;
    default:
      return "không đọc được các tham số.";
  }
}

/**
 * `util.parseArgs` with usage errors in Vietnamese. `--help`/`-h` is always
 * accepted and reported as `help: true`.
 */
export function parseCommandArgs<O extends Options>(argv: string[], options: O) {
  try {
    return parseArgs({
      args: argv,
      options: { ...options, help: { type: "boolean", short: "h" } },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    throw new UsageError(`Tham số không hợp lệ: ${describeParseError(error)}`);
  }
}

/** Validate a date flag (dd/mm/yyyy or YYYY-MM-DD); returns it as ISO. */
export function requireIsoDate(value: string | undefined, flag: string): IsoDate | undefined {
  if (value === undefined) return undefined;
  const iso = parseTypedDate(value);
  if (iso === null) {
    throw new UsageError(
      `--${flag} phải là một ngày có thật, dạng dd/mm/yyyy hoặc YYYY-MM-DD (nhận được "${value}").`,
    );
  }
  return iso;
}

/** Validate a month flag (mm/yyyy or YYYY-MM); returns it as YYYY-MM. */
export function requireMonth(value: string | undefined, flag: string): string | undefined {
  if (value === undefined) return undefined;
  const month = parseTypedMonth(value);
  if (month === null) {
    throw new UsageError(
      `--${flag} phải là một tháng, dạng mm/yyyy hoặc YYYY-MM (nhận được "${value}").`,
    );
  }
  return month;
}

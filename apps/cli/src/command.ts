/**
 * The contract every `nhiemvu` sub-command follows. Commands get their streams
 * injected so tests can run them in-process; exit codes are the CLI's promise:
 * 0 success, 1 bad input (Vietnamese message on stderr), 2 usage error.
 */
export interface CliIo {
  readStdin(): Promise<string>;
  stdout(text: string): void;
  stderr(text: string): void;
  /** Working directory for relative paths. */
  cwd: string;
  /** Environment (for TZ-free "today" the caller may pass NHIEMVU_TODAY in tests). */
  env: Record<string, string | undefined>;
}

export interface Command {
  name: string;
  /** One Vietnamese line for the command list. */
  summary: string;
  /** Full Vietnamese help text for `nhiemvu <name> --help`. */
  help: string;
  run(argv: string[], io: CliIo): Promise<number>;
}

/** Wrong flags or arguments: exit 2. */
export class UsageError extends Error {
  override readonly name = "UsageError";
}

/** Input that cannot be used (bad file, bad date): exit 1. */
export class InputError extends Error {
  override readonly name = "InputError";
}

export const EXIT_OK = 0;
export const EXIT_BAD_INPUT = 1;
export const EXIT_USAGE = 2;

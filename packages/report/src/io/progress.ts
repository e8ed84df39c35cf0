import cliProgress from "cli-progress";

/**
 * A progress line on the terminal, drawn by cli-progress. Two modes:
 * - a known total: bar, percentage and "done/total";
 * - an unknown total (a workbook read as it streams: its row count is only
 *   known at the end): the rows seen so far, never a made-up percentage.
 * On a terminal the line is redrawn in place (at most every 100 ms); to a file
 * or a pipe it is printed as plain lines every few seconds, with no escape
 * sequence. `done()` always prints the final state, so even a small input
 * shows a line when --progress is asked.
 */
export interface ProgressBar {
  update(done: number): void;
  /** Draw the final figure (the last update's, or `final`) and end the line. */
  done(final?: number): void;
}

/** Where the line goes: a terminal stream, or anything with `write`. */
export interface ProgressOutput {
  write(text: string): void;
  isTTY?: boolean;
  columns?: number;
}

const WIDTH = 30;
const count = (n: number) => n.toLocaleString("vi-VN");

/** The line for a value: exported for tests, the same words in both modes. */
export function progressLine(
  label: string,
  value: number,
  total: number | null,
  maxWidth = Infinity,
): string {
  if (total === null || total <= 0) return `${label}: ${count(value)} dòng`.slice(0, maxWidth);
  const ratio = Math.min(1, value / total);
  const filled = Math.round(ratio * WIDTH);
  const figures = `${String(Math.floor(ratio * 100)).padStart(3)}% (${count(value)}/${count(total)})`;
  const full = `${label} [${"#".repeat(filled)}${"-".repeat(WIDTH - filled)}] ${figures}`;
  // A narrow terminal: the figures without the bar, cut to the width (no wrapped second line).
  return full.length <= maxWidth ? full : `${label} ${figures.trim()}`.slice(0, maxWidth);
}

/** A stream-like object cli-progress can draw on (readline writes its cursor moves through it). */
function streamOf(out: ProgressOutput | ((text: string) => void)): NodeJS.WritableStream {
  const target = typeof out === "function" ? { write: out } : out;
  let endsLine = true;
  return {
    write: (text: string) => {
      const chunk = String(text);
      // Off a terminal cli-progress ends the last line twice; one newline is enough.
      if (target.isTTY !== true && chunk === "\n" && endsLine) return true;
      endsLine = chunk.endsWith("\n");
      target.write(chunk);
      return true;
    },
    isTTY: target.isTTY === true,
    columns: target.columns,
  } as unknown as NodeJS.WritableStream;
}

/**
 * A progress line for `total` items, or for an unknown number (`null`).
 * @example progressBar(process.stderr, null, "Đang đọc") // "Đang đọc: 12.000 dòng"
 */
export function progressBar(
  out: ProgressOutput | ((text: string) => void),
  total: number | null,
  label: string,
): ProgressBar {
  const known = total !== null && total > 0;
  const bar = new cliProgress.SingleBar({
    stream: streamOf(out),
    format: (_options, params) =>
      progressLine(label, params.value, known ? params.total : null, params.maxWidth),
    noTTYOutput: true,
    notTTYSchedule: 5000,
    fps: 10,
    hideCursor: false,
    linewrap: null,
    clearOnComplete: false,
    stopOnComplete: false,
    gracefulExit: false,
  });
  let last = 0;
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    bar.start(known ? total : 0, 0);
  };
  return {
    update(done) {
      start();
      last = done;
      bar.update(done);
    },
    done(final) {
      start();
      bar.update(final ?? last);
      bar.stop();
    },
  };
}

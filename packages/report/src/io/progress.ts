/**
 * A one-line progress bar on a terminal stream ("\r" redraws), throttled so a
 * 100k-row run does not spend its time printing.
 */
export interface ProgressBar {
  update(done: number): void;
  done(): void;
}

const WIDTH = 30;

export function progressBar(
  write: (text: string) => void,
  total: number,
  label: string,
  now: () => number = Date.now,
): ProgressBar {
  let last = -Infinity;
  let shown = false;
  const draw = (done: number) => {
    const ratio = total > 0 ? Math.min(1, done / total) : 1;
    const filled = Math.round(ratio * WIDTH);
    write(
      `\r${label} [${"#".repeat(filled)}${"-".repeat(WIDTH - filled)}] ${String(Math.floor(ratio * 100)).padStart(3)}% (${done.toLocaleString("vi-VN")}/${total.toLocaleString("vi-VN")})`,
    );
    shown = true;
  };
  return {
    update(done) {
      const t = now();
      if (t - last < 100 && done < total) return;
      last = t;
      draw(done);
    },
    done() {
      if (shown) write("\n");
    },
  };
}

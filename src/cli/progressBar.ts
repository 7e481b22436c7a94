/**
 * A progress bar on stderr for many files: redrawn in place on a terminal (at most ten times a
 * second), a line a second when asked for (--progress) into a log or pipe.
 */
const WIDTH = 30;

export interface ProgressBar {
  tick(): void;
}

export function progressBar(total: number, enabled: boolean, tty = !!process.stderr.isTTY): ProgressBar {
  const start = Date.now();
  let drawn = 0;
  let done = 0;
  const draw = (last: boolean) => {
    const now = Date.now();
    if (!last && now - drawn < (tty ? 100 : 1000)) return;
    drawn = now;
    const filled = Math.round((WIDTH * done) / total);
    const rate = done / Math.max(0.001, (now - start) / 1000);
    const line = `[${"#".repeat(filled)}${"-".repeat(WIDTH - filled)}] ${done}/${total} 个文件 files, ${rate.toFixed(1)}/s`;
    process.stderr.write(tty ? `\r${line}${last ? "\n" : ""}` : `${line}\n`);
  };
  return {
    tick() {
      done++;
      if (enabled) draw(done === total);
    },
  };
}

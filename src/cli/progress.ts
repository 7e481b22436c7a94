/** Progress lines on stderr, so that results on stdout stay clean for scripts. */
export interface Progress {
  step(message: string): void;
}

export function stderrProgress(enabled: boolean): Progress {
  const start = Date.now();
  return {
    step(message: string) {
      if (enabled) process.stderr.write(`[${((Date.now() - start) / 1000).toFixed(1)}s] ${message}\n`);
    },
  };
}

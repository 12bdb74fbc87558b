// Figures read from a build's log: what the preview images cost and what the offline precache holds.

export interface ImageFigures {
  /** Preview images rendered (og/…png routes). */
  count: number;
  /** Sum of Astro's per-route times for them, in seconds (wall time, so a busy machine inflates it). */
  seconds: number;
}

/** Astro logs each generated route as `├─ /og/iaps/voluntary.png/ (+352ms)` (or `(+1.07s)`). */
export function imageFigures(log: string): ImageFigures {
  let count = 0;
  let seconds = 0;
  for (const match of log.matchAll(/[├└]─ \S*\/og\/\S+\.png\/? \(\+(\d+(?:\.\d+)?)(ms|s)\)/g)) {
    count += 1;
    seconds += Number(match[1]) / (match[2] === 'ms' ? 1000 : 1);
  }
  return { count, seconds };
}

export interface PrecacheFigures {
  files: number;
  bytes: number;
}

/** The offline integration's line: `offline: precache 213 files, 4567890 bytes, version …`. */
export function precacheFigures(log: string): PrecacheFigures | null {
  const match = /offline: precache (\d+) files, (\d+) bytes/.exec(log);
  return match ? { files: Number(match[1]), bytes: Number(match[2]) } : null;
}

// The shape of one run's JSON in bench/results/.
import type { BudgetCheck } from './check-budgets';
import type { DistReport } from '../../tools/lib/dist-report';
import type { LighthouseRun } from './lighthouse';
import type { ImageFigures, PrecacheFigures } from '../../tools/lib/build-log';
import type { SearchFigures } from './search-hook';

export interface BenchResult {
  config: {
    name: string;
    content: 'real' | 'synthetic';
    seed: number | null;
    codes: number;
    clauses: number;
    /** loadAverage: 1-minute load when the run started; timings on a busy machine are slower. */
    machine: { cpus: number; memoryGiB: number; node: string; loadAverage: number };
  };
  build: {
    /** The whole build process, start to exit: the fastest of `runs`. */
    wallSeconds: number;
    /** Wall seconds of each clean build (--repeat); the machine is shared, so the fastest is the figure. */
    runs: number[];
    /** From the build call to the pages generated (config, bundling, rendering). */
    astroSeconds: number;
    /** The astro:build:done hooks after generation, when a pagefind index was written; null (n/a) otherwise. */
    pagefindSeconds: number | null;
    /** The search integration's own log line, when it printed one. */
    pagefindLog: string | null;
    /** Link-preview images rendered and Astro's summed wall time for them (tools/lib/build-log.ts). */
    images?: ImageFigures;
    /** What the offline service worker precaches; null when the build wrote no worker. */
    precache?: PrecacheFigures | null;
  };
  dist: DistReport;
  search: SearchFigures;
  lighthouse: LighthouseRun[] | null;
  budgets: BudgetCheck[];
}

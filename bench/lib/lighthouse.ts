// Lighthouse 12 (mobile defaults) over a few pages of a build, in Debian's Chromium, one run per page.
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { CHROMIUM_PATH } from '../../tools/lib/browser';
import { serveGzipped } from './gzip-server';

const run = promisify(execFile);
export const LIGHTHOUSE_CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const CHROME_FLAGS =
  '--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync';

export interface LighthouseRun {
  page: string;
  /** Performance score of each run; the run reported is the median one (Lighthouse's advice for noisy machines). */
  performanceRuns: number[];
  scores: Record<(typeof LIGHTHOUSE_CATEGORIES)[number], number>;
  /** Audits that kept a category under 100, for fixing. */
  failing: string[];
}

/** Pages to score: home, the first code page, the crosswalk, and the search page when the build has one. */
export function lighthousePages(dir: string, firstCode: string): string[] {
  return ['', `codes/${firstCode}/`, 'crosswalk/', 'search/'].filter((page) =>
    existsSync(join(dir, page, 'index.html')),
  );
}

export async function runLighthouse(
  dir: string,
  base: string,
  pages: string[],
  workDir: string,
  runsPerPage = 3,
): Promise<LighthouseRun[]> {
  const cli = join(import.meta.dirname, '../../node_modules/lighthouse/cli/index.js');
  mkdirSync(workDir, { recursive: true });
  const server = await serveGzipped(dir, base);
  try {
    const runs: LighthouseRun[] = [];
    for (const page of pages) {
      const attempts: Omit<LighthouseRun, 'performanceRuns'>[] = [];
      for (let attempt = 1; attempt <= runsPerPage; attempt++) {
        const output = join(workDir, `lighthouse-${page.replace(/\W+/g, '-') || 'home'}-${attempt}.json`);
        await run(
          process.execPath,
          [
            cli,
            `${server.url}${page}`,
            '--output=json',
            `--output-path=${output}`,
            `--chrome-flags=${CHROME_FLAGS}`,
            '--quiet',
            `--only-categories=${LIGHTHOUSE_CATEGORIES.join(',')}`,
          ],
          { env: { ...process.env, CHROME_PATH: CHROMIUM_PATH }, maxBuffer: 64 * 1024 * 1024 },
        );
        attempts.push({ page: `/${page}`, ...readReport(output) });
      }
      const sorted = [...attempts].sort((a, b) => a.scores.performance - b.scores.performance);
      runs.push({
        ...sorted[Math.floor((sorted.length - 1) / 2)]!,
        performanceRuns: attempts.map((a) => a.scores.performance),
      });
    }
    return runs;
  } finally {
    await server.close();
  }
}

function readReport(output: string): Pick<LighthouseRun, 'scores' | 'failing'> {
  const report = JSON.parse(readFileSync(output, 'utf8')) as {
    categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
    audits: Record<string, { score: number | null; scoreDisplayMode: string }>;
  };
  const scores = Object.fromEntries(
    LIGHTHOUSE_CATEGORIES.map((category) => [
      category,
      Math.round((report.categories[category]?.score ?? 0) * 100),
    ]),
  ) as LighthouseRun['scores'];
  // Weighted audits below a full score: what kept a category under 100.
  const failing = LIGHTHOUSE_CATEGORIES.flatMap((category) =>
    (report.categories[category]?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0)
      .filter((ref) => {
        const audit = report.audits[ref.id];
        return audit && audit.score !== null && audit.score < 1;
      })
      .map((ref) => `${category}: ${ref.id}`),
  );
  return { scores, failing };
}

// Lighthouse 12 (mobile defaults) over a few pages of a build, in Debian's Chromium, one run per page.
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { CHROMIUM_PATH } from '../../tests/support/browser';
import { serveStatic } from '../../tests/support/static-server';

const run = promisify(execFile);
export const LIGHTHOUSE_CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const CHROME_FLAGS = '--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync';

export interface LighthouseRun {
  page: string;
  scores: Record<(typeof LIGHTHOUSE_CATEGORIES)[number], number>;
  /** Audits that kept a category under 100, for fixing. */
  failing: string[];
}

/** Pages to score: home, the first code page, the crosswalk, and the search page when the build has one. */
export function lighthousePages(dir: string, firstCode: string): string[] {
  return ['', `codes/${firstCode}/`, 'crosswalk/', 'search/'].filter((page) => existsSync(join(dir, page, 'index.html')));
}

export async function runLighthouse(dir: string, base: string, pages: string[], workDir: string): Promise<LighthouseRun[]> {
  const cli = join(import.meta.dirname, '../../node_modules/lighthouse/cli/index.js');
  mkdirSync(workDir, { recursive: true });
  const server = await serveStatic(dir, base);
  try {
    const runs: LighthouseRun[] = [];
    for (const page of pages) {
      const output = join(workDir, `lighthouse-${page.replace(/\W+/g, '-') || 'home'}.json`);
      await run(
        process.execPath,
        [cli, `${server.url}${page}`, '--output=json', `--output-path=${output}`, `--chrome-flags=${CHROME_FLAGS}`, '--quiet',
          `--only-categories=${LIGHTHOUSE_CATEGORIES.join(',')}`],
        { env: { ...process.env, CHROME_PATH: CHROMIUM_PATH }, maxBuffer: 64 * 1024 * 1024 },
      );
      const report = JSON.parse(readFileSync(output, 'utf8')) as {
        categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
        audits: Record<string, { score: number | null; scoreDisplayMode: string }>;
      };
      const scores = Object.fromEntries(
        LIGHTHOUSE_CATEGORIES.map((category) => [category, Math.round((report.categories[category]?.score ?? 0) * 100)]),
      ) as LighthouseRun['scores'];
      const failing = LIGHTHOUSE_CATEGORIES.flatMap((category) =>
        (report.categories[category]?.auditRefs ?? [])
          .filter((ref) => ref.weight > 0)
          .filter((ref) => {
            const audit = report.audits[ref.id];
            return audit && audit.score !== null && audit.score < 1;
          })
          .map((ref) => `${category}: ${ref.id}`),
      );
      runs.push({ page: `/${page}`, scores, failing });
    }
    return runs;
  } finally {
    await server.close();
  }
}

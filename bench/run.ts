// `npm run bench [-- --codes N] [--repeat K] [--lighthouse | --no-lighthouse] [--measure-only]`: a clean build of the real site (or of a
// scale content folder with N codes), then its build time, sizes, search figures and budgets, as a table on
// stdout and as JSON in bench/results/ (site.json, or n<N>.json). Scale runs also refresh the scale table.
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { assembleSiteData } from '../src/lib/content/assemble';
import { loadContent } from '../src/lib/content/load-from-disk';
import { imageFigures, precacheFigures } from '../tools/lib/build-log';
import { checkBudgets } from './lib/check-budgets';
import { reportDist } from '../tools/lib/dist-report';
import { lighthousePages, runLighthouse } from './lib/lighthouse';
import { formatRun, updateScaleTable } from './lib/report';
import { writeScaleContent } from '../tools/lib/scale-content';
import { measureSearch } from './lib/search-hook';
import { DEFAULT_SEED } from '../tools/lib/synthetic';
import type { BenchResult } from './lib/result';

const ROOT = join(import.meta.dirname, '..');
const { values } = parseArgs({
  args: process.argv.slice(2).filter((arg) => arg !== '--'),
  options: {
    codes: { type: 'string' },
    lighthouse: { type: 'boolean' },
    'no-lighthouse': { type: 'boolean' },
    seed: { type: 'string' },
    repeat: { type: 'string' },
    // Measure the last build of this run's folder again (its dist/, build.log and timings.json) instead of
    // building: for a measurement that failed after a long build. Its wall time is the build process's own end mark.
    'measure-only': { type: 'boolean' },
  },
});

const codesWanted = values.codes === undefined ? undefined : Number(values.codes);
const seed = values.seed === undefined ? DEFAULT_SEED : Number(values.seed);
const repeat = Math.max(1, Number(values.repeat ?? 1));
const name = codesWanted === undefined ? 'site' : `n${codesWanted}`;
// Lighthouse is slow: always on for the real site, opt-in for scale runs.
const withLighthouse = values['no-lighthouse'] ? false : (values.lighthouse ?? codesWanted === undefined);
const work = join(ROOT, 'bench/tmp', name);
const contentDir = codesWanted === undefined ? join(ROOT, 'content') : join(work, 'content');
const outDir = join(work, 'dist');
const cacheDir = join(work, 'cache');
const base = '/';

async function timedBuild(): Promise<{ wallSeconds: number; marks: Record<string, number>; log: string }> {
  rmSync(outDir, { recursive: true, force: true });
  rmSync(cacheDir, { recursive: true, force: true });
  const timings = join(work, 'timings.json');
  const logFile = join(work, 'build.log');
  const log = createWriteStream(logFile);
  const started = performance.now();
  const child = spawn(
    process.execPath,
    ['--max-old-space-size=6144', join(ROOT, 'tools/timed-build.mjs'), timings, cacheDir],
    {
      cwd: ROOT,
      env: {
        ...process.env,
        CONTENT_DIR: contentDir,
        OUT_DIR: outDir,
        SITE_BASE: base,
        ASTRO_TELEMETRY_DISABLED: '1',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  child.stdout.pipe(log, { end: false });
  child.stderr.pipe(log, { end: false });
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const wallSeconds = (performance.now() - started) / 1000;
  log.end();
  if (code !== 0) throw new Error(`build failed (exit ${code}); see ${relative(ROOT, logFile)}`);
  return {
    wallSeconds,
    marks: JSON.parse(readFileSync(timings, 'utf8')) as Record<string, number>,
    log: readFileSync(logFile, 'utf8'),
  };
}

/** The build already in this run's folder, as timedBuild() would have returned it. */
function lastBuild(): { wallSeconds: number; marks: Record<string, number>; log: string } {
  const timings = join(work, 'timings.json');
  if (!existsSync(join(outDir, 'index.html')) || !existsSync(timings))
    throw new Error(`--measure-only: no finished build in ${relative(ROOT, work)}/; run without it first`);
  const marks = JSON.parse(readFileSync(timings, 'utf8')) as Record<string, number>;
  if (marks.end === undefined) throw new Error(`--measure-only: ${relative(ROOT, timings)} has no end mark`);
  console.log(`Measuring the existing build in ${relative(ROOT, outDir)}/ (--measure-only)`);
  return { wallSeconds: marks.end, marks, log: readFileSync(join(work, 'build.log'), 'utf8') };
}

const startLoad = loadavg()[0] ?? 0;
mkdirSync(work, { recursive: true });
if (codesWanted !== undefined) {
  console.log(
    `Writing ${codesWanted} codes (the real ones + synthetic, seed ${seed}) to ${relative(ROOT, contentDir)}/`,
  );
  writeScaleContent(join(ROOT, 'content'), contentDir, codesWanted, seed);
}
const site = assembleSiteData(loadContent(contentDir));
const clauses = site.codes.reduce((n, code) => n + code.clauses.length, 0);
console.log(
  values['measure-only']
    ? `${site.codes.length} codes, ${clauses} clauses`
    : `Building ${site.codes.length} codes, ${clauses} clauses (clean: ${relative(ROOT, outDir)}/ and the content cache removed)…`,
);
// Best of --repeat clean builds: other jobs on a shared machine only ever make a build slower.
const builds = [];
if (values['measure-only']) builds.push(lastBuild());
else for (let run = 1; run <= repeat; run++) builds.push(await timedBuild());
const build = builds.reduce((best, candidate) =>
  candidate.wallSeconds < best.wallSeconds ? candidate : best,
);
const hasPagefind = existsSync(join(outDir, 'pagefind'));
const pagefindLine =
  /pagefind[^\n]*/i.exec(
    build.log
      .split('\n')
      .filter((line) => /pagefind/i.test(line) && /index/i.test(line))
      .join('\n'),
  )?.[0] ?? null;

console.log('Measuring sizes…');
const dist = reportDist(outDir, base);
console.log('Measuring search…');
const search = await measureSearch(outDir, base);
let lighthouse: BenchResult['lighthouse'] = null;
if (withLighthouse) {
  console.log('Running Lighthouse (mobile)…');
  lighthouse = await runLighthouse(
    outDir,
    base,
    lighthousePages(outDir, site.codes[0]!.id),
    join(work, 'lighthouse'),
  );
}

const result: BenchResult = {
  config: {
    name,
    content: codesWanted === undefined ? 'real' : 'synthetic',
    seed: codesWanted === undefined ? null : seed,
    codes: site.codes.length,
    clauses,
    machine: {
      cpus: cpus().length,
      memoryGiB: Math.round(totalmem() / 2 ** 30),
      node: process.version,
      loadAverage: startLoad,
    },
  },
  build: {
    wallSeconds: build.wallSeconds,
    runs: builds.map((b) => b.wallSeconds),
    astroSeconds: build.marks.generated ?? build.marks.end ?? build.wallSeconds,
    // The time between pages generated and the last astro:build:done hook is the search indexing, once the
    // pagefind integration runs there; without dist/pagefind/ it is only the sitemap hook: n/a.
    pagefindSeconds:
      hasPagefind && build.marks.generated !== undefined && build.marks.hooksDone !== undefined
        ? build.marks.hooksDone - build.marks.generated
        : null,
    pagefindLog: pagefindLine,
    images: imageFigures(build.log),
    precache: precacheFigures(build.log),
  },
  dist,
  search,
  lighthouse,
  budgets: checkBudgets(site.codes.length, dist, search),
};

mkdirSync(join(ROOT, 'bench/results'), { recursive: true });
const resultFile = join(ROOT, 'bench/results', `${name}.json`);
writeFileSync(resultFile, `${JSON.stringify(result, null, 2)}\n`);
console.log(formatRun(result));
console.log(`Results: ${relative(ROOT, resultFile)}`);
if (codesWanted !== undefined) console.log(await updateScaleTable(join(ROOT, 'bench')));

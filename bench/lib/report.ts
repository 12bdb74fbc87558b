// Tables for people: one run on stdout, and the scale table (bench/README.md, bench/results/scale.json).
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeGeneratedSection } from '../../tools/lib/generated-markdown';
import { atMostLinear, marginalGrowth, type ScalePoint } from '../../tools/lib/growth';
import { PAGE_TYPES } from '../../tools/lib/page-types';
import type { BenchResult } from './result';

const kb = (bytes: number | null | undefined) =>
  bytes === null || bytes === undefined ? 'n/a' : (bytes / 1024).toFixed(1);
const secs = (value: number | null) => (value === null ? 'n/a' : value.toFixed(1));
const ms = (value: number | null) => (value === null ? 'n/a' : `${value.toFixed(0)} ms`);

function markdownTable(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

export function formatRun(result: BenchResult): string {
  const { config, build, dist, search, lighthouse, budgets } = result;
  const out: string[] = [
    '',
    `## ${config.name}: ${config.codes} codes, ${config.clauses} clauses (${config.content} content)`,
    `Machine: ${config.machine.cpus} CPUs, Node ${config.machine.node}, load average ${config.machine.loadAverage.toFixed(1)} at the start.`,
    '',
    markdownTable(
      ['figure', 'value'],
      [
        ['clean build, wall (s)', secs(build.wallSeconds)],
        ['  Astro (s)', secs(build.astroSeconds)],
        ['  pagefind (s)', secs(build.pagefindSeconds)],
        [
          '  preview images: count, summed wall (s)',
          build.images ? `${build.images.count}, ${secs(build.images.seconds)}` : 'n/a',
        ],
        [
          'offline precache: files, KiB',
          build.precache ? `${build.precache.files}, ${kb(build.precache.bytes)}` : 'n/a',
        ],
        ['pages built', String(dist.pages)],
        ['dist/ files', String(dist.files)],
        ['dist/ total (KiB)', kb(dist.bytes)],
        ['data files (KiB)', kb(dist.fileBytes.data)],
        ['pagefind index (KiB)', kb(dist.fileBytes.pagefind)],
        ['search, cold first query', ms(search.coldMs)],
        ['search, warm keystroke: median / p95', `${ms(search.warmMedianMs)} / ${ms(search.warmP95Ms)}`],
        [
          'search, evaluation questions, keystroke to results: median / p95',
          `${ms(search.evalMedianMs)} / ${ms(search.evalP95Ms)}`,
        ],
        [
          'search transfer, median / max (KiB)',
          search.transfer ? `${kb(search.transfer.medianBytes)} / ${kb(search.transfer.maxBytes)}` : 'n/a',
        ],
        ...(search.note ? [['search note', search.note]] : []),
      ],
    ),
    '',
    'Per page type, the largest page: KiB raw / gzip, the page plus the CSS, JS and fonts it loads before any interaction, and the files fetched on load (requests, the page included).',
    '',
    markdownTable(
      ['type', 'pages', 'HTML', 'CSS', 'JS', 'fonts', 'total', 'median total gz', 'requests', 'largest page'],
      PAGE_TYPES.flatMap((type) => {
        const figures = dist.byType[type];
        if (!figures) return [];
        const { largest } = figures;
        const pair = (b: { raw: number; gzip: number }) => `${kb(b.raw)} / ${kb(b.gzip)}`;
        return [
          [
            type,
            String(figures.count),
            pair(largest.html),
            pair(largest.css),
            pair(largest.js),
            pair(largest.fonts),
            pair(largest.total),
            kb(figures.medianTotalGzip),
            String(largest.requests),
            largest.file,
          ],
        ];
      }),
    ),
    '',
    markdownTable(
      ['budget', 'limit', 'value', 'holds'],
      budgets.map((b) => [b.name, b.limit, b.value, b.holds === null ? 'n/a' : b.holds ? 'yes' : 'NO']),
    ),
  ];
  if (lighthouse) {
    out.push(
      '',
      markdownTable(
        [
          'Lighthouse (mobile, median of runs)',
          'performance (each run)',
          'accessibility',
          'best practices',
          'SEO',
          'below 100 because (median run)',
        ],
        lighthouse.map((run) => [
          run.page,
          `${run.scores.performance} (${run.performanceRuns.join(', ')})`,
          String(run.scores.accessibility),
          String(run.scores['best-practices']),
          String(run.scores.seo),
          run.failing.join(', ') || '—',
        ]),
      ),
    );
  }
  return out.join('\n');
}

export interface ScaleRow {
  name: string;
  codes: number;
  clauses: number;
  pages: number;
  wallSeconds: number;
  /** How many clean builds the run made; the fastest is reported. */
  buildRuns: number;
  astroSeconds: number;
  pagefindSeconds: number | null;
  distBytes: number;
  codePageGzip: number;
  themePageGzip: number;
  crosswalkPageGzip: number;
  homeGzip: number;
  comparePages: number;
  pagefindBytes: number | null;
  searchTransferMax: number | null;
}

function scaleRow(result: BenchResult): ScaleRow {
  const largest = (type: keyof BenchResult['dist']['byType']) =>
    result.dist.byType[type]?.largest.total.gzip ?? 0;
  return {
    name: result.config.name,
    codes: result.config.codes,
    clauses: result.config.clauses,
    pages: result.dist.pages,
    wallSeconds: result.build.wallSeconds,
    buildRuns: result.build.runs.length,
    astroSeconds: result.build.astroSeconds,
    pagefindSeconds: result.build.pagefindSeconds,
    distBytes: result.dist.bytes,
    codePageGzip: largest('code'),
    themePageGzip: largest('theme'),
    crosswalkPageGzip: largest('crosswalk'),
    homeGzip: largest('home'),
    comparePages: result.dist.byType.compare?.count ?? 0,
    pagefindBytes: result.dist.fileBytes.pagefind,
    searchTransferMax: result.search.transfer?.maxBytes ?? null,
  };
}

/** Growth per clause of the figures that should grow with content, between consecutive scales. */
function growthRows(rows: ScaleRow[]): string[][] {
  const figures: [string, (row: ScaleRow) => number | null, number][] = [
    ['build wall time (ms per clause)', (r) => r.wallSeconds, 1000],
    ['Astro time (ms per clause)', (r) => r.astroSeconds, 1000],
    ['dist/ (bytes per clause)', (r) => r.distBytes, 1],
    ['pagefind index (bytes per clause)', (r) => r.pagefindBytes, 1],
    ['largest theme page, gzip (bytes per clause)', (r) => r.themePageGzip, 1],
    ['largest crosswalk page, gzip (bytes per clause)', (r) => r.crosswalkPageGzip, 1],
  ];
  return figures.map(([label, value, scale]) => {
    const points: ScalePoint[] = rows.flatMap((row) => {
      const v = value(row);
      return v === null ? [] : [{ codes: row.codes, clauses: row.clauses, value: v * scale }];
    });
    if (points.length < 2) return [label, 'n/a'];
    const steps = marginalGrowth(points).map(
      (step) => `${step.from}→${step.to}: ${step.perClause.toFixed(step.perClause < 10 ? 2 : 0)}`,
    );
    return [label, steps.join('; ')];
  });
}

const START = '<!-- scale-table:start (written by npm run bench -- --codes N) -->';
const END = '<!-- scale-table:end -->';

/** Rebuilds bench/results/scale.json and the table in bench/README.md from every n<N>.json; returns the table. */
export async function updateScaleTable(benchDir: string): Promise<string> {
  const resultsDir = join(benchDir, 'results');
  const results = readdirSync(resultsDir)
    .filter((file) => /^n\d+\.json$/.test(file))
    .map((file) => JSON.parse(readFileSync(join(resultsDir, file), 'utf8')) as BenchResult)
    .sort((a, b) => a.config.clauses - b.config.clauses);
  const rows = results.map(scaleRow);
  const linear = atMostLinear(
    rows.map((row) => ({ codes: row.codes, clauses: row.clauses, value: row.wallSeconds })),
  );
  writeFileSync(
    join(resultsDir, 'scale.json'),
    `${JSON.stringify({ rows, buildTimeAtMostLinear: linear }, null, 2)}\n`,
  );
  const table = [
    markdownTable(
      [
        'codes',
        'clauses',
        'pages',
        'build s (Astro + pagefind)',
        'dist/ MiB',
        'code page gz KiB',
        'theme page gz KiB',
        'crosswalk page gz KiB',
        'home gz KiB',
        'compare pair pages',
        'pagefind KiB',
        'search transfer KiB',
      ],
      rows.map((r) => [
        String(r.codes),
        String(r.clauses),
        String(r.pages),
        `${secs(r.wallSeconds)} (${secs(r.astroSeconds)} + ${secs(r.pagefindSeconds)})`,
        (r.distBytes / 2 ** 20).toFixed(1),
        kb(r.codePageGzip),
        kb(r.themePageGzip),
        kb(r.crosswalkPageGzip),
        kb(r.homeGzip),
        String(r.comparePages),
        kb(r.pagefindBytes),
        kb(r.searchTransferMax),
      ]),
    ),
    '',
    'Growth per added clause between consecutive scales:',
    '',
    markdownTable(['figure', 'marginal growth per clause'], growthRows(rows)),
    '',
    `Build time grows at most linearly with clauses (cost per added clause of the last step at most 1.5× the average from the smallest to the second-largest scale; best of ${rows.map((r) => r.buildRuns).join('/')} clean builds): **${linear ? 'yes' : 'no'}**.`,
  ].join('\n');
  // Through Prettier: the table's columns padded as `npm run lint` checks them.
  await writeGeneratedSection(join(benchDir, 'README.md'), { start: START, end: END }, table);
  return table;
}

// The evaluation sets run through the site's real search, as a reader uses it: each question opens
// /search/?q=… in Chromium, and the clause results the page shows are compared with the clauses a careful
// reader accepts. Reports top-1 and top-3 hit rates per set, and for questions that name a scenario whether
// the page shows it; fails below each set's top-3 floor. The sets measure the search; they are never edited to
// raise a figure.
//   tests/fixtures/search-eval.json        52 questions written by the lexicon's authors
//   tests/fixtures/search-eval-roles.json  reader role × theme group, written before reading the search code
//   tests/fixtures/search-eval-heldout.json  held out: five reader roles, written before the second round
//   tests/fixtures/search-eval-fresh.json    role × theme group by a writer blind to the search, before the third
//   tests/fixtures/search-eval-situations.json  the same method, leaning toward situations, before the fifth
//   tests/fixtures/search-eval-agency.json  the same method, short queries and agency words, before the sixth
//   tests/fixtures/search-eval-seventh.json  the same method, a third each of keywords, questions, situations
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assembleSiteData } from '../../src/lib/content/assemble';
import { loadContent, REAL_CONTENT } from '../support/content';
import { DIST, requireBuild, ROOT } from '../../tools/lib/dist';
import { browserAvailable, launchChromium } from '../../tools/lib/browser';
import { PAGE_RESULTS, waitForResults } from '../../tools/lib/search-results';
import { serveStatic, type RunningServer } from '../../tools/lib/static-server';

interface EvalQuestion {
  q: string;
  /** "code id#clause id" of every clause accepted as an answer. */
  accept: string[];
  /** The scenario that fits the situation, if one does. */
  scenario?: string;
}

interface EvalSet {
  name: string;
  file: string;
  questions: EvalQuestion[];
  /** Strings that must give no clause result. */
  noAnswer: string[];
  minimum: number;
  top3Floor: number;
}

function loadSet(name: string, minimum: number, top3Floor: number): EvalSet {
  const file = join(ROOT, `tests/fixtures/${name}.json`);
  const data = JSON.parse(readFileSync(file, 'utf8')) as { questions: EvalQuestion[]; noAnswer?: string[] };
  return { name, file, questions: data.questions, noAnswer: data.noAnswer ?? [], minimum, top3Floor };
}

// Floors guard against regression; they are not the targets. The 52-question set keeps its own. The roles set's
// target is 95% top 3 (issue 21); it measured 84.0% on the search branch and 82.7% once merged with the round's
// tagging and content changes, so its floor is 80% (two questions of slack): raise it as search improves, never
// lower it without saying why in the commit. The held-out set (46 questions, written before the second round's
// search changes) measured 80.4% top 3 before them: its floor is 76% (two questions of slack). The fresh set
// (68 questions, written by a writer who had read neither the search code nor any question bank) measured 48.5%
// top 1 and 66.2% top 3 before the third round's search changes: its floor is 62% (three questions of slack).
// The situations set (64 questions, 25 with a fitting scenario, by the same method) measured 40.6% top 1 and 54.7%
// top 3 when committed: its floor is 50% (three questions of slack). The agency set (81 questions: short queries,
// questions and situations in agency and everyday words, 29 with a fitting scenario) measured 56.8% top 1 and 67.9%
// top 3 when committed: its floor is 64% (three questions of slack). The seventh set (86 questions, a third each of
// keywords, questions and situations, 20 with a fitting scenario) measured 64.0% top 1 and 75.6% top 3, scenario
// shown 90.0% of 20, when committed: its floor is 72% (three questions of slack).
const SETS = [
  loadSet('search-eval', 40, 0.9),
  loadSet('search-eval-roles', 60, 0.8),
  loadSet('search-eval-heldout', 40, 0.76),
  loadSet('search-eval-fresh', 60, 0.62),
  loadSet('search-eval-situations', 60, 0.5),
  loadSet('search-eval-agency', 80, 0.64),
  loadSet('search-eval-seventh', 80, 0.72),
];

for (const set of SETS) {
  describe(`search evaluation set ${set.name}`, () => {
    it(`has at least ${set.minimum} questions, each accepting only clauses and scenarios that exist`, () => {
      expect(set.questions.length).toBeGreaterThanOrEqual(set.minimum);
      const site = assembleSiteData(loadContent(REAL_CONTENT));
      const known = new Set(
        site.codes.flatMap((code) => code.clauses.map((clause) => `${code.id}#${clause.id}`)),
      );
      const scenarios = new Set(site.scenarios.map((scenario) => scenario.id));
      const unknown = set.questions.flatMap(({ q, accept, scenario }) => [
        ...accept.filter((ref) => !known.has(ref)).map((ref) => `"${q}": ${ref}`),
        ...(scenario && !scenarios.has(scenario) ? [`"${q}": scenario ${scenario}`] : []),
      ]);
      expect(unknown, `${set.file} names clauses or scenarios that do not exist`).toEqual([]);
      expect(set.questions.every(({ accept }) => accept.length > 0)).toBe(true);
    });
  });
}

/** Opens /search/?q=… and waits until its results are on screen. */
async function searchFor(page: Page, base: string, q: string): Promise<void> {
  await page.goto(`${base}search/?q=${encodeURIComponent(q)}`);
  await waitForResults(page, PAGE_RESULTS, q);
}

describe.runIf(browserAvailable())('search evaluation (Chromium, /search/?q=…)', () => {
  let browser: Browser;
  let server: RunningServer;

  beforeAll(async () => {
    requireBuild();
    server = await serveStatic(DIST);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  for (const set of SETS) {
    it(`${set.name}: finds an accepted clause in the top 3 for at least ${set.top3Floor * 100}% of the questions`, async () => {
      const page = await browser.newPage();
      const rows: { q: string; top: string[]; top1: boolean; top3: boolean; scenario?: boolean }[] = [];
      for (const { q, accept, scenario } of set.questions) {
        await searchFor(page, server.url, q);
        const hrefs = await page
          .locator('search-page [data-search-results] .search-result-title')
          .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
        const scenarioHrefs = await page
          .locator('search-page [data-search-results] .search-scenario a')
          .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
        // "/codes/alaska-psp/#conflicts-3" → "alaska-psp#conflicts-3"
        const top = hrefs.map((href) => href.replace(/^\/codes\/([^/]+)\/#(.+)$/, '$1#$2'));
        rows.push({
          q,
          top: top.slice(0, 3),
          top1: accept.includes(top[0] ?? ''),
          top3: top.slice(0, 3).some((ref) => accept.includes(ref)),
          ...(scenario
            ? { scenario: scenarioHrefs.some((href) => href.endsWith(`/scenarios/${scenario}/`)) }
            : {}),
        });
      }
      const noAnswer: { q: string; clauses: number }[] = [];
      for (const q of set.noAnswer) {
        await searchFor(page, server.url, q);
        const clauses = await page.locator('search-page [data-search-results] .search-result-title').count();
        noAnswer.push({ q, clauses });
      }
      await page.close();

      const rate = (key: 'top1' | 'top3') => rows.filter((row) => row[key]).length / rows.length;
      const withScenario = rows.filter((row) => row.scenario !== undefined);
      const report = {
        questions: rows.length,
        top1: rate('top1'),
        top3: rate('top3'),
        scenarioShown: withScenario.length
          ? withScenario.filter((row) => row.scenario).length / withScenario.length
          : null,
        misses: rows.filter((row) => !row.top3),
        noAnswer,
      };
      mkdirSync(join(ROOT, 'test-results'), { recursive: true });
      writeFileSync(
        join(ROOT, `test-results/${set.name}.json`),
        `${JSON.stringify({ ...report, rows }, null, 2)}\n`,
      );
      const percent = (value: number) => `${(value * 100).toFixed(1)}%`;
      console.log(
        `${set.name}: ${rows.length} questions, top-1 ${percent(report.top1)}, top-3 ${percent(report.top3)}` +
          (report.scenarioShown === null
            ? ''
            : `, scenario shown ${percent(report.scenarioShown)} of ${withScenario.length}`) +
          `\nmissed in top 3:\n${report.misses.map((row) => `  "${row.q}" → ${row.top.join(', ') || '(nothing)'}`).join('\n')}` +
          `\nno-answer strings: ${noAnswer.map((row) => `"${row.q}" → ${row.clauses} clauses`).join(', ')}`,
      );
      expect(
        noAnswer.filter((row) => row.clauses > 0),
        'nonsense strings give no clause result',
      ).toEqual([]);
      expect(report.top3, `top-3 hit rate (see test-results/${set.name}.json)`).toBeGreaterThanOrEqual(
        set.top3Floor,
      );
      // One page load and search per question: minutes on a busy machine.
    }, 900_000);
  }
});

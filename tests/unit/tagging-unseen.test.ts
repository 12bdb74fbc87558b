// The unseen-wording evaluation (tests/fixtures/tagging/): its fixtures use only real theme ids and every clause
// has a reviewed theme, and the evaluation counts every miss it reports.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assembleSiteData } from '../../src/lib/content/assemble';
import { evaluationInput } from '../../src/authoring/tagging/corpus';
import { evaluateUnseen, type EvaluationInput } from '../../src/authoring/tagging/evaluate';
import { DEFAULT_RULE } from '../../src/authoring/tagging/suggester';
import { loadWordNet } from '../../src/authoring/tagging/wordnet';
import { loadLexicon } from '../../src/lib/search/lexicon-file';
import { REAL_CONTENT, loadContent } from '../support/content';

const dir = join(import.meta.dirname, '../fixtures/tagging');
const unseen = readdirSync(dir)
  .filter((name) => name.endsWith('.json'))
  .map((name) => JSON.parse(readFileSync(join(dir, name), 'utf8')) as EvaluationInput['codes'][number]);
const input = evaluationInput(assembleSiteData(loadContent(REAL_CONTENT)), loadLexicon(REAL_CONTENT));

describe('unseen-wording evaluation', () => {
  it('has four codes whose clauses carry reviewed, existing themes', () => {
    expect(unseen).toHaveLength(4);
    const themeIds = new Set(input.themes.map((theme) => theme.id));
    for (const code of unseen) {
      expect(code.clauses.length).toBeGreaterThanOrEqual(15);
      for (const clause of code.clauses) {
        expect(clause.themes.length).toBeGreaterThan(0);
        for (const theme of [...clause.themes, ...clause.touches]) expect(themeIds).toContain(theme);
      }
    }
  });

  it('scores each code and lists every miss', () => {
    const evaluation = evaluateUnseen(input, unseen, DEFAULT_RULE, loadWordNet().related);
    expect(evaluation.clauses).toBe(unseen.reduce((sum, code) => sum + code.clauses.length, 0));
    expect(evaluation.misses.length).toBe(Math.round(evaluation.clauses * (1 - evaluation.firstThemeRight)));
    for (const miss of evaluation.misses) expect(miss.reviewed).not.toContain(miss.proposed);
  });
});

// Each kind of bad content fails with a message naming the file, the clause and the problem.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assembleSiteData, ContentError } from '../../src/lib/content/assemble';
import { FIXTURES, loadContent } from '../support/content';

const assemble = (name: string) => assembleSiteData(loadContent(join(FIXTURES, name)));

function problemsOf(name: string): string {
  try {
    assemble(name);
  } catch (error) {
    if (error instanceof ContentError) return error.message;
    throw error;
  }
  throw new Error(`fixture "${name}" assembled without a problem`);
}

describe('content checks', () => {
  it('accepts the good fixture', () => {
    const data = assemble('good');
    expect(data.codes.map((code) => code.id)).toEqual(['iaps', 'team']);
    expect(data.codes[1]?.clauses.map((clause) => [clause.id, clause.section, clause.themes])).toEqual([
      ['conduct-1', 'Conduct', ['hope']],
      ['conduct-2', 'Conduct', ['consent', 'hope']],
    ]);
  });

  it('rejects an unknown theme id', () => {
    expect(problemsOf('unknown-theme')).toContain(
      'codes/iaps.mdx: clause "hopeful": unknown theme id "consnet"',
    );
  });

  it('rejects a duplicate clause id', () => {
    expect(problemsOf('duplicate-clause')).toContain(
      'codes/team.mdx: clause "conduct-1": duplicate clause id "conduct-1"',
    );
  });

  it('rejects a clause with no theme', () => {
    expect(problemsOf('clause-without-theme')).toContain(
      'codes/team.mdx: clause "conduct-2": the clause has no theme',
    );
  });

  it('rejects a guideline pointing at a missing value', () => {
    expect(problemsOf('guideline-missing-value')).toContain(
      'guidelines/voluntary.mdx: clause "voluntary": guideline points at IAPS value "volunteer", which is not a clause of code "iaps"',
    );
  });

  it('checks scenario references, naming the file and each bad theme or clause', () => {
    const message = problemsOf('bad-scenario');
    expect(message).toContain('scenarios/bad-refs.mdx: unknown theme id "nope"');
    expect(message).toContain(
      'scenarios/bad-refs.mdx: clause reference "team:conduct-9": code "team" has no clause "conduct-9"',
    );
    expect(message).toContain('scenarios/bad-refs.mdx: clause reference "ghost:item-1": no code "ghost"');
    expect(message).toContain(
      'scenarios/bad-refs.mdx: clause reference "team-conduct-1" must be "code-id:clause-id"',
    );
    expect(message).not.toContain('"team:conduct-1"');
  });

  it('loads scenarios where the folder has them, and tolerates folders without', () => {
    expect(assemble('good').scenarios.map((scenario) => scenario.id)).toEqual(['a-gift']);
    expect(loadContent(join(FIXTURES, 'duplicate-clause')).scenarios).toEqual([]);
  });

  it('rejects missing required front matter, naming the file and field', () => {
    expect(() => assemble('missing-front-matter')).toThrow(
      /codes\/team\.mdx: front matter does not match the schema: issuer: Required/,
    );
  });

  it('reports every problem at once, not only the first', () => {
    const raw = loadContent(join(FIXTURES, 'good'));
    const team = raw.codes[1]!;
    team.body = (team.body ?? '')
      .replace('themes="hope"', 'themes="nope"')
      .replace('id="conduct-2"', 'id="conduct-1"');
    try {
      assembleSiteData(raw);
      expect.unreachable('bad content was accepted');
    } catch (error) {
      expect((error as ContentError).problems).toHaveLength(2);
    }
  });
});

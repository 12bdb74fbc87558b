// Bad content fails the real build, not just the content checks: each malformed fixture stops `astro build`
// with a message naming the file and the clause (or, for front matter, the field). The good fixture builds,
// and its renamed clause keeps its old id as an alias inside the clause.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { astroBuild } from '../support/astro-build';
import { FIXTURES } from '../support/content';
import { readPage } from '../../tools/lib/dist';

const BAD: Record<string, RegExp[]> = {
  'unknown-theme': [/unknown-theme\/codes\/iaps\.mdx: clause "hopeful": unknown theme id "consnet"/],
  'duplicate-clause': [
    /duplicate-clause\/codes\/team\.mdx: clause "conduct-1": duplicate clause id "conduct-1"/,
  ],
  'clause-without-theme': [
    /clause-without-theme\/codes\/team\.mdx: clause "conduct-2": the clause has no theme/,
  ],
  'guideline-missing-value': [
    /guideline-missing-value\/guidelines\/voluntary\.mdx: clause "voluntary": guideline points at IAPS value "volunteer"/,
  ],
  // Our own words cite clauses (src/lib/own-words/): a reference to no clause stops the build.
  'dangling-reference': [
    /dangling-reference\/themes\/hope\.md: comparison note: reference "clause:iaps:hopefull": code "iaps" has no clause "hopefull"/,
  ],
  // Astro's own schema check runs first, before ours: its InvalidContentEntryDataError names the entry, the
  // field and the file.
  // A draft that still holds the importer's placeholders is refused unless a preview asks for drafts.
  'draft-placeholders': [
    /draft-placeholders\/codes\/team\.mdx: front matter "issuer" still holds the importer's "EDIT:" placeholder: write it .*ALLOW_DRAFT_PLACEHOLDERS=1/,
  ],
  'missing-front-matter': [
    /codes → team data does not match collection schema/,
    /issuer\W+Required/,
    /missing-front-matter\/codes\/team\.mdx/,
  ],
};

describe('astro build on the content fixtures', () => {
  it.each(Object.entries(BAD))('fails on %s, naming the file and the problem', async (name, messages) => {
    const { ok, output, outDir } = await astroBuild(join(FIXTURES, name));
    rmSync(outDir, { recursive: true, force: true });
    expect(ok, `the build of fixture "${name}" succeeded:\n${output}`).toBe(false);
    for (const message of messages) expect(output).toMatch(message);
  });

  it('builds a draft with placeholders when a preview sets ALLOW_DRAFT_PLACEHOLDERS=1', async () => {
    const { ok, output, outDir } = await astroBuild(
      join(FIXTURES, 'draft-placeholders'),
      undefined,
      undefined,
      {
        ALLOW_DRAFT_PLACEHOLDERS: '1',
      },
    );
    expect(ok, output).toBe(true);
    expect(readPage('codes/team/index.html', outDir).querySelector('.draft-notice')).not.toBeNull();
    rmSync(outDir, { recursive: true, force: true });
  });

  it('builds the good fixture, with each alias inside its clause', async () => {
    const { ok, output, outDir } = await astroBuild(join(FIXTURES, 'good'));
    expect(ok, output).toBe(true);
    const page = readPage('codes/iaps/index.html', outDir);
    const alias = page.getElementById('old-id');
    expect(alias?.closest('article.clause')?.id).toBe('hopeful');
    expect(page.querySelectorAll('article.clause')).toHaveLength(2);
    rmSync(outDir, { recursive: true, force: true });
  });
});

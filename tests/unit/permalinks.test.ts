// The checked-in permalink list is the promise: every URL in it lands on a clause, by id or by alias.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assembleSiteData } from '../../src/lib/content/assemble';
import {
  appendNewPermalinks,
  brokenPermalinks,
  clausePermalinks,
  parsePermalinkList,
} from '../../src/lib/permalinks';
import { FIXTURES, REAL_CONTENT, loadContent } from '../support/content';

const listed = parsePermalinkList(readFileSync(join(REAL_CONTENT, '../permalinks.txt'), 'utf8'));
const site = assembleSiteData(loadContent(REAL_CONTENT));

describe('permalinks.txt', () => {
  it('has no URL that stopped resolving (rename a clause only with an alias for its old id)', () => {
    expect(brokenPermalinks(listed, site)).toEqual([]);
  });

  it('lists every clause (run `npm run permalinks` after adding clauses)', () => {
    expect(clausePermalinks(site).filter((url) => !listed.includes(url))).toEqual([]);
  });

  it('has no duplicate lines', () => {
    expect(new Set(listed).size).toBe(listed.length);
  });
});

describe('renaming a clause', () => {
  const rename = (withAlias: boolean) => {
    const raw = loadContent(join(FIXTURES, 'good'));
    const team = raw.codes.find((code) => code.id === 'team')!;
    const aliases = withAlias ? ' aliases="conduct-2"' : '';
    team.body = team.body!.replace('<Clause id="conduct-2"', `<Clause id="conduct-two"${aliases}`);
    // An author who renames a clause renames it where a scenario lists it too (scenario-coverage.ts).
    for (const scenario of raw.scenarios ?? [])
      for (const entry of scenario.data.considered)
        if (entry.clause === 'team:conduct-2') entry.clause = 'team:conduct-two';
    return assembleSiteData(raw);
  };

  it('breaks the old permalink without an alias', () => {
    expect(brokenPermalinks(['codes/team/#conduct-2'], rename(false))).toEqual(['codes/team/#conduct-2']);
  });

  it('keeps the old permalink with an alias', () => {
    expect(brokenPermalinks(['codes/team/#conduct-2'], rename(true))).toEqual([]);
  });

  it("treats the clause's own page the same way", () => {
    expect(brokenPermalinks(['codes/team/conduct-2/'], rename(false))).toEqual(['codes/team/conduct-2/']);
    expect(brokenPermalinks(['codes/team/conduct-2/', 'codes/team/conduct-two/'], rename(true))).toEqual([]);
  });

  it('rejects an alias that another clause already uses as its id', () => {
    const raw = loadContent(join(FIXTURES, 'good'));
    const team = raw.codes.find((code) => code.id === 'team')!;
    team.body = team.body!.replace('<Clause id="conduct-2"', '<Clause id="conduct-2" aliases="conduct-1"');
    expect(() => assembleSiteData(raw)).toThrow(/duplicate clause id "conduct-1"/);
  });
});

describe('clausePermalinks', () => {
  it("promises a draft code's URLs only once it is reviewed", () => {
    const raw = loadContent(join(FIXTURES, 'good'));
    const reviewed = clausePermalinks(assembleSiteData(raw));
    expect(reviewed).toContain('codes/team/#conduct-2');
    raw.codes.find((code) => code.id === 'team')!.data.status = 'draft';
    const withDraft = clausePermalinks(assembleSiteData(raw));
    expect(withDraft.filter((url) => url.startsWith('codes/team/'))).toEqual([]);
    expect(withDraft).toEqual(reviewed.filter((url) => !url.startsWith('codes/team/')));
  });
});

describe('appendNewPermalinks', () => {
  it('appends only new URLs and keeps existing lines', () => {
    expect(appendNewPermalinks('# c\na\nb\n', ['b', 'c'])).toBe('# c\na\nb\nc\n');
    expect(appendNewPermalinks('a\n', ['a'])).toBe('a\n');
  });
});

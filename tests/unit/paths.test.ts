import { describe, expect, it } from 'vitest';
import { clauseOfPath, paths, withBase, withoutBase } from '../../src/lib/paths';
import { siteOptions } from '../../src/config/site-options.mjs';

describe('paths', () => {
  it('prefixes the base path exactly once', () => {
    expect(withBase(paths.clause('alaska-psp', 'conflicts-3'), '/')).toBe('/codes/alaska-psp/#conflicts-3');
    expect(withBase(paths.clause('alaska-psp', 'conflicts-3'), '/ethics/')).toBe(
      '/ethics/codes/alaska-psp/#conflicts-3',
    );
    expect(withBase('/about/', '/ethics')).toBe('/ethics/about/');
    expect(withBase('', '/ethics/')).toBe('/ethics/');
  });

  it('normalises SITE_BASE and checks SITE_URL', () => {
    expect(siteOptions({}).base).toBe('/');
    expect(siteOptions({ SITE_BASE: 'ethics' }).base).toBe('/ethics/');
    expect(siteOptions({ SITE_BASE: '/ethics/' }).base).toBe('/ethics/');
    expect(siteOptions({ SITE_BASE: '/a/b' }).base).toBe('/a/b/');
    expect(siteOptions({ SITE_URL: 'https://example.org' }).site).toBe('https://example.org');
    expect(() => siteOptions({ SITE_URL: 'example.org' })).toThrow(/absolute/);
  });
});

describe('clauseOfPath', () => {
  it('reads back both clause paths, and nothing else', () => {
    const clause = { codeId: 'alaska-psp', clauseId: 'conflicts-3' };
    expect(clauseOfPath(paths.clause('alaska-psp', 'conflicts-3'))).toEqual(clause);
    expect(clauseOfPath(paths.clausePage('alaska-psp', 'conflicts-3'))).toEqual(clause);
    for (const other of [
      paths.code('alaska-psp'),
      paths.embed('alaska-psp', 'conflicts-3'),
      'codes/alaska-psp/conflicts-3',
      'codes/alaska-psp/guidelines/extra/',
      'codes/#x',
    ])
      expect(clauseOfPath(other), other).toBeUndefined();
  });

  it('reads back an embed path when asked for that form, and never the guidelines page', () => {
    expect(clauseOfPath(paths.embed('alaska-psp', 'conflicts-3'), 'embed')).toEqual({
      codeId: 'alaska-psp',
      clauseId: 'conflicts-3',
    });
    expect(clauseOfPath(paths.clausePage('alaska-psp', 'conflicts-3'), 'embed')).toBeUndefined();
    expect(clauseOfPath(paths.guidelines())).toBeUndefined();
  });

  it('takes the base path off what withBase put on', () => {
    expect(withoutBase(withBase(paths.clause('iaps', 'hopeful'), '/ethics/'), '/ethics/')).toBe(
      'codes/iaps/#hopeful',
    );
    expect(withoutBase('/elsewhere/x/', '/ethics/')).toBe('/elsewhere/x/');
  });
});

// The Content-Security-Policy is written twice: as the <meta> every page carries (src/lib/csp.ts) and as the
// header public/_headers sends. They must agree, save what only a header can carry.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../src/lib/csp';
import { headersForPath, parseHeadersFile } from '../../tools/lib/headers-file';

// Directives browsers ignore in a <meta> policy (CSP Level 3, §3.3), so only the header can set them.
const HEADER_ONLY = ['frame-ancestors', 'report-uri', 'report-to', 'sandbox'];

/** A policy as directive name → sorted source list. */
function parsePolicy(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (!name) continue;
    if (directives.has(name.toLowerCase()))
      throw new Error(`directive "${name}" appears twice in: ${policy}`);
    directives.set(name.toLowerCase(), sources.sort());
  }
  return directives;
}

const rules = parseHeadersFile(readFileSync(join(import.meta.dirname, '../../public/_headers'), 'utf8'));
const policyFor = (path: string) =>
  parsePolicy(headersForPath(rules, path).get('content-security-policy') ?? '');

describe('Content-Security-Policy', () => {
  const meta = parsePolicy(CONTENT_SECURITY_POLICY);
  const header = policyFor('/codes/iaps/');

  it('is sent as a header for every path', () => {
    expect(header.size).toBeGreaterThan(0);
  });

  it('says the same in the meta tag and the header, except header-only directives', () => {
    const withoutHeaderOnly = new Map([...header].filter(([name]) => !HEADER_ONLY.includes(name)));
    expect(Object.fromEntries(withoutHeaderOnly)).toEqual(Object.fromEntries(meta));
  });

  it('puts no header-only directive in the meta tag, where browsers would ignore it', () => {
    expect([...meta.keys()].filter((name) => HEADER_ONLY.includes(name))).toEqual([]);
  });

  it('forbids framing in the header and loads nothing from another origin', () => {
    expect(header.get('frame-ancestors')).toEqual(["'none'"]);
    expect(meta.get('default-src')).toEqual(["'none'"]);
    const allSources = [...meta.values()].flat();
    expect(allSources.filter((source) => /^(https?:|\*|'unsafe-inline'|'unsafe-eval')/.test(source))).toEqual(
      [],
    );
  });

  it('lets any site frame a clause embed, with one policy that otherwise says the same', () => {
    const embed = headersForPath(rules, '/embed/iaps/voluntary/').get('content-security-policy') ?? '';
    expect(embed).not.toContain(', '); // one policy, not the page policy joined with the embed's
    const policy = parsePolicy(embed);
    expect(policy.get('frame-ancestors')).toEqual(['*']);
    expect(Object.fromEntries([...policy].filter(([name]) => name !== 'frame-ancestors'))).toEqual(
      Object.fromEntries(meta),
    );
  });

  it('keeps refusing frames on every other page, clause pages included', () => {
    for (const path of ['/', '/codes/iaps/voluntary/', '/codes/iaps/', '/search/', '/og/site.png']) {
      expect(policyFor(path).get('frame-ancestors'), path).toEqual(["'none'"]);
    }
  });
});

describe('_headers reader', () => {
  it('joins repeated headers, and `! Name` drops earlier ones', () => {
    const file = parseHeadersFile('/*\n  X-A: 1\n  X-B: 1\n/sub/*\n  X-A: 2\n  ! X-B\n  X-B: 2\n');
    expect(Object.fromEntries(headersForPath(file, '/sub/page/'))).toEqual({ 'x-a': '1, 2', 'x-b': '2' });
    expect(Object.fromEntries(headersForPath(file, '/other/'))).toEqual({ 'x-a': '1', 'x-b': '1' });
  });

  it('names the line it cannot read', () => {
    expect(() => parseHeadersFile('  X-A: 1\n')).toThrow(/line 1: a header before any path pattern/);
    expect(() => parseHeadersFile('/*\n  nonsense\n')).toThrow(/line 2: not "Name: value"/);
  });
});

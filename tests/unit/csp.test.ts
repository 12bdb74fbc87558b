// The Content-Security-Policy is written twice: as the <meta> every page carries (src/lib/csp.ts) and as the
// header public/_headers sends. They must agree, save what only a header can carry.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../src/lib/csp';

// Directives browsers ignore in a <meta> policy (CSP Level 3, §3.3), so only the header can set them.
const HEADER_ONLY = ['frame-ancestors', 'report-uri', 'report-to', 'sandbox'];

/** A policy as directive name → sorted source list. */
function parsePolicy(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (!name) continue;
    if (directives.has(name.toLowerCase())) throw new Error(`directive "${name}" appears twice in: ${policy}`);
    directives.set(name.toLowerCase(), sources.sort());
  }
  return directives;
}

/** Headers that a Netlify/Cloudflare-style `_headers` file sends for one path pattern. */
function headersFor(file: string, pattern: string): Map<string, string> {
  const headers = new Map<string, string>();
  let inBlock = false;
  for (const line of file.split('\n')) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      inBlock = line.trim() === pattern;
      continue;
    }
    const match = /^\s+([^:]+):\s*(.*)$/.exec(line);
    if (inBlock && match) headers.set(match[1]!.trim().toLowerCase(), match[2]!.trim());
  }
  return headers;
}

const headersFile = readFileSync(join(import.meta.dirname, '../../public/_headers'), 'utf8');

describe('Content-Security-Policy', () => {
  const meta = parsePolicy(CONTENT_SECURITY_POLICY);
  const header = parsePolicy(headersFor(headersFile, '/*').get('content-security-policy') ?? '');

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
    expect(allSources.filter((source) => /^(https?:|\*|'unsafe-inline'|'unsafe-eval')/.test(source))).toEqual([]);
  });
});

// `npm ci` refuses a lock file that lacks any platform build a package lists as optional. The registry these
// machines reach lacks some builds of the newest releases, so `npm install` can write such a lock silently.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';

it('package-lock.json records every optional platform package (else npm ci fails on a fresh machine)', () => {
  const lock = JSON.parse(readFileSync(join(import.meta.dirname, '../../package-lock.json'), 'utf8')) as {
    packages: Record<string, { version?: string; optionalDependencies?: Record<string, string> }>;
  };
  const names = Object.keys(lock.packages);
  const missing = Object.entries(lock.packages).flatMap(([path, entry]) =>
    Object.keys(entry.optionalDependencies ?? {})
      .filter((dependency) => !names.some((name) => name.endsWith(`node_modules/${dependency}`)))
      .map((dependency) => `${path} -> ${dependency}`),
  );
  expect(missing).toEqual([]);
});

// Valid HTML by a checker we did not write: the W3C Nu HTML Checker over every page of both builds, in one Java
// process. Errors fail; warnings are printed (less the file-origin CSP ones, see FILE_ORIGIN_WARNINGS).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { DIST, DIST_BASE, ROOT, htmlPages, requireBuild } from '../../tools/lib/dist';
import { FILE_ORIGIN_WARNINGS, formatNuMessage, isNuError, runNuChecker } from '../support/nu-checker';

it('the Nu HTML Checker reports no error on any page of dist/ or dist-ethics/', async () => {
  requireBuild(DIST);
  requireBuild(DIST_BASE);
  const pages = [DIST, DIST_BASE].flatMap((dir) => htmlPages(dir).map((file) => join(dir, file)));
  // A known-bad page in the same run shows the checker really reads the files (one Java start, not two).
  const bad = join(mkdtempSync(join(tmpdir(), 'vnu-')), 'bad.html');
  writeFileSync(
    bad,
    '<!doctype html><html lang="en"><head><title>x</title></head><body><p>x</p></body></html>\n<script type="module" src="/a.js"></script>\n',
  );
  const messages = await runNuChecker([bad, ...pages]);
  const ofBad = messages.filter((message) => message.url?.endsWith(bad));
  expect(ofBad.filter(isNuError).map((message) => message.message)).toContain('Stray start tag “script”.');

  const ofSite = messages.filter((message) => !ofBad.includes(message));
  const errors = ofSite.filter(isNuError).map((message) => formatNuMessage(message, ROOT));
  const warnings = ofSite
    .filter(
      (message) =>
        message.subType === 'warning' &&
        !FILE_ORIGIN_WARNINGS.some((pattern) => pattern.test(message.message)),
    )
    .map((message) => formatNuMessage(message, ROOT));
  console.info(
    `Nu HTML Checker: ${pages.length} pages, ${errors.length} errors, ${warnings.length} warnings${warnings.length ? `:\n${warnings.join('\n')}` : ''}`,
  );
  expect(errors, errors.join('\n')).toEqual([]);
  expect(pages.length).toBeGreaterThan(10);
  // One Java process over ~150 pages: about a minute on an idle machine, several on a busy one.
}, 600_000);

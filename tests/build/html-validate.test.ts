// Valid HTML gate: html-validate (recommended preset, .htmlvalidate.json) over every built page, zero errors.
// Every rule relaxed there is explained in docs/TESTING.md ("Relaxed html-validate rules").
import { join } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate, type Message } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { DIST, DIST_BASE, ROOT, htmlPages, requireBuild } from '../../tools/lib/dist';

const validator = new HtmlValidate(new FileSystemConfigLoader());

const describeMessage = (file: string, { line, column, ruleId, message, selector }: Message) =>
  `${file}:${line}:${column} ${ruleId}: ${message}${selector ? ` (${selector})` : ''}`;

describe.each([
  { name: 'dist/', dir: DIST },
  { name: 'dist-ethics/', dir: DIST_BASE },
])('valid HTML in $name', ({ name, dir }) => {
  it('reports no error or warning on any page', async () => {
    requireBuild(dir);
    const pages = htmlPages(dir);
    const problems: string[] = [];
    for (const file of pages) {
      const report = await validator.validateFile(join(dir, file));
      for (const result of report.results)
        problems.push(...result.messages.map((message) => describeMessage(file, message)));
    }
    console.info(`${name}: ${pages.length} pages validated`);
    expect(
      problems,
      `html-validate problems (config: ${join(ROOT, '.htmlvalidate.json')}):\n${problems.join('\n')}`,
    ).toEqual([]);
    expect(pages.length).toBeGreaterThan(5);
  });
});

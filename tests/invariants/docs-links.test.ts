// The README is a map into docs/: every relative link in it and in docs/*.md must reach a file, and a #fragment a
// heading of that file (GitHub's heading ids), so moving text between the documents cannot leave a dead link.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import GithubSlugger from 'github-slugger';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../tools/lib/dist';

const documents = ['README.md', ...readdirSync(join(ROOT, 'docs')).map((name) => `docs/${name}`)].filter(
  (file) => file.endsWith('.md'),
);

function headingIds(file: string): Set<string> {
  const slugger = new GithubSlugger();
  const text = readFileSync(file, 'utf8').replace(/^```[\s\S]*?^```/gm, '');
  return new Set([...text.matchAll(/^#{1,6}\s+(.+)$/gm)].map((match) => slugger.slug(match[1]!.trim())));
}

describe('links between the README and docs/', () => {
  it.each(documents)('%s links only to files and headings that exist', (document) => {
    const text = readFileSync(join(ROOT, document), 'utf8');
    const dead: string[] = [];
    for (const [, target] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
      if (/^[a-z]+:/i.test(target!)) continue; // another site
      const [path, fragment] = target!.split('#');
      const file = path ? join(ROOT, dirname(document), path) : join(ROOT, document);
      if (!existsSync(file)) dead.push(`${target} (no file ${relative(ROOT, file)})`);
      else if (fragment && !headingIds(file).has(fragment)) dead.push(`${target} (no heading #${fragment})`);
    }
    expect(dead).toEqual([]);
  });

  it('keeps the README to the two commands, the content model and the map, linking the rest', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const sections = [...readme.matchAll(/^## (.+)$/gm)].map((match) => match[1]);
    expect(sections).toEqual(['Two commands', 'The content model', 'Map of the layers', 'More']);
    expect(readme).toContain('`npm ci && npm start`');
    expect(readme).toContain('`npm ci && npm test`');
    for (const doc of ['docs/ARCHITECTURE.md', 'docs/TESTING.md', 'docs/IMPORTING.md', 'docs/EDITORIAL.md'])
      expect(readme).toContain(doc);
  });
});

// npx vite-node scripts/sixth-code-review.ts <code-id> [draft|reviewed]
// For the sixth-code stage (scripts/sixth-code.sh) only: fills an imported code's front matter as an editor
// would and sets its status, and records the summary's omission note in docs/EDITORIAL.md as the editorial guide
// asks, so the suite can be run with a sixth code in place. Never run it on real content:
// reviewing a code means a person reading every clause.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SUMMARY_NOTE_REASON, writeFrontMatter } from '../tools/lib/front-matter';

const [id, status = 'reviewed'] = process.argv.slice(2);
if (!id || (status !== 'draft' && status !== 'reviewed')) {
  console.error('usage: vite-node scripts/sixth-code-review.ts <code-id> [draft|reviewed]');
  process.exit(1);
}
const file = join(import.meta.dirname, '..', 'content', 'codes', `${id}.mdx`);
writeFileSync(file, writeFrontMatter(readFileSync(file, 'utf8'), id, status));
console.log(`${file}: front matter written, status: ${status}`);

// The omission notes table lists every note by file; the new code's row goes after the last code's.
const editorialFile = join(import.meta.dirname, '..', 'docs', 'EDITORIAL.md');
const lines = readFileSync(editorialFile, 'utf8').split('\n');
const last = lines.findLastIndex((line) => line.startsWith('| codes/'));
if (last < 0) throw new Error('docs/EDITORIAL.md has no omission-notes row for a code to follow');
lines.splice(last + 1, 0, `| codes/${id}.mdx | topics | (the whole sentence) | ${SUMMARY_NOTE_REASON} |`);
writeFileSync(editorialFile, lines.join('\n'));
console.log(`${editorialFile}: its summary's topics note recorded`);

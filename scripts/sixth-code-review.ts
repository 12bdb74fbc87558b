// npx vite-node scripts/sixth-code-review.ts <code-id> [draft|reviewed]
// For the sixth-code stage (scripts/sixth-code.sh) only: fills an imported code's front matter as an editor
// would and sets its status, so the suite can be run with a sixth code in place. Never run it on real content:
// reviewing a code means a person reading every clause.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeFrontMatter } from '../tools/lib/front-matter';

const [id, status = 'reviewed'] = process.argv.slice(2);
if (!id || (status !== 'draft' && status !== 'reviewed')) {
  console.error('usage: vite-node scripts/sixth-code-review.ts <code-id> [draft|reviewed]');
  process.exit(1);
}
const file = join(import.meta.dirname, '..', 'content', 'codes', `${id}.mdx`);
writeFileSync(file, writeFrontMatter(readFileSync(file, 'utf8'), id, status));
console.log(`${file}: front matter written, status: ${status}`);

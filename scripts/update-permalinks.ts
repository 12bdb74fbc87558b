// Appends the URLs of new clauses to permalinks.txt. It never removes a line: a published permalink stays
// promised, and a renamed clause must keep its old id as an alias (see docs/ARCHITECTURE.md: Permalinks).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { assembleSiteData } from '../src/lib/content/assemble';
import { loadContent } from '../src/lib/content/load-from-disk';
import { appendNewPermalinks, clausePermalinks, parsePermalinkList } from '../src/lib/permalinks';

const root = join(import.meta.dirname, '..');
const listFile = join(root, 'permalinks.txt');
const before = readFileSync(listFile, 'utf8');
const after = appendNewPermalinks(
  before,
  clausePermalinks(assembleSiteData(loadContent(join(root, 'content')))),
);
writeFileSync(listFile, after);
const added = parsePermalinkList(after).length - parsePermalinkList(before).length;
console.log(`permalinks.txt: ${added} new, ${parsePermalinkList(after).length} in all`);

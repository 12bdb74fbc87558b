// Every file below a folder, as sorted paths relative to it with forward slashes: the one file lister, used by the
// build's integrations over the output and, through tools/lib/dist.ts, by tests, the bench and scripts.
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

export function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split('\\').join('/'))
    .sort();
}

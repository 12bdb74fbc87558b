// Measures search over the built site in Chromium: bytes of search JavaScript and WebAssembly, time to the
// first result (cold) and per keystroke (warm). Prints a table and writes JSON.
// Usage: npm run build && npm run measure:search [-- --runs 5 --out bench/tmp/search-latency.json]
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { measureSearch } from '../tools/lib/search-latency';
import { DIST, ROOT, requireBuild } from '../tools/lib/dist';

const args = process.argv.slice(2);
const option = (name: string) => {
  const index = args.indexOf(`--${name}`);
  return index >= 0 ? args[index + 1] : undefined;
};
const out = join(ROOT, option('out') ?? 'bench/tmp/search-latency.json');
const coldRuns = Number(option('runs') ?? 5);

requireBuild();
const result = await measureSearch({ dist: DIST, coldRuns });
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const { firstSearch, coldMs, warmKeystrokeMs } = result;
console.table({
  'search JS on every page (loader)': { value: kb(result.pageLoadSearchJsBytes) },
  'first search: JavaScript': { value: kb(firstSearch.jsBytes) },
  'first search: WebAssembly': { value: kb(firstSearch.wasmBytes) },
  'first search: index data': { value: kb(firstSearch.indexBytes) },
  [`cold, first result (median of ${coldMs.samples.length})`]: {
    value: `${coldMs.median} ms (max ${coldMs.max})`,
  },
  [`warm, per keystroke (median of ${warmKeystrokeMs.samples.length})`]: {
    value: `${warmKeystrokeMs.median} ms (p95 ${warmKeystrokeMs.p95})`,
  },
});
// Files of the first search; the many small index chunks and result fragments are summed per folder.
const rows = new Map<string, { kind: string; files: number; bytes: number }>();
for (const file of firstSearch.files) {
  const key = file.kind === 'index' ? file.path.replace(/[^/]+$/, '*') : file.path;
  const row = rows.get(key) ?? { kind: file.kind, files: 0, bytes: 0 };
  rows.set(key, { ...row, files: row.files + 1, bytes: row.bytes + file.bytes });
}
console.table(Object.fromEntries(rows));
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, `${JSON.stringify({ measured: new Date().toISOString(), ...result }, null, 2)}\n`);
console.log(`wrote ${relative(ROOT, out)}`);

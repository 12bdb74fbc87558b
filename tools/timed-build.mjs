// One `astro build` with timing marks, run in a fresh process by bench/run.ts and the scale build test (OUT_DIR and CONTENT_DIR come
// from the environment, as for `npm run build`). A bench-only integration, appended after the project's own,
// marks when the pages are generated and when the last `astro:build:done` hook (the pagefind index) has
// finished; the time between is the post-build indexing.
import { writeFileSync } from 'node:fs';
import { build } from 'astro';

const [timingsFile, cacheDir] = process.argv.slice(2);
if (!timingsFile || !cacheDir) throw new Error('usage: node tools/timed-build.mjs <timings.json> <cacheDir>');

const started = performance.now();
const marks = {};
const mark = (name) => () => {
  marks[name] = (performance.now() - started) / 1000;
};
await build({
  cacheDir,
  integrations: [
    {
      name: 'pec:bench-timing',
      hooks: {
        'astro:build:start': mark('buildStart'),
        'astro:build:generated': mark('generated'),
        'astro:build:done': mark('hooksDone'),
      },
    },
  ],
});
marks.end = (performance.now() - started) / 1000;
writeFileSync(timingsFile, JSON.stringify(marks));

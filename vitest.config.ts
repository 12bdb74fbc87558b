import { defineConfig } from 'vitest/config';

// Three kinds of test, run in this order by `npm test` (scripts/test.sh):
// unit (pure functions, no build), build (reads dist/ after `astro build`), browser (Chromium over dist/).
export default defineConfig({
  test: {
    // Browser tests share one Chromium and one static server per file; run files one at a time (2 cores).
    fileParallelism: false,
    projects: [
      {
        // invariants/: deliberate checks that span modules (one cell state everywhere, the docs' links, the lock).
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts', 'tests/invariants/**/*.test.ts'] },
      },
      {
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 300_000,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});

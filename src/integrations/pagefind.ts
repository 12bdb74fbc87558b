// Builds the search index after `astro build`: one pagefind record per clause (see lib/search/records.ts),
// written to <outDir>/pagefind/. Any pagefind error fails the build, so a site never ships without search.
import { rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { contentRoot } from '../config/content-root.mjs';
import { assembleSiteData } from '../lib/content/assemble';
import { loadContent } from '../lib/content/load-from-disk';
import { clauseRecords, type ClauseRecord } from '../lib/search/records';

/** The part of pagefind's Node API used here; tests pass a fake to check that errors stop the build. */
export type PagefindNode = Pick<typeof pagefind, 'createIndex' | 'close'>;

/**
 * Pagefind's prebuilt UIs inject inline styles (the CSP forbids them) and no page loads them: the site uses
 * the plain `pagefind.js` API with its own UI. Removed so nobody wires them up by accident.
 */
export const UNUSED_PAGEFIND_FILES = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
];

/** Indexes the records and writes the bundle; throws with every pagefind error, each naming its record. */
export async function writeSearchIndex(records: ClauseRecord[], outputPath: string, api: PagefindNode = pagefind): Promise<void> {
  const errors: string[] = [];
  try {
    const { index, errors: createErrors } = await api.createIndex({ forceLanguage: 'en' });
    errors.push(...createErrors);
    if (!index) throw new Error(`pagefind created no index${errors.length ? `:\n${errors.join('\n')}` : ''}`);
    for (const record of records) {
      const { errors: recordErrors } = await index.addCustomRecord(record);
      errors.push(...recordErrors.map((error) => `${record.url}: ${error}`));
    }
    if (errors.length === 0) errors.push(...(await index.writeFiles({ outputPath })).errors);
    if (errors.length === 0) errors.push(...(await waitForEntryFile(outputPath)));
  } finally {
    await api.close();
  }
  if (errors.length > 0) throw new Error(`pagefind failed:\n${errors.join('\n')}`);
  await Promise.all(UNUSED_PAGEFIND_FILES.map((file) => rm(join(outputPath, file), { force: true })));
}

/**
 * Pagefind's service can answer writeFiles before a large index is on disk; closing it then left a 500-code
 * build with an empty pagefind-entry.json (the manifest, written last) and a search that never loads. Waits
 * until the manifest has content, and reports it as an error if it never does.
 */
async function waitForEntryFile(outputPath: string, timeoutMs = 120_000): Promise<string[]> {
  const entry = join(outputPath, 'pagefind-entry.json');
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const size = await stat(entry).then((info) => info.size, () => 0);
    if (size > 0) return [];
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return [`${entry} is still empty ${timeoutMs / 1000} s after pagefind reported writing it`];
}

export function searchIndex(): AstroIntegration {
  let base = '/';
  let root: URL | undefined;
  return {
    name: 'pec:search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
        root = config.root;
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!root) throw new Error('pec:search-index: astro:config:done did not run');
        // The same content the pages were built from (CONTENT_DIR), read and checked the same way.
        const contentDir = fileURLToPath(new URL(`${contentRoot(process.env)}/`, root));
        const records = clauseRecords(assembleSiteData(loadContent(contentDir)), base);
        const outputPath = fileURLToPath(new URL('pagefind/', dir));
        await writeSearchIndex(records, outputPath);
        logger.info(`pagefind: ${records.length} clauses indexed in ${outputPath}`);
      },
    },
  };
}

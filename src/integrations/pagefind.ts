// Builds the search index after `astro build`: one pagefind record per clause (see lib/search/records.ts),
// written to <outDir>/pagefind/. Any pagefind error fails the build, so a site never ships without search.
// The records come from the SiteData the pages were rendered from (written by src/pages/site-data.json.ts), so
// pages and index share one content reader, Astro's collections.
import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { contentRoot } from '../config/content-root.mjs';
import type { SiteData } from '../lib/content/model';
import { clauseRecords, type ClauseRecord } from '../lib/search/records';

/** The build's SiteData in the output folder (src/pages/site-data.json.ts); read, then removed, here. */
const SITE_DATA_FILE = 'site-data.json';
/**
 * Where the SiteData of the last build of the real content/ is kept, in Astro's cache folder, for the test that
 * compares the two content readers (tests/build/content-reader.test.ts). Builds of other content (CONTENT_DIR:
 * fixtures, the bench) do not write it, so the copy always describes content/.
 */
export const SITE_DATA_COPY = 'pec-site-data.json';

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
export async function writeSearchIndex(
  records: ClauseRecord[],
  outputPath: string,
  api: PagefindNode = pagefind,
): Promise<void> {
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
    if (errors.length === 0) errors.push(...(await waitForFilesWritten(outputPath)));
  } finally {
    await api.close();
  }
  if (errors.length > 0) throw new Error(`pagefind failed:\n${errors.join('\n')}`);
  await Promise.all(UNUSED_PAGEFIND_FILES.map((file) => rm(join(outputPath, file), { force: true })));
}

/**
 * Pagefind's service can answer writeFiles before its files are on disk, and writes them side by side; closing it
 * then stops the writes where they are. That left a 500-code build with an empty pagefind-entry.json (the manifest)
 * and, on a loaded machine, a pagefind.js cut at 32 KiB (the sixth-code pass failed on it). Waits until the manifest
 * has content and no file in the folder has changed size for `quietMs`; reports an error if that never happens.
 */
async function waitForFilesWritten(
  outputPath: string,
  timeoutMs = 120_000,
  quietMs = 1_000,
): Promise<string[]> {
  const deadline = Date.now() + timeoutMs;
  let last = '';
  let quietSince = Date.now();
  while (Date.now() < deadline) {
    const sizes = await fileSizes(outputPath);
    const snapshot = [...sizes].join('\n');
    const now = Date.now();
    if (snapshot !== last) {
      last = snapshot;
      quietSince = now;
    } else if ((sizes.get('pagefind-entry.json') ?? 0) > 0 && now - quietSince >= quietMs) return [];
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return [
    `${outputPath}: pagefind's files were still being written ${timeoutMs / 1000} s after it reported writing them`,
  ];
}

/** Every file under `dir` (relative path, sorted) with its size; 0 for one that went away meanwhile. */
async function fileSizes(dir: string): Promise<Map<string, number>> {
  const files = (await readdir(dir, { recursive: true }).catch(() => [] as string[])).sort();
  const sizes = await Promise.all(
    files.map((file) =>
      stat(join(dir, file)).then(
        (info) => info.size,
        () => 0,
      ),
    ),
  );
  return new Map(files.map((file, i) => [file, sizes[i]!]));
}

/** Reads the build's SiteData from the output folder and removes the file; fails the build if it is missing. */
async function takeSiteData(dir: URL): Promise<{ site: SiteData; json: string }> {
  const file = new URL(SITE_DATA_FILE, dir);
  const json = await readFile(file, 'utf8').catch((error: unknown) => {
    throw new Error(
      `pec:search-index: ${fileURLToPath(file)} was not built (src/pages/site-data.json.ts): ${String(error)}`,
    );
  });
  await rm(file);
  return { site: JSON.parse(json) as SiteData, json };
}

export function searchIndex(): AstroIntegration {
  let base = '/';
  let cacheDir: URL | undefined;
  return {
    name: 'pec:search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
        cacheDir = config.cacheDir;
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!cacheDir) throw new Error('pec:search-index: astro:config:done did not run');
        const { site, json } = await takeSiteData(dir);
        if (contentRoot(process.env) === contentRoot({})) {
          await mkdir(cacheDir, { recursive: true });
          await writeFile(new URL(SITE_DATA_COPY, cacheDir), json);
        }
        const records = clauseRecords(site, base);
        const outputPath = fileURLToPath(new URL('pagefind/', dir));
        await writeSearchIndex(records, outputPath);
        logger.info(`pagefind: ${records.length} clauses indexed in ${outputPath}`);
      },
    },
  };
}

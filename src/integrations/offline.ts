// Writes the service worker after the build, once pagefind has written the search index (this integration comes
// after searchIndex in astro.config.mjs, and Astro runs astro:build:done hooks in that order): it precaches the
// reading pages and the search index under a version made from their contents (src/lib/offline/precache.ts).
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { paths } from '../lib/paths';
import { listFiles } from './list-files';
import {
  fileUrl,
  PRECACHE_MAX_BYTES,
  precacheFiles,
  precacheVersion,
  serviceWorkerSource,
  withinPrecacheCap,
} from '../lib/offline/precache';

/** Files read this many at a time: at 500 codes the precache holds ~20,000 files, past the open-file limit. */
const READ_BATCH = 256;

async function readInBatches(dir: string, files: string[]): Promise<{ file: string; content: Buffer }[]> {
  const entries: { file: string; content: Buffer }[] = [];
  for (let start = 0; start < files.length; start += READ_BATCH) {
    const batch = files.slice(start, start + READ_BATCH);
    entries.push(
      ...(await Promise.all(batch.map(async (file) => ({ file, content: await readFile(join(dir, file)) })))),
    );
  }
  return entries;
}

export function offline(): AstroIntegration {
  let base = '/';
  return {
    name: 'pec:offline',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const files = precacheFiles(listFiles(outDir));
        if (!files.includes('pagefind/pagefind.js'))
          throw new Error(
            'pec:offline: no pagefind/pagefind.js to precache; the search index must be written first',
          );
        const read = await readInBatches(outDir, files);
        const { kept: entries, deferred } = withinPrecacheCap(
          read.map((entry) => ({ ...entry, size: entry.content.length })),
        );
        const bytes = entries.reduce((sum, entry) => sum + entry.size, 0);
        const version = precacheVersion(entries);
        const urls = entries.map(({ file }) => fileUrl(file, base));
        await writeFile(join(outDir, paths.serviceWorker()), serviceWorkerSource({ version, urls, base }));
        logger.info(`offline: precache ${entries.length} files, ${bytes} bytes, version ${version}`);
        if (deferred.length > 0)
          logger.warn(
            `offline: ${deferred.length} files (${deferred.reduce((sum, entry) => sum + entry.size, 0)} bytes) are over the ` +
              `${PRECACHE_MAX_BYTES}-byte precache and are cached when read instead, the first ${deferred[0]!.file}`,
          );
      },
    },
  };
}

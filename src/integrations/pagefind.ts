// Builds the search index after `astro build`: one pagefind record per clause (see lib/search/records.ts),
// written to <outDir>/pagefind/. Any pagefind error fails the build, so a site never ships without search.
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { contentRoot } from '../config/content-root.mjs';
import { assembleSiteData } from '../lib/content/assemble';
import { loadContent } from '../lib/content/load-from-disk';
import { clauseRecords } from '../lib/search/records';

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
        const errors: string[] = [];
        try {
          const { index, errors: createErrors } = await pagefind.createIndex({ forceLanguage: 'en' });
          errors.push(...createErrors);
          if (!index) throw new Error('pagefind created no index');
          for (const record of records) {
            const { errors: recordErrors } = await index.addCustomRecord(record);
            errors.push(...recordErrors.map((error) => `${record.url}: ${error}`));
          }
          errors.push(...(await index.writeFiles({ outputPath })).errors);
        } finally {
          await pagefind.close();
        }
        if (errors.length > 0) throw new Error(`pagefind failed:\n${errors.join('\n')}`);
        logger.info(`pagefind: ${records.length} clauses indexed in ${outputPath}`);
      },
    },
  };
}

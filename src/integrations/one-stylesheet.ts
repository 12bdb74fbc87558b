// After the build, gives every page one stylesheet (build/stylesheets.ts) and removes the split files no
// page links any more. Must run before integrations that read the built pages' assets.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { listFiles } from './list-files';
import { bundleFor, replaceStylesheetLinks, stylesheetHrefs } from '../build/stylesheets';

/** Every file below dir, as absolute paths. */
const filesUnder = (dir: string) => listFiles(dir).map((file) => join(dir, file));

export function oneStylesheet(): AstroIntegration {
  let base = '/';
  return {
    name: 'pec:one-stylesheet',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const toFile = (href: string) => {
          if (!href.startsWith(base))
            throw new Error(`stylesheets: ${href} is outside the base path ${base}`);
          return join(root, href.slice(base.length));
        };
        const files = filesUnder(root);
        const joined = new Set<string>();
        let pages = 0;
        const bundles = new Set<string>();
        for (const page of files.filter((file) => file.endsWith('.html'))) {
          const html = readFileSync(page, 'utf8');
          const hrefs = stylesheetHrefs(html);
          if (hrefs.length < 2) continue;
          const bundle = bundleFor(hrefs, (href) => readFileSync(toFile(href), 'utf8'));
          if (!bundles.has(bundle.file)) writeFileSync(join(root, bundle.file), bundle.css);
          bundles.add(bundle.file);
          hrefs.forEach((href) => joined.add(toFile(href)));
          writeFileSync(page, replaceStylesheetLinks(html, `${base}${bundle.file}`));
          pages += 1;
        }
        // Drop the parts no page or script names any more.
        const referrers = filesUnder(root).filter(
          (file) => /\.(?:html|js|css)$/.test(file) && !joined.has(file),
        );
        const texts = referrers.map((file) => readFileSync(file, 'utf8'));
        let removed = 0;
        for (const part of joined) {
          const name = relative(root, part).split('/').pop()!;
          if (texts.some((text) => text.includes(name))) continue;
          rmSync(part);
          removed += 1;
        }
        logger.info(
          `${pages} pages now link one stylesheet each (${bundles.size} files; ${removed} split files removed)`,
        );
      },
    },
  };
}

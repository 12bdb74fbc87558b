// Reading the built site, for tests, the benchmark and scripts.
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { listFiles as listFilesBelow } from '../../src/integrations/list-files';

export const ROOT = join(import.meta.dirname, '../..');
export const DIST = join(ROOT, 'dist');
/** The build under SITE_BASE=/ethics/, made by scripts/test.sh. */
export const DIST_BASE = join(ROOT, 'dist-ethics');
export const BASE_PATH = '/ethics/';

export function requireBuild(dir = DIST): void {
  if (!existsSync(join(dir, 'index.html')))
    throw new Error(`${relative(ROOT, dir)}/ has no build: run \`npm run build\` first`);
}

/** Every file below dir, as sorted paths relative to it with forward slashes (the build's own lister). */
export function listFiles(dir = DIST): string[] {
  return listFilesBelow(dir);
}

export function htmlPages(dir = DIST): string[] {
  return listFiles(dir).filter((file) => file.endsWith('.html'));
}

export function readPage(file: string, dir = DIST): HTMLElement {
  return parse(readFileSync(join(dir, file), 'utf8'));
}

/** Text of the page's <main>, as a reader sees it (scripts and styles left out). */
export function mainText(page: HTMLElement): string {
  const main = page.querySelector('main');
  if (!main) throw new Error('page has no <main>');
  main.querySelectorAll('script, style, template').forEach((node) => node.remove());
  return main.textContent;
}

// Reading the built site, for tests, the benchmark and scripts.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

export const ROOT = join(import.meta.dirname, '../..');
export const DIST = join(ROOT, 'dist');
/** The build under SITE_BASE=/ethics/, made by scripts/test.sh. */
export const DIST_BASE = join(ROOT, 'dist-ethics');
export const BASE_PATH = '/ethics/';

export function requireBuild(dir = DIST): void {
  if (!existsSync(join(dir, 'index.html')))
    throw new Error(`${relative(ROOT, dir)}/ has no build: run \`npm run build\` first`);
}

/** Every file below dir, as paths relative to it with forward slashes. */
export function listFiles(dir = DIST): string[] {
  const out: string[] = [];
  const walk = (current: string) => {
    for (const name of readdirSync(current)) {
      const full = join(current, name);
      if (statSync(full).isDirectory()) walk(full);
      else out.push(relative(dir, full).split('\\').join('/'));
    }
  };
  walk(dir);
  return out.sort();
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

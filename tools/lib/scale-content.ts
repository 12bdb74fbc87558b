// Writes a content folder for a scale run: the real themes, guidelines, search lexicon and codes (the guidelines point at the IAPS
// values, the theme notes cite clauses of every real code), and synthetic codes up to `codes` in all. The real
// content/ is only read.
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadContent } from '../../src/lib/content/load-from-disk';
import { syntheticCodes, type ThemeSeed } from './synthetic';

export function themeSeeds(contentDir: string): ThemeSeed[] {
  return loadContent(contentDir).themes.map((theme) => ({ id: theme.id, synonyms: theme.data.synonyms }));
}

/** Fills `target` (emptied first) with `codes` codes: the real ones plus synthetic ones. Returns the clause count of the synthetic ones. */
export function writeScaleContent(
  realContent: string,
  target: string,
  codes: number,
  seed?: number,
): { synthetic: number } {
  const real = readdirSync(join(realContent, 'codes')).filter((name) => name.endsWith('.mdx'));
  if (!Number.isInteger(codes) || codes < real.length) {
    throw new Error(
      `--codes must be a whole number of at least ${real.length} (the real codes), got ${codes}`,
    );
  }
  rmSync(target, { recursive: true, force: true });
  mkdirSync(join(target, 'codes'), { recursive: true });
  for (const folder of ['themes', 'guidelines', 'codes'])
    cpSync(join(realContent, folder), join(target, folder), { recursive: true });
  // The search lexicon, so a scale run searches the way the real site does.
  if (existsSync(join(realContent, 'search')))
    cpSync(join(realContent, 'search'), join(target, 'search'), { recursive: true });
  const generated = syntheticCodes(codes - real.length, themeSeeds(realContent), seed);
  for (const code of generated) writeFileSync(join(target, 'codes', `${code.id}.mdx`), code.mdx);
  return { synthetic: generated.length };
}

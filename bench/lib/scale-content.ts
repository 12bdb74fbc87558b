// Writes a content folder for a scale run: the real themes, guidelines and search lexicon, the real IAPS code (the guidelines
// point at its values), and synthetic codes up to `codes` in all. The real content/ is only read.
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GUIDELINE_CODE_ID } from '../../src/lib/content/validate';
import { loadContent } from '../../src/lib/content/load-from-disk';
import { syntheticCodes, type ThemeSeed } from './synthetic';

export function themeSeeds(contentDir: string): ThemeSeed[] {
  return loadContent(contentDir).themes.map((theme) => ({ id: theme.id, synonyms: theme.data.synonyms }));
}

/** Fills `target` (emptied first) with `codes` codes: IAPS plus codes − 1 synthetic ones. Returns the clause count of the synthetic ones. */
export function writeScaleContent(realContent: string, target: string, codes: number, seed?: number): { synthetic: number } {
  if (!Number.isInteger(codes) || codes < 1) throw new Error(`--codes must be a whole number of at least 1, got ${codes}`);
  rmSync(target, { recursive: true, force: true });
  mkdirSync(join(target, 'codes'), { recursive: true });
  cpSync(join(realContent, 'themes'), join(target, 'themes'), { recursive: true });
  cpSync(join(realContent, 'guidelines'), join(target, 'guidelines'), { recursive: true });
  // The search lexicon, so a scale run searches the way the real site does.
  if (existsSync(join(realContent, 'search'))) cpSync(join(realContent, 'search'), join(target, 'search'), { recursive: true });
  const iaps = `${GUIDELINE_CODE_ID}.mdx`;
  writeFileSync(join(target, 'codes', iaps), readFileSync(join(realContent, 'codes', iaps)));
  const generated = syntheticCodes(codes - 1, themeSeeds(realContent), seed);
  for (const code of generated) writeFileSync(join(target, 'codes', `${code.id}.mdx`), code.mdx);
  return { synthetic: generated.length };
}

// Loads a content folder from disk the way Astro's glob loader and schemas do, for tools that run outside
// Astro: tests on fixtures, the permalink list, the benchmark.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load as parseYaml } from 'js-yaml';
import type { ZodTypeAny, infer as ZodInfer } from 'astro/zod';
import { codeSchema } from '../../schemas/code';
import { guidelineSchema } from '../../schemas/guideline';
import { scenarioSchema } from '../../schemas/scenario';
import { themeSchema } from '../../schemas/theme';
import { loadLexicon } from '../search/lexicon-file';
import type { RawContent } from './assemble';
import type { RawEntry } from './model';


/** Splits front matter from body; throws, naming the file, where the front matter does not parse. */
export function splitFrontMatter(source: string, file: string): { data: unknown; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(source);
  if (!match) throw new Error(`${file}: no front matter`);
  return { data: parseYaml(match[1] ?? ''), body: match[2] ?? '' };
}

function loadFolder<S extends ZodTypeAny>(root: string, folder: string, extension: string, schema: S): RawEntry<ZodInfer<S>>[] {
  const dir = join(root, folder);
  return readdirSync(dir)
    .filter((name) => name.endsWith(extension))
    .sort()
    .map((name) => {
      const filePath = `${folder}/${name}`;
      const { data, body } = splitFrontMatter(readFileSync(join(dir, name), 'utf8'), filePath);
      const parsed = schema.safeParse(data);
      if (!parsed.success) {
        const issues = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`).join('; ');
        throw new Error(`${filePath}: front matter does not match the schema: ${issues}`);
      }
      return { id: name.slice(0, -extension.length), filePath, body, data: parsed.data };
    });
}

export function loadContent(root: string): RawContent {
  return {
    codes: loadFolder(root, 'codes', '.mdx', codeSchema),
    themes: loadFolder(root, 'themes', '.md', themeSchema),
    guidelines: loadFolder(root, 'guidelines', '.mdx', guidelineSchema),
    // Scenarios are optional: a content folder without them (the older fixtures) has none.
    scenarios: existsSync(join(root, 'scenarios')) ? loadFolder(root, 'scenarios', '.mdx', scenarioSchema) : [],
    lexicon: loadLexicon(root),
  };
}

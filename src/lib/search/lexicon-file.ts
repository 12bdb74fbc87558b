// Reads the search lexicon (`<content>/search/lexicon.yaml`) from disk, for the build. A content folder
// without one (the test fixtures) has an empty lexicon; a file that does not match the schema fails the build.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load as parseYaml } from 'js-yaml';
import { lexiconSchema, type Lexicon } from '../../schemas/lexicon';

const LEXICON_FILE = 'search/lexicon.yaml';

export function loadLexicon(contentDir: string): Lexicon {
  const file = join(contentDir, LEXICON_FILE);
  if (!existsSync(file)) return { filler: [], entries: [] };
  return parseLexicon(readFileSync(file, 'utf8'), file);
}

export function parseLexicon(source: string, file = LEXICON_FILE): Lexicon {
  let data: unknown;
  try {
    data = parseYaml(source);
  } catch (error) {
    throw new Error(`${file}: not valid YAML: ${(error as Error).message}`);
  }
  const parsed = lexiconSchema.safeParse(data);
  if (!parsed.success) {
    const issues = parsed.error.issues
      .map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`)
      .join('; ');
    throw new Error(`${file}: does not match the lexicon schema: ${issues}`);
  }
  return parsed.data;
}

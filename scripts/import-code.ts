// npm run import-code -- <source.txt> --id <code-id> [--title "…"] [--from "…"] [--to "…"] [--item-name Principle]
//   [--audience behavioral-health|first-responder] [--force]
// Writes content/codes/<code-id>.mdx (status: draft, tags proposed), copies the source into the fidelity fixtures
// with its region, and prints a report of what it found and what to check. See README: Adding or editing a code.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { assembleSiteData } from '../src/lib/content/assemble';
import { loadContent } from '../src/lib/content/load-from-disk';
import { checkImport } from '../src/authoring/import/check';
import { decodeSource, type DecodedSource } from '../src/authoring/import/decode';
import { importCode } from '../src/authoring/import/import-code';
import { withRegion } from '../src/authoring/import/regions';
import { reviewedClauses, themeWords } from '../src/authoring/tagging/corpus';
import { DEFAULT_RULE, trainSuggester } from '../src/authoring/tagging/suggester';
import { loadWordNet } from '../src/authoring/tagging/wordnet';
import { loadLexicon } from '../src/lib/search/lexicon-file';
import { audiences, type Audience } from '../src/schemas/code';

const root = join(import.meta.dirname, '..');
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    id: { type: 'string' },
    title: { type: 'string' },
    from: { type: 'string' },
    to: { type: 'string' },
    'item-name': { type: 'string' },
    audience: { type: 'string', default: 'behavioral-health' },
    content: { type: 'string', default: join(root, 'content') },
    fixtures: { type: 'string', default: join(root, 'content/sources') },
    force: { type: 'boolean', default: false },
  },
});

function fail(message: string): never {
  console.error(`import-code: ${message}`);
  process.exit(1);
}

const sourcePath =
  positionals[0] ?? fail('give the source text file: npm run import-code -- <source.txt> --id <code-id>');
if (!existsSync(sourcePath)) fail(`no such file: ${sourcePath}`);
const id =
  values.id ?? fail('give the code id with --id, e.g. --id ohio-cps (it becomes the URL /codes/ohio-cps/)');
if (!(audiences as readonly string[]).includes(values.audience!))
  fail(`--audience must be one of ${audiences.join(', ')}`);
const target = join(values.content!, 'codes', `${id}.mdx`);
if (existsSync(target) && !values.force) fail(`${target} exists already; pass --force to replace it`);

// Reading only: a draft still holding placeholders must not stop the next import.
const site = assembleSiteData(loadContent(values.content!), { allowDraftPlaceholders: true });
const themes = themeWords(site, loadLexicon(values.content!));
// WordNet's related words let a code worded unlike the reviewed ones be read through words they use.
const suggester = trainSuggester(reviewedClauses(site), themes, DEFAULT_RULE, loadWordNet().related);
const sourceFile = basename(sourcePath);
let decoded: DecodedSource;
try {
  decoded = decodeSource(readFileSync(sourcePath));
} catch (error) {
  fail(`${sourcePath}: ${(error as Error).message}`);
}
// The source as read (UTF-8, "\n" line endings) is what the fidelity fixtures keep.
const source = decoded.text;

let result;
try {
  result = importCode(source, {
    id,
    sourceFile,
    title: values.title,
    from: values.from,
    to: values.to,
    itemName: values['item-name'],
    audience: values.audience as Audience,
    order: Math.max(0, ...site.codes.map((code) => code.data.order)) + 1,
    importedOn: new Date().toISOString().slice(0, 10),
    readAs: `${decoded.encoding}${decoded.convertedLineEndings ? ', Windows line endings (CRLF) read as line breaks' : ''}`,
    tags: (texts) => suggester.proposeCode(texts),
  });
} catch (error) {
  fail((error as Error).message);
}

const problems = checkImport(
  result,
  id,
  themes.map((theme) => theme.id),
);
if (problems.length > 0)
  fail(`the generated file does not read back as imported (nothing written):\n  ${problems.join('\n  ')}`);

const fixture = join(values.fixtures!, sourceFile);
if (existsSync(fixture) && readFileSync(fixture, 'utf8') !== source) {
  fail(`${fixture} exists with other text; rename the source file and import again`);
}
writeFileSync(target, result.mdx);
writeFileSync(fixture, source);
const manifest = join(values.fixtures!, 'regions.json');
writeFileSync(manifest, withRegion(readFileSync(manifest, 'utf8'), id, result.region));
console.log(result.report);
console.log(
  `\nWrote ${target}\nCopied the source (as UTF-8) to ${fixture} and its region to ${manifest} (the fidelity test reads both).`,
);

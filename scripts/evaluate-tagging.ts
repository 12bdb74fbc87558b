// Prints the leave-one-code-out evaluation of the tag suggester over the reviewed codes (see docs/ARCHITECTURE.md:
// Proposed tagging). With --write, also updates the headline figure where the docs quote it (README.md, docs/*.md),
// as an editor does after a code is reviewed (tests/unit/tagging.test.ts checks the quoted figure).
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { assembleSiteData } from '../src/lib/content/assemble';
import { loadContent } from '../src/lib/content/load-from-disk';
import { evaluationInput } from '../src/authoring/tagging/corpus';
import {
  evaluateLeaveOneCodeOut,
  evaluateUnseen,
  formatEvaluation,
  formatUnseen,
  type EvaluationInput,
} from '../src/authoring/tagging/evaluate';
import { DEFAULT_RULE } from '../src/authoring/tagging/suggester';
import { loadWordNet } from '../src/authoring/tagging/wordnet';
import { loadLexicon } from '../src/lib/search/lexicon-file';
import { themeGroupLabels } from '../src/schemas/theme';

const root = join(import.meta.dirname, '..');
const site = assembleSiteData(loadContent(join(root, 'content')));
// The search lexicon's everyday words for each theme are part of what the suggester knows of it (corpus.ts).
const lexicon = loadLexicon(join(root, 'content'));
// Read as the importer reads (scripts/import-code.ts): with WordNet's related words.
const { related } = loadWordNet();
const report = formatEvaluation(
  evaluateLeaveOneCodeOut(evaluationInput(site, lexicon), DEFAULT_RULE, related),
  themeGroupLabels,
);
console.log(report);

// Codes in wording unlike the reviewed ones, tagged by an editor (tests/fixtures/tagging/): measured, never tuned to.
const unseenDir = join(root, 'tests/fixtures/tagging');
const unseen: EvaluationInput['codes'] = readdirSync(unseenDir)
  .filter((name) => name.endsWith('.json'))
  .map((name) => JSON.parse(readFileSync(join(unseenDir, name), 'utf8')) as EvaluationInput['codes'][number]);
console.log(
  `\n${formatUnseen(evaluateUnseen(evaluationInput(site, lexicon), unseen, DEFAULT_RULE, related))}`,
);

if (process.argv.includes('--write')) {
  const HEADLINE = /first proposed theme is a reviewed theme: \d+% \(among its themes or touches: \d+%\)/;
  const headline = HEADLINE.exec(report)![0];
  const docs = join(root, 'docs');
  const files = [
    join(root, 'README.md'),
    ...(existsSync(docs) ? readdirSync(docs).filter((name) => name.endsWith('.md')) : []).map((name) =>
      join(docs, name),
    ),
  ];
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    if (!HEADLINE.test(text)) continue;
    writeFileSync(file, text.replace(HEADLINE, headline));
    console.log(`updated the quoted figure in ${file}`);
  }
}

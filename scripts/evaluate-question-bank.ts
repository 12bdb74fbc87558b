// Prints the leave-one-question-out figures of the whole-question matching (tools/lib/question-bank-evaluation.ts):
// the development measure for its settings, in place of the evaluation sets (docs/SEARCH.md); then, over the same
// questions, how often the clauses shown first are ones their page stands on (tools/lib/clause-ranking-evaluation.ts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import wordListPath from 'word-list';
import { assembleSiteData } from '../src/lib/content/assemble';
import { loadContent } from '../src/lib/content/load-from-disk';
import { buildRealWords, buildSearchKnowledge } from '../src/lib/search/knowledge';
import { SCENARIO_LIFT } from '../src/lib/search/evidence';
import { loadLexicon } from '../src/lib/search/lexicon-file';
import type { BankQuestion } from '../src/lib/search/questions';
import { THEME_READING } from '../src/lib/search/read-themes';
import { searchThemeModel } from '../src/lib/search/theme-model';
import { evaluateClauseRanking, formatClauseRanking } from '../tools/lib/clause-ranking-evaluation';
import { evaluateQuestionBank, formatQuestionBankEvaluation } from '../tools/lib/question-bank-evaluation';
import { readQuestionsAlone } from '../tools/lib/questions-read-alone';

// `--lift <weight>,<trust>`: other settings of how scenarios lift their clauses (lib/search/evidence.ts).
// `--read <top>,<weight>[,<min words>]`: other settings of the themes the model reads a query as
// (lib/search/read-themes.ts); `--read 0,0` reads with the query's words alone.
const { values } = parseArgs({ options: { lift: { type: 'string' }, read: { type: 'string' } } });
function numbers(option: string, value: string | undefined, example: string, most = 2): number[] | null {
  if (value === undefined) return null;
  const parts = value.split(',').map(Number);
  if (parts.length < 2 || parts.length > most || !parts.every(Number.isFinite)) {
    console.error(`--${option} takes numbers, e.g. --${option} ${example} (got "${value}")`);
    process.exit(1);
  }
  return parts;
}
const lifted = numbers('lift', values.lift, '1.5,0.5');
const lift = lifted ? { weight: lifted[0]!, trust: lifted[1]! } : SCENARIO_LIFT;
const readAt = numbers('read', values.read, '2,0.25,3', 3);
const reading = readAt
  ? { top: readAt[0]!, weight: readAt[1]!, minWords: readAt[2] ?? THEME_READING.minWords }
  : THEME_READING;

const content = join(import.meta.dirname, '..', 'content');
const site = assembleSiteData(loadContent(content));
const lexicon = loadLexicon(content);
const knowledge = buildSearchKnowledge(site, lexicon, '/');
const realWords = buildRealWords(knowledge, readFileSync(wordListPath, 'utf8').split('\n'));
// The theme model the search ships (lib/search/theme-model.ts), trained without the question it reads.
const withoutQuestion = (question: BankQuestion) =>
  searchThemeModel(
    {
      codes: site.codes,
      themes: site.themes.map((theme) =>
        question.kind === 'theme' && theme.id === question.id
          ? {
              ...theme,
              data: {
                ...theme.data,
                readerQuestions: theme.data.readerQuestions?.filter((text) => text !== question.text),
              },
            }
          : theme,
      ),
    },
    lexicon,
  );
// Each question is read once, without itself in the bank or the model, for both measures.
const readings = readQuestionsAlone(knowledge, realWords, withoutQuestion, reading);
console.log(
  `Themes read by the model: the best ${reading.top} at weight ${reading.weight}, ` +
    `for queries of ${reading.minWords} meaningful words or more\n`,
);
console.log(formatQuestionBankEvaluation(evaluateQuestionBank(knowledge, readings)));
console.log(`\nScenario lift: weight ${lift.weight}, trust ${lift.trust}`);
console.log(formatClauseRanking(evaluateClauseRanking(site, knowledge, readings, lift)));

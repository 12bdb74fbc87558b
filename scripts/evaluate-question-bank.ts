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
import { evaluateClauseRanking, formatClauseRanking } from '../tools/lib/clause-ranking-evaluation';
import { evaluateQuestionBank, formatQuestionBankEvaluation } from '../tools/lib/question-bank-evaluation';
import { readQuestionsAlone } from '../tools/lib/questions-read-alone';

const content = join(import.meta.dirname, '..', 'content');
const site = assembleSiteData(loadContent(content));
const knowledge = buildSearchKnowledge(site, loadLexicon(content), '/');
const realWords = buildRealWords(knowledge, readFileSync(wordListPath, 'utf8').split('\n'));
// Each question is read once, without itself in the bank, for both measures.
const readings = readQuestionsAlone(knowledge, realWords);
console.log(formatQuestionBankEvaluation(evaluateQuestionBank(knowledge, readings)));
// `--lift <weight>,<trust>` measures other settings of how scenarios lift their clauses (lib/search/evidence.ts).
const { values } = parseArgs({ options: { lift: { type: 'string' } } });
let lift = SCENARIO_LIFT;
if (values.lift !== undefined) {
  const parts = values.lift.split(',').map(Number);
  const [weight, trust] = parts;
  if (parts.length !== 2 || !Number.isFinite(weight) || !Number.isFinite(trust)) {
    console.error(
      `--lift takes two numbers, the weight and the trust, e.g. --lift 1.5,0.5 (got "${values.lift}")`,
    );
    process.exit(1);
  }
  lift = { weight: weight!, trust: trust! };
}
console.log(`\nScenario lift: weight ${lift.weight}, trust ${lift.trust}`);
console.log(formatClauseRanking(evaluateClauseRanking(site, knowledge, readings, lift)));

// Prints the leave-one-question-out figures of the whole-question matching (tools/lib/question-bank-evaluation.ts):
// the development measure for its settings, in place of the evaluation sets (docs/SEARCH.md).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import wordListPath from 'word-list';
import { assembleSiteData } from '../src/lib/content/assemble';
import { loadContent } from '../src/lib/content/load-from-disk';
import { buildRealWords, buildSearchKnowledge } from '../src/lib/search/knowledge';
import { loadLexicon } from '../src/lib/search/lexicon-file';
import { evaluateQuestionBank, formatQuestionBankEvaluation } from '../tools/lib/question-bank-evaluation';

const content = join(import.meta.dirname, '..', 'content');
const knowledge = buildSearchKnowledge(assembleSiteData(loadContent(content)), loadLexicon(content), '/');
const realWords = buildRealWords(knowledge, readFileSync(wordListPath, 'utf8').split('\n'));
console.log(formatQuestionBankEvaluation(evaluateQuestionBank(knowledge, realWords)));

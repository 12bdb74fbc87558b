// Prints the leave-one-code-out evaluation of the tag suggester over the reviewed codes (see docs/ARCHITECTURE.md: Proposed tagging).
import { join } from 'node:path';
import { assembleSiteData } from '../src/lib/content/assemble';
import { loadContent } from '../src/lib/content/load-from-disk';
import { evaluationInput } from '../src/lib/tagging/corpus';
import { evaluateLeaveOneCodeOut, formatEvaluation } from '../src/lib/tagging/evaluate';
import { themeGroupLabels } from '../src/schemas/theme';

const site = assembleSiteData(loadContent(join(import.meta.dirname, '..', 'content')));
console.log(formatEvaluation(evaluateLeaveOneCodeOut(evaluationInput(site)), themeGroupLabels));

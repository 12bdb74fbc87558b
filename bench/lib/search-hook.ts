// Search figures for a bench run: latency from tools/lib/search-latency.ts (the same measurement
// `npm run measure:search` prints), including every keystroke of the evaluation questions, and transfer per
// query from pagefind-transfer.ts. A build without dist/pagefind/ (search failed to index) reports null, shown
// as "n/a": no made-up numbers.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { measurePagefindTransfer, type TransferFigures } from './pagefind-transfer';
import { measureSearch as measureLatency } from '../../tools/lib/search-latency';

/** Fixed queries: words readers type, from the themes' synonyms. */
const SEARCH_QUERIES = [
  'gifts',
  'confidentiality',
  'dating a client',
  'burnout',
  'supervisor',
  'social media',
  'mandatory reporting',
  'respect',
  'loans',
  'conflict of interest',
];

/** The evaluation set's questions (tests/fixtures/search-eval.json), typed keystroke by keystroke. */
function evalQuestions(): string[] {
  const file = join(import.meta.dirname, '../../tests/fixtures/search-eval.json');
  return (JSON.parse(readFileSync(file, 'utf8')) as { questions: { q: string }[] }).questions.map(
    (question) => question.q,
  );
}

export interface SearchFigures {
  coldMs: number | null;
  warmMedianMs: number | null;
  /** 95th percentile of the warm keystrokes (typing the fixed queries): the target is under 50 ms. */
  warmP95Ms: number | null;
  evalMedianMs: number | null;
  evalP95Ms: number | null;
  transfer: TransferFigures | null;
  /** Why a figure is n/a, when one is. */
  note: string;
}

export async function measureSearch(dir: string, base: string): Promise<SearchFigures> {
  if (!existsSync(join(dir, 'pagefind', 'pagefind.js'))) {
    return {
      coldMs: null,
      warmMedianMs: null,
      warmP95Ms: null,
      evalMedianMs: null,
      evalP95Ms: null,
      transfer: null,
      note: 'n/a: this build has no pagefind/',
    };
  }
  // Cold: the header box's first search on a fresh page (median of its runs); warm: every further keystroke
  // typing the fixed queries; eval: every keystroke of the evaluation questions.
  // A question that never shows its results (a timeout) leaves the evaluation figures n/a with the reason,
  // rather than losing the whole run; the fixed queries are then measured on their own.
  let note = '';
  let latency;
  try {
    latency = await measureLatency({
      dist: dir,
      base,
      warmQueries: SEARCH_QUERIES,
      evalQueries: evalQuestions(),
    });
  } catch (error) {
    note = `evaluation questions n/a: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`;
    latency = await measureLatency({ dist: dir, base, warmQueries: SEARCH_QUERIES });
  }
  const transfer = await measurePagefindTransfer(dir, base, SEARCH_QUERIES);
  return {
    coldMs: latency.coldMs.median,
    warmMedianMs: latency.warmKeystrokeMs.median,
    warmP95Ms: latency.warmKeystrokeMs.p95,
    evalMedianMs: latency.evalKeystrokeMs?.median ?? null,
    evalP95Ms: latency.evalKeystrokeMs?.p95 ?? null,
    transfer,
    note,
  };
}

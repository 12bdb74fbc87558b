// Search figures for a bench run: latency from bench/lib/search-latency.ts (the same measurement
// `npm run measure:search` prints), transfer per query from pagefind-transfer.ts. A build without
// dist/pagefind/ (search failed to index) reports null, shown as "n/a": no made-up numbers.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { measurePagefindTransfer, type TransferFigures } from './pagefind-transfer';
import { measureSearch as measureLatency } from './search-latency';

/** Fixed queries: words readers type, from the themes' synonyms. */
export const SEARCH_QUERIES = ['gifts', 'confidentiality', 'dating a client', 'burnout', 'supervisor', 'social media', 'mandatory reporting', 'respect', 'loans', 'conflict of interest'];

export interface SearchFigures {
  coldMs: number | null;
  warmMedianMs: number | null;
  transfer: TransferFigures | null;
  /** Why a figure is n/a, when one is. */
  note: string;
}

export async function measureSearch(dir: string, base: string): Promise<SearchFigures> {
  if (!existsSync(join(dir, 'pagefind', 'pagefind.js'))) {
    return { coldMs: null, warmMedianMs: null, transfer: null, note: 'n/a: this build has no pagefind/' };
  }
  // Cold: the header box's first search on a fresh page (median of its runs); warm: every further keystroke
  // typing the fixed queries.
  const latency = await measureLatency({ dist: dir, base, warmQueries: SEARCH_QUERIES });
  const transfer = await measurePagefindTransfer(dir, base, SEARCH_QUERIES);
  return { coldMs: latency.coldMs.median, warmMedianMs: latency.warmKeystrokeMs.median, transfer, note: '' };
}

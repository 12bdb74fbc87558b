// ─── SEARCH HOOK ────────────────────────────────────────────────────────────────────────────────────────────
// Search latency comes from the search branch's measuring module, bench/lib/search-latency.ts (on main since
// the search merge; not on this branch). Without it, or when the build has no dist/pagefind/, the latency
// figures are null, shown as "n/a": no made-up numbers. The interface used (as on main):
//
//   export function measureSearch(options: { dist: string; base?: string; warmQueries?: string[] }):
//     Promise<{ coldMs: { median: number }; warmKeystrokeMs: { median: number }; … }>
//
// Transfer per query is measured here (pagefind-transfer.ts) whenever dist/pagefind/ exists.
// ────────────────────────────────────────────────────────────────────────────────────────────────────────────
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { measurePagefindTransfer, type TransferFigures } from './pagefind-transfer';

/** Fixed queries: words readers type, from the themes' synonyms and the brief. */
export const SEARCH_QUERIES = ['gifts', 'confidentiality', 'dating a client', 'burnout', 'supervisor', 'social media', 'mandatory reporting', 'respect', 'loans', 'conflict of interest'];

/** The evaluation set's questions (tests/fixtures/search-eval.json), typed keystroke by keystroke. */
export function evalQuestions(): string[] {
  const file = join(import.meta.dirname, '../../tests/fixtures/search-eval.json');
  return (JSON.parse(readFileSync(file, 'utf8')) as { questions: { q: string }[] }).questions.map((question) => question.q);
}

export interface SearchFigures {
  coldMs: number | null;
  warmMedianMs: number | null;
  /** Keystroke to results on screen over every keystroke of the evaluation questions: median and p95. */
  evalMedianMs: number | null;
  evalP95Ms: number | null;
  transfer: TransferFigures | null;
  /** Why a figure is n/a, when one is. */
  note: string;
}

const LATENCY_MODULE = './search-latency.ts';

type Latency = { coldMs: number; warmMedianMs: number; evalMedianMs: number | null; evalP95Ms: number | null };

async function callLatencyModule(dir: string, base: string): Promise<Latency | string> {
  if (!existsSync(join(import.meta.dirname, LATENCY_MODULE))) return `latency: n/a until ${LATENCY_MODULE.slice(2)} (search branch) is merged`;
  const module = (await import(/* @vite-ignore */ LATENCY_MODULE)) as Record<string, unknown>;
  const measure = module.measureSearch;
  if (typeof measure !== 'function') return `latency: n/a: ${LATENCY_MODULE} exports no measureSearch (adapt bench/lib/search-hook.ts)`;
  // Cold: the header box's first search on a fresh page (median of its runs); warm: every further keystroke
  // typing the fixed queries.
  const result = (await measure({ dist: dir, base, warmQueries: SEARCH_QUERIES, evalQueries: evalQuestions() })) as {
    coldMs?: { median?: unknown };
    warmKeystrokeMs?: { median?: unknown };
    evalKeystrokeMs?: { median?: number; p95?: number } | null;
  };
  const cold = result?.coldMs?.median;
  const warm = result?.warmKeystrokeMs?.median;
  if (typeof cold !== 'number' || typeof warm !== 'number') return 'latency: n/a: unexpected result shape (adapt bench/lib/search-hook.ts)';
  return { coldMs: cold, warmMedianMs: warm, evalMedianMs: result.evalKeystrokeMs?.median ?? null, evalP95Ms: result.evalKeystrokeMs?.p95 ?? null };
}

export async function measureSearch(dir: string, base: string): Promise<SearchFigures> {
  if (!existsSync(join(dir, 'pagefind', 'pagefind.js'))) {
    return { coldMs: null, warmMedianMs: null, evalMedianMs: null, evalP95Ms: null, transfer: null, note: 'n/a: this build has no pagefind/ (search integration not merged)' };
  }
  const latency = await callLatencyModule(dir, base);
  const transfer = await measurePagefindTransfer(dir, base, SEARCH_QUERIES);
  return typeof latency === 'string'
    ? { coldMs: null, warmMedianMs: null, evalMedianMs: null, evalP95Ms: null, transfer, note: latency }
    : { ...latency, transfer, note: '' };
}

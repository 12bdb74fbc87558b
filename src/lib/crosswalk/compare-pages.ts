// Static pair pages grow as N² (N codes make N(N−1) ordered pairs): fine for a handful of codes, thousands of
// pages at a few dozen. Above the threshold no pair pages are built and /compare/ aligns two codes in the
// browser from the per-code JSON files (/data/codes/<id>.json), with the same alignPair.
import { STATIC_COMPARE_MAX_CODES } from '../constants';
import { orderedPairs } from './compare';

export function hasStaticComparePages(codeCount: number): boolean {
  return codeCount <= STATIC_COMPARE_MAX_CODES;
}

/** The ordered pairs that get a /compare/<a>/<b>/ page: every pair up to the threshold, none above it. */
export function staticComparePairs<T>(codes: T[]): [T, T][] {
  return hasStaticComparePages(codes.length) ? orderedPairs(codes) : [];
}

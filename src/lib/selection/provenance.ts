// What every printed handout and download says about where it comes from: when it was made, the source of each
// text (its code and issuing body, as on the code page), and that the site is a reference, not legal advice.

/** The one-line notice every handout and export carries. */
export const REFERENCE_NOTICE =
  'Peer Ethics Crosswalk is a reference, not legal advice: check each text with its issuing body, and ask your supervisor and certifying body how it applies to you.';

/** The day a handout was made, as YYYY-MM-DD (UTC), so the reader knows how current the copy is. */
export function madeOn(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** "Made on 2026-11-23 with Peer Ethics Crosswalk." */
export function madeOnLine(date: Date): string {
  return `Made on ${madeOn(date)} with Peer Ethics Crosswalk.`;
}

/** Each code a handout quotes, once, in order of first use: "Title, issued by Issuer". */
export function sourceLines(items: { codeTitle: string; issuer: string }[]): string[] {
  const seen = new Map<string, string>();
  for (const { codeTitle, issuer } of items)
    if (!seen.has(codeTitle)) seen.set(codeTitle, `${codeTitle}, issued by ${issuer}`);
  return [...seen.values()];
}

// The one place pages get content from: loads the collections once per build and checks them.
import { resolve } from 'node:path';
import { getCollection, getEntry, render, type CollectionKey } from 'astro:content';
import { contentRoot } from '../config/content-root.mjs';
import { loadLexicon } from './search/lexicon-file';
import { readFileSync } from 'node:fs';
import { assembleSiteData, ContentError } from './content/assemble';
import { checkPageProse, PAGES_WITH_PROSE } from './own-words/page-prose';
import { siteClauseTexts } from './own-words/qualifier-check';
import type { SiteData, Theme } from './content/model';
import { buildCrosswalk, type Crosswalk } from './crosswalk/matrix';
import type { Lexicon } from '../schemas/lexicon';

let cached: Promise<SiteData> | undefined;
let lexicon: Lexicon | undefined;

/** The search lexicon (content/search/lexicon.yaml), read once per build. */
export function getLexicon(): Lexicon {
  lexicon ??= loadLexicon(resolve(process.cwd(), contentRoot(process.env)));
  return lexicon;
}

/** Our prose in pages keeps the qualifiers of the clauses it cites (own-words/page-prose.ts). */
function checkPages(site: SiteData): SiteData {
  const problems = checkPageProse(
    PAGES_WITH_PROSE.map((file) => ({ file, source: readFileSync(resolve(process.cwd(), file), 'utf8') })),
    siteClauseTexts(site),
  );
  if (problems.length > 0) throw new ContentError(problems);
  return site;
}
let crosswalk: Promise<Crosswalk> | undefined;

export function getSiteData(): Promise<SiteData> {
  cached ??= (async () =>
    checkPages(
      assembleSiteData({
        codes: await getCollection('codes'),
        themes: await getCollection('themes'),
        guidelines: await getCollection('guidelines'),
        scenarios: await getCollection('scenarios'),
        lexicon: getLexicon(),
      }),
    ))();
  return cached;
}

/**
 * The crosswalk, built once per build: every code page, theme page and crosswalk page reads it, and building it
 * per page made the build quadratic in the number of codes (bench/README.md).
 */
export function getCrosswalk(): Promise<Crosswalk> {
  crosswalk ??= getSiteData().then(buildCrosswalk);
  return crosswalk;
}

export async function getThemeMap(): Promise<Map<string, Theme>> {
  return new Map((await getSiteData()).themes.map((theme) => [theme.id, theme]));
}

/** Renders one content entry (MDX or Markdown) by collection and id; throws naming the entry if it is missing. */
export async function renderEntry(
  collection: CollectionKey,
  id: string,
): Promise<Awaited<ReturnType<typeof render>>> {
  const entry = await getEntry(collection, id);
  if (!entry) throw new Error(`No ${collection} entry "${id}"`);
  return render(entry);
}

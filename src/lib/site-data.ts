// The one place pages get content from: loads the collections once per build and checks them.
import { getCollection, getEntry, render, type CollectionKey } from 'astro:content';
import { assembleSiteData } from './content/assemble';
import type { SiteData, Theme } from './content/model';
import { buildCrosswalk, type Crosswalk } from './crosswalk/matrix';

let cached: Promise<SiteData> | undefined;
let crosswalk: Promise<Crosswalk> | undefined;

export function getSiteData(): Promise<SiteData> {
  cached ??= (async () =>
    assembleSiteData({
      codes: await getCollection('codes'),
      themes: await getCollection('themes'),
      guidelines: await getCollection('guidelines'),
      scenarios: await getCollection('scenarios'),
    }))();
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

// The one place pages get content from: loads the collections once per build and checks them.
import { getCollection } from 'astro:content';
import { assembleSiteData } from './content/assemble';
import type { Clause, Code, SiteData, Theme } from './content/model';

let cached: Promise<SiteData> | undefined;

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

export async function getCode(id: string): Promise<Code> {
  const code = (await getSiteData()).codes.find((candidate) => candidate.id === id);
  if (!code) throw new Error(`No code with id "${id}"`);
  return code;
}

export async function getThemeMap(): Promise<Map<string, Theme>> {
  return new Map((await getSiteData()).themes.map((theme) => [theme.id, theme]));
}

export async function findClause(codeId: string, clauseId: string): Promise<Clause | undefined> {
  return (await getCode(codeId)).clauses.find((clause) => clause.id === clauseId);
}

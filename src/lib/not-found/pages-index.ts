// The small index of named pages (themes, codes, scenarios) that the 404 page suggests from:
// /data/pages.json, built with the site.

/** One page a mistyped address may have meant. */
export interface PageEntry {
  /** What the page is, shown beside its title. */
  kind: 'theme' | 'code' | 'scenario';
  /** Path relative to the site root, e.g. "themes/gifts-money/". */
  path: string;
  /** Display title, e.g. "Gifts, money and loans". */
  title: string;
  /** Other names it goes by: its id, short title, synonyms. */
  names: string[];
}

interface Named {
  id: string;
}

export function buildPagesIndex(input: {
  themes: (Named & { label: string; synonyms: string[] })[];
  codes: (Named & { title: string; shortTitle: string })[];
  scenarios: (Named & { title: string })[];
}): PageEntry[] {
  return [
    ...input.themes.map((theme): PageEntry => ({
      kind: 'theme',
      path: `themes/${theme.id}/`,
      title: theme.label,
      names: [theme.id, ...theme.synonyms],
    })),
    ...input.codes.map((code): PageEntry => ({
      kind: 'code',
      path: `codes/${code.id}/`,
      title: code.title,
      names: [code.id, code.shortTitle],
    })),
    ...input.scenarios.map((scenario): PageEntry => ({
      kind: 'scenario',
      path: `scenarios/${scenario.id}/`,
      title: scenario.title,
      names: [scenario.id],
    })),
  ];
}

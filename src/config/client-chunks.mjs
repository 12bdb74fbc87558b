// Which client-side chunk a module goes in (Vite's manualChunks), so that a page loads one script per group of
// elements instead of one per component plus the shared helpers they import. Each custom element has one file in
// src/client/elements/; an entry in src/client/entries/ groups the elements that appear together, and every
// component that renders one of them renders the entry's loader, components/entries/<Name>Entry.astro (a
// component's header says which). Astro includes a component's script once per page, so a page makes one request
// per group; modules two groups share would otherwise each become a chunk, and a request, of their own.
// - `site`: the header's elements (on every page) with Vite's preload helper, which every dynamic import uses,
//   and the small shared modules several elements use: storage, clipboard, the DOM helpers, the loader that
//   fetches a control's code on first intent, the selection store (the header shows the selection's count) and
//   the constants and lead-in helpers.
// - `clause`: the clause controls (add to selection, copy link, cite, embed), wherever clauses are shown, with
//   the disclosure helper only they use.
// - `compare`: the compare picker and row filter; `compare-live`: the comparisons /compare/ draws in the browser,
//   with the alignment logic they use.
// - `code`, `builder`, `selection`, `codes`, `crosswalk`, `not-found`: the elements of one page type each.
// Elements are grouped by the pages they appear on, not by topic, so no page loads an element it does not show.
// A manual chunk takes in the modules it imports that no other rule places, so shared helpers need a rule.
// Everything else is left to Rollup.

/** Each entry (loaded by components/entries/<Name>Entry.astro) and the shared modules that belong with it. */
const GROUPS = {
  site: {
    modules: [
      /\/src\/client\/(?:storage|clipboard|dom|on-intent|selection-store)\.ts$/,
      /\/src\/lib\/(?:constants|content\/lead-in|selection\/refs)\.ts$/,
    ],
  },
  clause: { modules: [/\/src\/client\/disclosure\.ts$/] },
  code: { modules: [] },
  compare: { modules: [] },
  'compare-live': { modules: [/\/src\/lib\/crosswalk\/(?:matrix|compare|compare-many|cell-view)\.ts$/] },
  builder: { modules: [] },
  selection: { modules: [] },
  codes: { modules: [] },
  crosswalk: { modules: [] },
  'not-found': { modules: [] },
};

/** @type {[string, RegExp[]][]} */
const RULES = Object.entries(GROUPS).map(([name, { modules }]) => {
  const loader = name.replace(/(?:^|-)(\w)/g, (_, first) => first.toUpperCase());
  return [
    name,
    [
      new RegExp(`/src/client/entries/${name}\\.ts$`),
      new RegExp(`/components/entries/${loader}Entry\\.astro\\?astro&type=script`),
      ...modules,
    ],
  ];
});

/** @param {string} id */
export function clientChunk(id) {
  if (id.includes('vite/preload-helper')) return 'site';
  return RULES.find(([, patterns]) => patterns.some((pattern) => pattern.test(id)))?.[0];
}

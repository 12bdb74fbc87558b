// Repeated actions tell their clause apart (WCAG 2.4.6, 2.4.9): a screen-reader user listing a page's buttons or
// form fields hears which clause each one is about, not 92 times "Copy link".
import { describe, expect, it } from 'vitest';
import type { HTMLElement } from 'node-html-parser';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { themeFileSchema } from '../../src/schemas/export';
import { DIST, htmlPages, listFiles, readPage, requireBuild } from '../../tools/lib/dist';

/** The accessible name HTML gives a button or label here: its text, visually hidden parts included. */
const nameOf = (element: HTMLElement) =>
  (element.getAttribute('aria-label') ?? element.textContent).replace(/\s+/g, ' ').trim();

const repeated = (names: string[]) => [
  ...new Set(names.filter((name, index) => names.indexOf(name) !== index)),
];

describe('accessible names of repeated actions', () => {
  requireBuild(DIST);
  const codePages = htmlPages(DIST).filter((file) => /^codes\/[^/]+\/index\.html$/.test(file));

  it.each(codePages)('%s: no two clause buttons share a name', (file) => {
    const page = readPage(file);
    const names = page.querySelectorAll('article.clause button').map(nameOf);
    expect(repeated(names)).toEqual([]);
    expect(names.length).toBeGreaterThan(0);
  });

  it('/build/: every fieldset legend is unique, and so is every checkbox name its theme files make', () => {
    const page = readPage('build/index.html');
    const legends = page.querySelectorAll('fieldset legend').map(nameOf);
    expect(repeated(legends)).toEqual([]);
    expect(legends.length).toBeGreaterThan(3);
    // The checkboxes are cloned from the candidate template, when a theme is opened: the label holds the clause's
    // name and, visually hidden, the theme's (client/code-builder.ts), as a clause may be on several themes.
    const template = page.querySelector('template[data-template="candidate"]')!;
    expect(template.querySelector('label [data-role="name"]')).not.toBeNull();
    expect(template.querySelector('label .visually-hidden[data-role="pick-theme"]')).not.toBeNull();
    const files = listFiles(DIST).filter((file) => /^data\/themes\/[^/]+\.json$/.test(file));
    const labels = files.flatMap((file) => {
      const theme = themeFileSchema.parse(JSON.parse(readFileSync(join(DIST, file), 'utf8')));
      return theme.clauses.map(({ name }) => `${name} (${theme.label})`);
    });
    expect(repeated(labels)).toEqual([]);
    expect(labels.length).toBeGreaterThan(50);
  });
});

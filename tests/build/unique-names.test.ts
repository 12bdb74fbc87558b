// Repeated actions tell their clause apart (WCAG 2.4.6, 2.4.9): a screen-reader user listing a page's buttons or
// form fields hears which clause each one is about, not 92 times "Copy link".
import { describe, expect, it } from 'vitest';
import type { HTMLElement } from 'node-html-parser';
import { DIST, htmlPages, readPage, requireBuild } from '../../tools/lib/dist';

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

  it('/build/: every fieldset legend and every checkbox label is unique', () => {
    const page = readPage('build/index.html');
    const legends = page.querySelectorAll('fieldset legend').map(nameOf);
    const labels = page
      .querySelectorAll('input[type="checkbox"]')
      .map((input) => nameOf(page.querySelector(`label[for="${input.id}"]`)!));
    expect(repeated(legends)).toEqual([]);
    expect(repeated(labels)).toEqual([]);
    expect(legends.length).toBeGreaterThan(3);
  });
});

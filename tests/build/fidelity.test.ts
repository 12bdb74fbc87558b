// Every line of every code in the source documents is on its built code page, word for word (white space,
// quotes and dashes normalised), and every clause's text is a run of lines of its source. Which source and which
// lines make up each code is data (content/sources/regions.json), so an imported code is checked without
// editing this file.
import { beforeAll, describe, expect, it } from 'vitest';
import { assembleSiteData } from '../../src/lib/content/assemble';
import { mainText, readPage, requireBuild } from '../../tools/lib/dist';
import { REAL_CONTENT, loadContent } from '../support/content';
import { fidelityFailures, readRegions, sourceLines } from '../support/fidelity';

const site = assembleSiteData(loadContent(REAL_CONTENT));
const regions = readRegions();

describe('verbatim fidelity', () => {
  beforeAll(() => requireBuild());

  it('has a source region for every code on the site, and a code for every region', () => {
    expect(Object.keys(regions).sort()).toEqual(site.codes.map((code) => code.id).sort());
  });

  for (const code of site.codes) {
    describe(code.id, () => {
      const region = regions[code.id];
      const failures = () => {
        if (!region) throw new Error(`content/sources/regions.json has no region for "${code.id}"`);
        return fidelityFailures(sourceLines(region), code, mainText(readPage(`codes/${code.id}/index.html`)));
      };

      it('has every source line on its page', () => expect(failures().missing).toEqual([]));
      it('has only clauses whose text is a run of source lines', () =>
        expect(failures().invented).toEqual([]));
      it('makes every numbered source item a clause', () => expect(failures().unclaused).toEqual([]));
    });
  }
});

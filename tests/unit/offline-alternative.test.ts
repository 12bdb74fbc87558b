// Offline, a page that was not saved names the saved page holding the same text, derived from its address.
import { describe, expect, it } from 'vitest';
import { offlineAlternative } from '../../src/lib/offline/alternative';
import { precacheFiles } from '../../src/lib/offline/precache';

describe('offlineAlternative', () => {
  it('sends a clause page or an embed to the clause on its code page', () => {
    expect(offlineAlternative('/codes/alaska-psp/purpose-5/', '/')).toEqual({
      path: 'codes/alaska-psp/#purpose-5',
      says: 'the code page that holds this clause',
    });
    expect(offlineAlternative('/ethics/embed/iaps/voluntary/', '/ethics/')?.path).toBe(
      'codes/iaps/#voluntary',
    );
  });

  it('sends the CSVs to the crosswalk and the JSON files to their pages', () => {
    expect(offlineAlternative('/data/crosswalk.csv', '/')?.path).toBe('crosswalk/');
    expect(offlineAlternative('/data/coverage.csv', '/')?.path).toBe('crosswalk/');
    expect(offlineAlternative('/data/codes/iaps.json', '/')?.path).toBe('codes/iaps/');
    expect(offlineAlternative('/data/themes/gifts-money.json', '/')?.path).toBe('themes/gifts-money/');
    expect(offlineAlternative('/data/codes.json', '/')?.path).toBe('codes/');
  });

  it('names nothing for pages with no saved twin, or outside the base', () => {
    expect(offlineAlternative('/codes/iaps/guidelines/', '/')).toBeNull();
    expect(offlineAlternative('/no-such-page/', '/')).toBeNull();
    expect(offlineAlternative('/codes/iaps/voluntary/', '/ethics/')).toBeNull();
  });

  it('only ever points at pages the service worker saves', () => {
    const targets = [
      '/codes/alaska-psp/purpose-5/',
      '/data/crosswalk.csv',
      '/data/themes/hope.json',
      '/data/codes.json',
    ];
    for (const target of targets) {
      const path = offlineAlternative(target, '/')!.path.replace(/#.*$/, '');
      expect(precacheFiles([`${path}index.html`]), target).toEqual([`${path}index.html`]);
    }
  });
});

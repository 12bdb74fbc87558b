// The themes a query is read as by the tag suggester's model (lib/search/read-themes.ts, theme-model.ts): added to
// the themes its words name at a small weight, for the lookups and the scenario match, never as topics; and the
// model the search ships reads as the suggester does, without growing with the number of codes.
import { describe, expect, it } from 'vitest';
import { assembleSiteData } from '../../src/lib/content/assemble';
import { reviewedClauses, themeWords } from '../../src/authoring/tagging/corpus';
import { DEFAULT_RULE, trainThemeModel } from '../../src/authoring/tagging/suggester';
import { buildSearchKnowledge } from '../../src/lib/search/knowledge';
import { loadLexicon } from '../../src/lib/search/lexicon-file';
import { THEME_READING, readsWhole, themesRead } from '../../src/lib/search/read-themes';
import { searchThemeModel } from '../../src/lib/search/theme-model';
import { prepare, understand } from '../../src/lib/search/understand';
import { themeReader } from '../../src/lib/theme-reading/model';
import { loadContent, REAL_CONTENT } from '../support/content';

const site = assembleSiteData(loadContent(REAL_CONTENT));
const lexicon = loadLexicon(REAL_CONTENT);

describe('themesRead', () => {
  const stems = ['friend', 'lend', 'money'];
  const plan = { themes: [{ id: 'gifts-money', weight: 1.5 }], stems };
  const ranking = [
    { theme: 'gifts-money', score: 0.4 },
    { theme: 'personal-gain', score: 0.2 },
    { theme: 'honesty', score: 0.1 },
  ];

  it("adds the model's best themes, the first at the setting's weight and the next in proportion", () => {
    const themes = themesRead(plan, ranking, { minWords: 3, top: 2, weight: 0.5 });
    expect(themes).toEqual([
      { id: 'gifts-money', weight: 2 },
      { id: 'personal-gain', weight: 0.25 },
    ]);
    // The plan's own themes (the topics offered) are left as they were.
    expect(plan.themes).toEqual([{ id: 'gifts-money', weight: 1.5 }]);
  });

  it('adds nothing without a model, at top 0, or for themes the model scores at nothing', () => {
    expect(themesRead(plan, null)).toEqual(plan.themes);
    expect(themesRead(plan, ranking, { minWords: 0, top: 0, weight: 1 })).toEqual(plan.themes);
    expect(themesRead({ themes: [], stems }, [{ theme: 'honesty', score: 0 }])).toEqual([]);
  });

  it('reads a query of fewer meaningful words than minWords as its words alone: a keyword needs no model', () => {
    const keyword = { ...plan, stems: ['lend', 'money'] };
    expect(readsWhole(keyword, THEME_READING)).toBe(THEME_READING.minWords <= 2);
    expect(themesRead(keyword, ranking, { minWords: 3, top: 2, weight: 0.5 })).toEqual(plan.themes);
    expect(readsWhole(plan, { minWords: 3, top: 2, weight: 0.5 })).toBe(true);
    expect(readsWhole(plan, { minWords: 3, top: 0, weight: 0.5 })).toBe(false);
  });

  it('can put a theme the words do not name first, when the model weighs it above them', () => {
    const themes = themesRead({ themes: [{ id: 'honesty', weight: 0.1 }], stems }, ranking, {
      minWords: 0,
      top: 1,
      weight: 1,
    });
    expect(themes.map((theme) => theme.id)).toEqual(['gifts-money', 'honesty']);
  });
});

describe('the theme model the search ships', () => {
  const model = searchThemeModel(site, lexicon);
  const reader = themeReader(model);

  it('reads a text as the suggester trained the same way does, to four places', () => {
    const exact = themeReader(
      trainThemeModel(reviewedClauses(site), themeWords(site, lexicon), DEFAULT_RULE, 'reader questions'),
    );
    for (const text of [
      'A client offered me a gift card on her last day',
      'my sergeant wants me to tell him what a firefighter said in a debrief',
      'I have been drinking again and have a shift tomorrow',
    ]) {
      const shipped = reader.read(text);
      const trained = exact.read(text);
      expect(shipped.map((entry) => entry.theme).slice(0, 3)).toEqual(
        trained.map((entry) => entry.theme).slice(0, 3),
      );
      for (const [index, entry] of shipped.entries())
        expect(entry.score).toBeCloseTo(trained[index]!.score, 2);
    }
  });

  it('keeps only the reader questions as single examples, so it does not grow with the codes', () => {
    const questions = site.themes.reduce((sum, theme) => sum + (theme.data.readerQuestions?.length ?? 0), 0);
    const examples = Object.values(model.examples).reduce((sum, list) => sum + list.length, 0);
    expect(examples).toBe(questions);
    expect(Object.keys(model.centroids).sort()).toEqual(site.themes.map((theme) => theme.id).sort());
  });

  it('reads a situation told in other words toward its theme', () => {
    expect(reader.read('Could I lend a member twenty dollars for groceries')[0]!.theme).toBe('gifts-money');
  });

  it('is not in the query layer until loaded: a keyword search never needs it', () => {
    const understanding = prepare(buildSearchKnowledge(site, lexicon, '/'));
    expect(understanding.themeReader).toBeNull();
    understanding.themeReader = reader;
    const query = 'lend a member twenty dollars for groceries';
    const plan = understand(query, understanding);
    expect(readsWhole(plan)).toBe(true);
    const read = themesRead(plan, understanding.themeReader.read(query), THEME_READING);
    expect(read.length).toBeGreaterThan(plan.themes.length);
    expect(readsWhole(understand('lend money', understanding))).toBe(false);
  });
});

// The embed card's links, its snippet and its `?theme=`: where the card points, what a host pastes, and what a
// mistyped theme shows.
import { describe, expect, it } from 'vitest';
import { assembleSiteData } from '../../src/lib/content/assemble';
import { EMBED_HEIGHT_MESSAGE, embedTheme } from '../../src/lib/embed/frame';
import { EMBED_FALLBACK_HEIGHT, embedSnippet, embedView } from '../../src/lib/views/embed';
import { REAL_CONTENT, loadContent } from '../support/content';

describe('embedTheme', () => {
  it('reads light, dark and auto, and defaults to auto', () => {
    expect(embedTheme('?theme=light')).toEqual({ theme: 'light', problem: null });
    expect(embedTheme('?theme=DARK')).toEqual({ theme: 'dark', problem: null });
    expect(embedTheme('?theme=auto')).toEqual({ theme: 'auto', problem: null });
    expect(embedTheme('')).toEqual({ theme: 'auto', problem: null });
    expect(embedTheme('?theme=')).toEqual({ theme: 'auto', problem: null });
  });

  it('falls back to auto for a bad value, naming it and the values that work', () => {
    const { theme, problem } = embedTheme('?theme=purple');
    expect(theme).toBe('auto');
    expect(problem).toContain('theme=purple');
    expect(problem).toContain('theme=light, theme=dark or theme=auto');
  });
});

describe('embedView', () => {
  it('links the card and its canonical to the clause’s own page, with the base path', () => {
    const code = assembleSiteData(loadContent(REAL_CONTENT)).codes.find(
      ({ id }) => id === 'peer-support-team',
    )!;
    const view = embedView(
      code,
      code.clauses.find(({ id }) => id === 'item-3')!,
      '/ethics/',
    );
    expect(view.pageHref).toBe('/ethics/codes/peer-support-team/item-3/');
    expect(view.title).toBe('Peer Support Team, Item 3.');
  });
});

describe('embedSnippet', () => {
  const snippet = embedSnippet(
    'https://example.org/ethics/embed/alaska-psp/purpose-5/',
    'Alaska PSP, Purpose ¶ 5',
  );

  it('frames the card at a theme, with a fallback height that is not the old 260', () => {
    expect(snippet).toMatch(
      /^<iframe src="https:\/\/example\.org\/ethics\/embed\/alaska-psp\/purpose-5\/\?theme=auto" title="Alaska PSP, Purpose ¶ 5" /,
    );
    expect(snippet).toContain(`height="${EMBED_FALLBACK_HEIGHT}"`);
    expect(EMBED_FALLBACK_HEIGHT).toBeGreaterThanOrEqual(360);
    expect(embedSnippet('https://example.org/embed/a/b/', 'A', 'dark')).toContain('/embed/a/b/?theme=dark"');
  });

  it('carries a listener that hears only the card’s origin and the card’s own message type', () => {
    const script = snippet.match(/<script>(.*)<\/script>$/)?.[1] ?? '';
    expect(script).toContain('"https://example.org"');
    expect(script).toContain(`"${EMBED_HEIGHT_MESSAGE}"`);
  });

  it('sizes only the frame that sent the message, to the height sent', () => {
    const script = snippet.match(/<script>(.*)<\/script>$/)?.[1] ?? '';
    let listener: ((event: unknown) => void) | undefined;
    const mine = { contentWindow: {}, style: { height: '' } };
    const other = { contentWindow: {}, style: { height: '' } };
    const run = new Function('addEventListener', 'document', script);
    run((_type: string, callback: (event: unknown) => void) => (listener = callback), {
      querySelectorAll: () => [mine, other],
    });
    const send = (origin: string, data: unknown) => listener!({ origin, data, source: mine.contentWindow });
    send('https://evil.example', { type: EMBED_HEIGHT_MESSAGE, height: 900 });
    send('https://example.org', { type: 'other', height: 900 });
    send('https://example.org', null);
    expect(mine.style.height).toBe('');
    send('https://example.org', { type: EMBED_HEIGHT_MESSAGE, height: 531 });
    expect(mine.style.height).toBe('531px');
    expect(other.style.height).toBe('');
  });
});

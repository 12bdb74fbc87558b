// What the embed card itself reads and says (src/client/embed-frame.ts): its colour scheme from `?theme=`, and the
// message that tells the framing page its height. Kept apart from lib/views/embed.ts, which the clause actions
// load, so the card's script stays a few hundred bytes.

/** The schemes a host can ask for: `auto` follows the visitor's device. */
const EMBED_THEMES = ['light', 'dark', 'auto'] as const;
export type EmbedTheme = (typeof EMBED_THEMES)[number];

/** The `type` of the message the card posts to its parent; the snippet's listener checks it. */
export const EMBED_HEIGHT_MESSAGE = 'pec-embed-height';

/**
 * The scheme the address asks for. A missing value is `auto`; a value that is not one of EMBED_THEMES is `auto`
 * too, with a message naming it, so a mistyped snippet still shows the clause and says what to fix.
 */
export function embedTheme(search: string): { theme: EmbedTheme; problem: string | null } {
  const asked = new URLSearchParams(search).get('theme');
  if (asked === null || asked === '') return { theme: 'auto', problem: null };
  const known = EMBED_THEMES.find((theme) => theme === asked.trim().toLowerCase());
  if (known) return { theme: known, problem: null };
  return {
    theme: 'auto',
    problem: `“theme=${asked.slice(0, 40)}” is not a theme: showing the reader's light or dark setting. Use theme=light, theme=dark or theme=auto.`,
  };
}

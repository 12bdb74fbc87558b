// The layout of a 1200×630 link-preview image as a satori element tree: code name, clause label, the clause
// text (lead-in muted) shrunk to fit, and the site name. Pure: no fonts, no rendering.
import { fitText, type FittedText } from './fit-text';

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;
export const OG_FONT_FAMILY = 'Source Sans 3';

/** Satori's element shape (a subset of React's). */
export interface CardNode {
  type: string;
  props: { style?: Record<string, string | number>; children?: (CardNode | string)[] | CardNode | string };
}

export interface CardContent {
  /** Small heading: the code's title. */
  kicker: string;
  /** Large heading: the clause's name, or a tagline for code and site images. */
  heading: string;
  /** The lead-in, shown muted before the text; null where there is none. */
  leadIn: string | null;
  /** Body text; may be empty (site image). */
  text: string;
  siteName: string;
  /** A draft code's mark ("draft: tagging proposed, not yet reviewed"), shown in the footer; null otherwise. */
  mark?: string | null;
}

const PAD = 64;
const COLORS = {
  bg: '#ffffff',
  band: '#0b4f8a',
  text: '#1b1e23',
  muted: '#4d5561',
  accent: '#0b4f8a',
  rule: '#c9d0da',
};
// Room for the body between the headings (about 180 px) and the footer (about 90 px); 0.45 em a character is a little above
// Source Sans 3's measured average (0.38 em in running text), so the estimate errs towards fewer words. The smallest size, 34 px,
// is about 10 px where Slack shows the card 360 px wide.
const BODY = {
  width: OG_WIDTH - 2 * PAD,
  height: 330,
  sizes: [60, 54, 48, 44, 40, 37, 34],
  lineHeight: 1.3,
  charWidth: 0.45,
};

/** The body's font size and (possibly shortened) text; the lead-in counts against the space. */
function fitBody(
  content: Pick<CardContent, 'leadIn' | 'text'>,
): FittedText & { leadIn: string | null; rest: string } {
  const whole = content.leadIn ? `${content.leadIn} ${content.text}` : content.text;
  const fitted = fitText(whole, BODY);
  if (!content.leadIn) return { ...fitted, leadIn: null, rest: fitted.text };
  // The shortened text still starts with the lead-in unless even that was cut.
  const leadIn = fitted.text.startsWith(content.leadIn) ? content.leadIn : null;
  return { ...fitted, leadIn, rest: leadIn ? fitted.text.slice(leadIn.length).trimStart() : fitted.text };
}

const el = (
  type: string,
  style: Record<string, string | number>,
  children: CardNode['props']['children'],
): CardNode => ({
  type,
  props: { style, children },
});

export function cardTree(content: CardContent): CardNode {
  const body = fitBody(content);
  const bodyChildren: CardNode[] = [];
  if (body.leadIn) bodyChildren.push(el('span', { color: COLORS.muted, marginRight: '0.25em' }, body.leadIn));
  if (body.rest) bodyChildren.push(el('span', {}, body.rest));
  return el(
    'div',
    {
      width: '100%',
      height: '100%',
      display: 'flex',
      flexDirection: 'column',
      background: COLORS.bg,
      fontFamily: OG_FONT_FAMILY,
      color: COLORS.text,
    },
    [
      el('div', { height: 14, background: COLORS.band, display: 'flex' }, []),
      el(
        'div',
        { display: 'flex', flexDirection: 'column', flexGrow: 1, padding: `${PAD - 14}px ${PAD}px 0` },
        [
          el(
            'div',
            { fontSize: 30, fontWeight: 600, color: COLORS.accent, lineHeight: 1.2, display: 'flex' },
            content.kicker,
          ),
          el(
            'div',
            { fontSize: 44, fontWeight: 700, lineHeight: 1.2, marginTop: 8, display: 'flex' },
            content.heading,
          ),
          el(
            'div',
            {
              fontSize: body.fontSize,
              lineHeight: BODY.lineHeight,
              marginTop: 22,
              display: 'block',
              maxHeight: BODY.height,
              overflow: 'hidden',
            },
            bodyChildren,
          ),
        ],
      ),
      el(
        'div',
        {
          display: 'flex',
          justifyContent: 'space-between',
          alignItems: 'center',
          margin: `0 ${PAD}px`,
          padding: '18px 0 30px',
          borderTop: `2px solid ${COLORS.rule}`,
          fontSize: 28,
          color: COLORS.muted,
        },
        [
          el('span', { fontWeight: 600 }, content.siteName),
          content.mark
            ? el('span', { fontWeight: 700, color: COLORS.text }, content.mark)
            : el('span', {}, 'Codes of ethics for peer support, word for word'),
        ],
      ),
    ],
  );
}

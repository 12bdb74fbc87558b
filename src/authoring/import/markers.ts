// The list markers codes are published with, read off the start of a line: the number or bullet becomes the
// clause's label and id, never part of its text. Shared with the fidelity test, which strips the same markers
// from source lines before looking for them on the page.

/** What a marker says about its item. */
export type MarkerKind = 'number' | 'roman' | 'decimal' | 'letter' | 'note' | 'bullet' | 'named';

export interface Marker {
  kind: MarkerKind;
  /** The marker as printed, trimmed: "1….", "(2)", "Principle 3:", "•". */
  printed: string;
  /** The clause label: "1.", "(2)", "II.", "2.3", "a.", "NOTE", "Principle 3"; empty for a bullet (counted later). */
  label: string;
  /** The item's number for ids and the numbering check (roman numerals as digits); null for bullets. */
  value: number | null;
  /** The id suffix from the marker: "3", "2-3", "a", "note"; empty for a bullet. */
  idPart: string;
  /** The item's text after the marker. */
  text: string;
}

/** "Principle I – Respect", "Section 2: Conduct", "Article 3. Duties", "Value 4". */
export const NUMBERED_HEADING =
  /^(Principle|Section|Article|Part|Standard|Value|Canon)\s+([IVXLC]+|\d{1,3})\b\s*[.:\u2013\u2014-]?\s*(.*)$/;
/** "Principle: Recovery First", as some codes name their principles. */
export const NAMED_HEADING = /^(Principle|Value|Standard|Canon)\s*:\s*(\S.*)$/;

/** Bullet characters, including the private-use ones a PDF's Symbol and Wingdings fonts paste as. */
const BULLET_SYMBOLS =
  '\u2022\u25AA\u25AB\u25E6\u25CF\u25A0\u25A1\u2023\u2219\u00B7\u2043\u27A2\u2713\uF0B7\uF0A7\uF0D8\uF076';

const FORMS: {
  kind: MarkerKind;
  pattern: RegExp;
  read: (match: RegExpExecArray) => Omit<Marker, 'kind' | 'text'>;
}[] = [
  {
    kind: 'note',
    pattern: /^((?:NOTE|Note)\s*[:.\u2013\u2014-])\s*(\S.*)$/,
    read: ([, printed = '']) => ({ printed, label: 'NOTE', value: null, idPart: 'note' }),
  },
  {
    // "2.3 text" or "2.3. text": a numbered sub-item.
    kind: 'decimal',
    pattern: /^((\d{1,2})\.(\d{1,2})\.?)\s+(\S.*)$/,
    read: ([, printed = '', major = '', minor = '']) => ({
      printed,
      label: `${major}.${minor}`,
      value: Number(minor),
      idPart: `${Number(major)}-${Number(minor)}`,
    }),
  },
  {
    // "1….affirm", "1... affirm", "1…. affirm": a leader of dots or an ellipsis after the number.
    kind: 'number',
    pattern: /^((\d{1,3})\s*(?:\u2026|\.{2,})[.\u2026]*)\s*(\S.*)$/,
    read: numbered,
  },
  {
    kind: 'number',
    pattern: /^((\d{1,3})[.)])\s+(\S.*)$/,
    read: ([, printed = '', digits = '']) => ({ ...numbered(['', printed, digits]), label: printed }),
  },
  {
    kind: 'number',
    pattern: /^(\((\d{1,3})\))\s+(\S.*)$/,
    read: ([, printed = '', digits = '']) => ({ ...numbered(['', printed, digits]), label: printed }),
  },
  // "1 - text", "1 – text".
  { kind: 'number', pattern: /^((\d{1,3})\s+[-\u2013\u2014])\s+(\S.*)$/, read: numbered },
  {
    kind: 'roman',
    pattern: /^(([IVXLC]{1,6})[.)])\s+(\S.*)$/,
    read: ([, printed = '', numeral = '']) => {
      const value = romanValue(numeral);
      return { printed, label: printed, value, idPart: String(value) };
    },
  },
  {
    kind: 'letter',
    pattern: /^(\(?([a-z])[.)])\s+(\S.*)$/,
    read: ([, printed = '', letter = '']) => ({ printed, label: printed, value: null, idPart: letter }),
  },
  {
    // "Principle 1: Peer specialists respect…": a numbered principle whose text is a sentence, not a heading.
    kind: 'named',
    pattern:
      /^((Principle|Value|Standard|Canon|Item|Rule)\s+(\d{1,3}|[IVXLC]{1,6})\s*[:.\u2013\u2014-])\s*(\S.*)$/,
    read: ([, printed = '', kind = '', numeral = '']) => {
      const value = /^\d+$/.test(numeral) ? Number(numeral) : romanValue(numeral);
      return { printed, label: `${kind} ${numeral}`, value, idPart: String(value) };
    },
  },
  {
    kind: 'bullet',
    pattern: new RegExp(`^([${BULLET_SYMBOLS}]|[-\\u2013*o](?=\\s))\\s*(\\S.*)$`),
    read: ([, printed = '']) => ({ printed, label: '', value: null, idPart: '' }),
  },
];

function numbered([, printed = '', digits = '']: string[]): Omit<Marker, 'kind' | 'text'> {
  return { printed, label: `${Number(digits)}.`, value: Number(digits), idPart: String(Number(digits)) };
}

/** The marker at the start of a (tidied) line, or null when it starts with none. */
export function readMarker(line: string): Marker | null {
  for (const { kind, pattern, read } of FORMS) {
    const match = pattern.exec(line);
    if (!match) continue;
    const text = match.at(-1) ?? '';
    if (kind === 'named' && isShortName(text)) return null; // "Principle 1: Respect" is a heading
    return { kind, text, ...read(match) };
  }
  return null;
}

/** True when a name after "Principle 1:" reads as a heading's name (short, no closing punctuation). */
export function isShortName(name: string): boolean {
  return name.split(' ').length <= 10 && !/[.,;:]$/.test(name);
}

const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };

/** Roman numeral (I–CCC) or digits to a number; NaN when neither. */
export function romanValue(numeral: string): number {
  if (/^\d+$/.test(numeral)) return Number(numeral);
  if (!/^[IVXLC]+$/.test(numeral)) return Number.NaN;
  let total = 0;
  for (let index = 0; index < numeral.length; index += 1) {
    const value = ROMAN[numeral[index]!]!;
    const next = ROMAN[numeral[index + 1] ?? ''] ?? 0;
    total += value < next ? -value : value;
  }
  return total;
}

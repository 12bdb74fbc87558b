// Synthetic codes of ethics for the scale benchmark: realistic shape (front matter, a preamble, sections,
// 20–60 clauses each with themes from the real taxonomy, clause text of realistic length), made of stock phrases
// from a seeded generator, never of real code text. Pure: the same seed and index give the same file, and code
// i is the same whichever N it is generated for, so n50 is a prefix of n200.

/** What the generator needs of a theme: its id and the words people search it with. */
export interface ThemeSeed {
  id: string;
  synonyms: string[];
}

export interface SyntheticCode {
  id: string;
  /** The MDX file, front matter and body. */
  mdx: string;
  clauseCount: number;
}

export const MIN_CLAUSES = 20;
export const MAX_CLAUSES = 60;
export const DEFAULT_SEED = 20240611;

/** mulberry32: tiny, fast, good enough for test data, and identical on every platform. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;
const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
const between = (random: Random, low: number, high: number) => low + Math.floor(random() * (high - low + 1));

const PLACES = [
  'Northern',
  'Coastal',
  'Valley',
  'Prairie',
  'Lakes',
  'Mountain',
  'River',
  'Eastern',
  'Western',
  'Central',
  'Harbor',
  'Desert',
];
const BODIES = [
  'Peer Support Council',
  'Recovery Network',
  'Certification Board',
  'Peer Alliance',
  'Responder Peer Team',
  'Wellness Collaborative',
];
const KINDS = [
  'Peer Specialists',
  'Peer Recovery Coaches',
  'Peer Support Workers',
  'Family Peer Advocates',
  'Peer Support Team Members',
];
const SECTIONS: readonly { key: string; title: string }[] = [
  { key: 'relationships', title: 'Relationships with People Served' },
  { key: 'conflicts', title: 'Conflicts of Interest' },
  { key: 'conduct', title: 'Personal Conduct' },
  { key: 'privacy', title: 'Privacy and Records' },
  { key: 'practice', title: 'Scope of Practice' },
  { key: 'colleagues', title: 'Duties to Colleagues' },
  { key: 'community', title: 'Duties to the Community' },
  { key: 'wellness', title: 'Wellness and Fitness for Duty' },
  { key: 'learning', title: 'Training and Supervision' },
  { key: 'values', title: 'Core Values' },
];
const SUBJECTS = ['I', 'The peer specialist', 'Peer supporters', 'Each team member', 'The peer worker', 'We'];
const MODALS = ['will', 'shall', 'will not', 'must', 'should', 'shall not', 'agree to'];
const VERBS = [
  'respect',
  'protect',
  'discuss',
  'maintain',
  'seek guidance on',
  'avoid',
  'report',
  'document',
  'support',
  'uphold',
  'explain',
  'attend to',
  'raise',
  'consider',
];
const OBJECTS = [
  'matters of {w} with the people they serve',
  'questions of {w} as they arise in the relationship',
  'any {w} that could affect the person served',
  'the agreed limits on {w}',
  '{w} in every contact, in person or online',
  'what the program expects on {w}',
];
const QUALIFIERS = [
  '',
  '',
  ' at all times',
  ' in keeping with agency policy',
  ' unless the law requires otherwise',
  ' as far as their training allows',
  ' within the limits of the peer role',
  ' and ask a supervisor when unsure',
  ', and say so plainly when they cannot',
  ' so that trust is not put at risk',
];

function sentence(random: Random, words: string[]): string {
  const subject = pick(random, SUBJECTS);
  const object = pick(random, OBJECTS).replace('{w}', pick(random, words));
  return `${subject} ${pick(random, MODALS)} ${pick(random, VERBS)} ${object}${pick(random, QUALIFIERS)}.`;
}

/** Clause text: one to three sentences (40–400 characters, median near the real codes' ~110), no MDX syntax. */
function clauseText(random: Random, words: string[]): string {
  const roll = random();
  const count = roll < 0.55 ? 1 : roll < 0.9 ? 2 : 3;
  return Array.from({ length: count }, () => sentence(random, words)).join(' ');
}

function yamlString(text: string): string {
  return JSON.stringify(text);
}

/** Code number index (1-based) of a synthetic set, as a three-digit id: synthetic-007. */
function syntheticId(index: number): string {
  return `synthetic-${String(index).padStart(3, '0')}`;
}

export function syntheticCode(index: number, themes: ThemeSeed[], seed = DEFAULT_SEED): SyntheticCode {
  if (themes.length === 0) throw new Error('synthetic codes need at least one theme');
  const random = seededRandom(seed ^ Math.imul(index, 0x9e3779b1));
  const id = syntheticId(index);
  const place = pick(random, PLACES);
  const body = pick(random, BODIES);
  const kind = pick(random, KINDS);
  const clauseCount = between(random, MIN_CLAUSES, MAX_CLAUSES);
  const sectionCount = between(random, 2, 6);
  const sections = [...SECTIONS].sort(() => random() - 0.5).slice(0, sectionCount);
  const allWords = themes.flatMap((theme) =>
    theme.synonyms.length ? theme.synonyms : [theme.id.replace(/-/g, ' ')],
  );

  const lines: string[] = [
    '---',
    `title: ${yamlString(`${place} Code of Ethics for ${kind} (synthetic ${index})`)}`,
    `shortTitle: ${yamlString(`${place} ${index}`)}`,
    `issuer: ${yamlString(`${place} ${body}`)}`,
    `jurisdiction: ${yamlString('Synthetic (benchmark data)')}`,
    `audience: [${random() < 0.75 ? 'behavioral-health' : 'first-responder'}]`,
    `sourceNote: ${yamlString(`Generated by the scale benchmark (seed ${seed}); not a real code of ethics.`)}`,
    // Summaries cite a clause like the real ones (src/lib/own-words/): here the first one.
    `summary: ${yamlString(`A synthetic code with ${clauseCount} clauses in ${sectionCount} sections, made to measure how the site scales; it opens with [${sections[0]!.title} 1](clause:${id}/${sections[0]!.key}-1). {/* topics: names the first clause, stating no duty */}`)}`,
    `order: ${1000 + index}`,
    '---',
    '',
  ];
  for (let paragraph = between(random, 1, 3); paragraph > 0; paragraph--)
    lines.push(clauseText(random, allWords), '');

  // Uneven sections, as in real codes: each gets a share by a random weight, at least one clause.
  const sizes = sectionSizes(random, clauseCount, sections.length);
  sections.forEach((section, position) => {
    const size = sizes[position]!;
    lines.push(`## ${section.title}`, '');
    for (let number = 1; number <= size; number++) {
      const direct = pick(random, themes);
      const second = random() < 0.3 ? pick(random, themes) : undefined;
      const touch = random() < 0.2 ? pick(random, themes) : undefined;
      const themeIds = [...new Set([direct.id, ...(second ? [second.id] : [])])];
      const touches = touch && !themeIds.includes(touch.id) ? ` touches="${touch.id}"` : '';
      const words = themeIds.flatMap(
        (themeId) => themes.find((theme) => theme.id === themeId)?.synonyms ?? [],
      );
      lines.push(
        `<Clause id="${section.key}-${number}" label="${number}." themes="${themeIds.join(' ')}"${touches}>`,
        clauseText(random, words.length ? words : allWords),
        '</Clause>',
        '',
      );
    }
  });
  return { id, mdx: lines.join('\n'), clauseCount };
}

/** Splits total into parts positive sizes summing to total (total >= parts). */
export function sectionSizes(random: Random, total: number, parts: number): number[] {
  const weights = Array.from({ length: parts }, () => 0.5 + random());
  const sum = weights.reduce((a, b) => a + b, 0);
  const sizes = weights.map((weight) => Math.max(1, Math.floor((total * weight) / sum)));
  // Hand the rounding remainder (or excess) to the sections in turn, never below one clause.
  let diff = total - sizes.reduce((a, b) => a + b, 0);
  for (let i = 0; diff !== 0; i = (i + 1) % parts) {
    if (diff > 0) {
      sizes[i]!++;
      diff--;
    } else if (sizes[i]! > 1) {
      sizes[i]!--;
      diff++;
    }
  }
  return sizes;
}

/** Synthetic codes 1..count. */
export function syntheticCodes(count: number, themes: ThemeSeed[], seed = DEFAULT_SEED): SyntheticCode[] {
  return Array.from({ length: count }, (_, position) => syntheticCode(position + 1, themes, seed));
}

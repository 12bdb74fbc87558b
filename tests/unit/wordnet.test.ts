// The WordNet reader the importer's suggester uses for words no reviewed clause has: dictionary forms, phrases,
// and nothing for a string that is not English.
import { describe, expect, it } from 'vitest';
import { loadWordNet } from '../../src/authoring/tagging/wordnet';

const wordnet = loadWordNet();

describe('WordNet reader', () => {
  it("finds a word's dictionary form and its relatives: other words of a sense, broader words, definitions", () => {
    const drinking = wordnet.related('drinking');
    expect(drinking).toContain('drink'); // another word of the sense
    expect(drinking).toContain('alcoholic'); // from the definition "the act of drinking alcoholic beverages…"
    expect(wordnet.related('debriefed')).toContain('question'); // a broader word of "debrief"
  });

  it('reads a phrase, undoing a doubled consonant in its first word', () => {
    expect(wordnet.related('hitting the bottle')).not.toEqual([]);
    expect(wordnet.related('hitting the bottle')).toContain('alcohol');
    expect(wordnet.related('talk down')).toContain('belittle');
  });

  it('knows nothing of a string that is not English', () => {
    expect(wordnet.related('qzxv')).toEqual([]);
    expect(wordnet.related('accept the')).toEqual([]);
  });
});

// Whom a clause's words are about: party-qualified features for the tag suggester (src/lib/theme-reading/party.ts).
import { describe, expect, it } from 'vitest';
import { partyFeatures } from '../../src/lib/theme-reading/party';
import { stem } from '../../src/lib/theme-reading/words';

describe('party features', () => {
  it("gives what the person served owns to them, and what is one's own to the supporter", () => {
    expect(partyFeatures("Put the participant's well-being first.")).toContain(`served:${stem('well')}`);
    expect(partyFeatures('Look after your own wellness.')).toContain(`self:${stem('wellness')}`);
    expect(partyFeatures('Look after your own wellness.')).not.toContain(`served:${stem('wellness')}`);
    expect(partyFeatures('the safety of the veteran')).toContain(`served:${stem('safety')}`);
  });

  it('tells an act on a person from an act on a thing', () => {
    expect(partyFeatures('never threaten a veteran')).toContain(`served:${stem('threaten')}`);
    expect(partyFeatures('shall not abuse alcohol or other substances')).toEqual([]);
    expect(partyFeatures('shall not abuse any client')).toContain(`served:${stem('abuse')}`);
  });

  it('marks what is done with colleagues, and a reflexive act as the supporter\u2019s own', () => {
    expect(partyFeatures('treat colleagues with courtesy')).toContain(`colleague:${stem('treat')}`);
    expect(partyFeatures('take care of themselves')).toContain(`self:${stem('care')}`);
  });
});

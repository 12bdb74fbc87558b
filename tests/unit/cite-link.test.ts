// lib/views/cite-link.ts: where an evidence reference in our own words (<Cite>) links, and what stops the build.
import { describe, expect, it } from 'vitest';
import { citeLinkView } from '../../src/lib/views/cite-link';

const codes = [{ id: 'alaska-psp', clauses: [{ id: 'conduct-6' }, { id: 'relationship-5' }] }];

describe('citeLinkView', () => {
  it("links a clause of a code in the build to the clause in its code's page, in either reference form", () => {
    expect(citeLinkView({ codes }, 'alaska-psp:conduct-6', '/about/').href).toMatch(
      /\/codes\/alaska-psp\/#conduct-6$/,
    );
    expect(citeLinkView({ codes }, 'alaska-psp/relationship-5', '/about/').href).toMatch(
      /\/codes\/alaska-psp\/#relationship-5$/,
    );
  });

  it('leaves the words unlinked when the build has no such code (content of a test fixture)', () => {
    expect(citeLinkView({ codes }, 'dbhds-cprs:conduct-1', '/about/')).toEqual({ href: null });
  });

  it('stops the build on a clause the code does not have, naming the page and the reference', () => {
    expect(() => citeLinkView({ codes }, 'alaska-psp:conduct-60', '/about/')).toThrow(
      '/about/: reference "clause:alaska-psp:conduct-60": code "alaska-psp" has no clause "conduct-60"',
    );
  });

  it('stops the build on a malformed reference, saying the form to write', () => {
    expect(() => citeLinkView({ codes }, 'Alaska Conduct 6', '/about/')).toThrow(
      '/about/: reference "clause:Alaska Conduct 6" must be "clause:code-id:clause-id"',
    );
  });
});

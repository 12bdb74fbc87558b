import { describe, expect, it } from 'vitest';
import { citationLead, clauseName, formatCitation } from '../../src/lib/citation';

describe('citations', () => {
  it('names code, issuer, section and label, then the URL', () => {
    expect(
      formatCitation({ codeTitle: 'Code A', issuer: 'Board B', clause: 'Conduct 3.', url: 'https://x.test/codes/a/#conduct-3' }),
    ).toBe('Code A. Board B. Conduct 3. https://x.test/codes/a/#conduct-3');
  });

  it('ends the lead with one full stop whatever the label', () => {
    expect(citationLead({ codeTitle: 'Code A', clause: 'Principle: Conduct ¶ 2' })).toBe('Code A. Principle: Conduct ¶ 2.');
    expect(citationLead({ codeTitle: 'Code A', clause: 'Value 12.' })).toBe('Code A. Value 12.');
  });

  it('names a clause by section and label', () => {
    expect(clauseName('Conduct', '3.')).toBe('Conduct 3.');
    expect(clauseName(null, '3.')).toBe('3.');
    expect(clauseName(null, '3.', 'Value')).toBe('Value 3.');
  });
});

import { describe, expect, it } from 'vitest';
import { citationLead, clauseName, formatCitation } from '../../src/lib/citation';

describe('citations', () => {
  it('names code, issuer, section and label, then the URL', () => {
    expect(
      formatCitation({ codeTitle: 'Code A', issuer: 'Board B', section: 'Conduct', label: '3.', url: 'https://x.test/codes/a/#conduct-3' }),
    ).toBe('Code A. Board B. Conduct, 3. https://x.test/codes/a/#conduct-3');
  });

  it('ends the lead with one full stop whatever the label', () => {
    expect(citationLead({ codeTitle: 'Code A', section: 'Principle: Conduct', label: '¶ 2' })).toBe('Code A. Principle: Conduct, ¶ 2.');
    expect(citationLead({ codeTitle: 'Code A', section: null, label: '12.' })).toBe('Code A. 12.');
  });

  it('names a clause by section and label', () => {
    expect(clauseName('Conduct', '3.')).toBe('Conduct 3.');
    expect(clauseName(null, '3.')).toBe('3.');
  });
});

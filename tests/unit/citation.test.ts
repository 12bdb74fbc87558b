import { describe, expect, it } from 'vitest';
import {
  apaCitation,
  apaDate,
  citationLead,
  clauseName,
  formatCitation,
  markdownLink,
  richQuote,
} from '../../src/lib/citation';

describe('citations', () => {
  it('names code, issuer, section and label, then the URL', () => {
    expect(
      formatCitation({
        codeTitle: 'Code A',
        issuer: 'Board B',
        clause: 'Conduct 3.',
        url: 'https://x.test/codes/a/#conduct-3',
      }),
    ).toBe('Code A. Board B. Conduct 3. https://x.test/codes/a/#conduct-3');
  });

  it('ends the lead with one full stop whatever the label', () => {
    expect(citationLead({ codeTitle: 'Code A', clause: 'Principle: Conduct ¶ 2' })).toBe(
      'Code A. Principle: Conduct ¶ 2.',
    );
    expect(citationLead({ codeTitle: 'Code A', clause: 'Value 12.' })).toBe('Code A. Value 12.');
  });

  it('names a clause by section and label', () => {
    expect(clauseName('Conduct', '3.')).toBe('Conduct 3.');
    expect(clauseName(null, '3.')).toBe('3.');
    expect(clauseName(null, '3.', 'Value')).toBe('Value 3.');
  });
});

describe('citation formats', () => {
  const data = {
    codeTitle: 'Code of Ethics for Alaska Peer Support Professionals',
    shortTitle: 'Alaska PSP',
    issuer: 'Alaska Commission for Behavioral Health Certification (ACBHC)',
    clause: 'Conflicts of Interest 3.',
    leadIn: null,
    url: 'https://x.test/codes/alaska-psp/conflicts-3/',
    retrieved: new Date('2026-11-23T12:00:00Z'),
  };

  it('APA 7th: issuing body as author, date where known, title in italics, URL', () => {
    expect(apaCitation({ ...data, adopted: '2020-09-21' })).toEqual({
      text: 'Alaska Commission for Behavioral Health Certification (ACBHC). (2020, September 21). Code of Ethics for Alaska Peer Support Professionals (Conflicts of Interest 3). https://x.test/codes/alaska-psp/conflicts-3/',
      html: 'Alaska Commission for Behavioral Health Certification (ACBHC). (2020, September 21). <i>Code of Ethics for Alaska Peer Support Professionals</i> (Conflicts of Interest 3). <a href="https://x.test/codes/alaska-psp/conflicts-3/">https://x.test/codes/alaska-psp/conflicts-3/</a>',
    });
    expect(apaCitation({ ...data, adopted: 'Adopted 2017' }).text).toContain('(ACBHC). (2017). Code of');
  });

  it('APA 7th: an undated code gets n.d. and the retrieval date', () => {
    const { text, html } = apaCitation({ ...data, adopted: undefined });
    expect(text).toBe(
      'Alaska Commission for Behavioral Health Certification (ACBHC). (n.d.). Code of Ethics for Alaska Peer Support Professionals (Conflicts of Interest 3). Retrieved November 23, 2026, from https://x.test/codes/alaska-psp/conflicts-3/',
    );
    expect(html).toContain('Retrieved November 23, 2026, from <a href=');
  });

  it('reads the date element from free text', () => {
    expect(apaDate('2020-09-21')).toBe('2020, September 21');
    expect(apaDate('2019')).toBe('2019');
    expect(apaDate(undefined)).toBeNull();
    expect(apaDate('undated')).toBeNull();
  });

  it('Markdown link named by code and clause, brackets escaped', () => {
    expect(markdownLink(data)).toBe(
      '[Alaska PSP, Conflicts of Interest 3.](https://x.test/codes/alaska-psp/conflicts-3/)',
    );
    expect(markdownLink({ shortTitle: 'A [draft]', clause: '1.', url: 'https://x.test/a_(b)/' })).toBe(
      '[A \\[draft\\], 1.](https://x.test/a_(b%29/)',
    );
  });

  it('rich text: a block quote with lead-in and a linked source, and its plain-text twin', () => {
    const quote = richQuote({
      ...data,
      leadIn: 'Peer support team members:',
      text: 'keep <records> & notes.\n\nSecond.',
    });
    expect(quote.html).toBe(
      '<blockquote><p>Peer support team members: keep &lt;records&gt; &amp; notes.</p><p>Second.</p><p>— <a href="https://x.test/codes/alaska-psp/conflicts-3/">Code of Ethics for Alaska Peer Support Professionals, Conflicts of Interest 3.</a></p></blockquote>',
    );
    expect(quote.text).toBe(
      '“Peer support team members: keep <records> & notes.\n\nSecond.”\n— Code of Ethics for Alaska Peer Support Professionals, Conflicts of Interest 3. https://x.test/codes/alaska-psp/conflicts-3/',
    );
  });
});

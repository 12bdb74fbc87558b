// Browsing the themes index finds what each theme covers: a theme's definition names the topics its clauses
// are about, so a reader scanning for one (here "social media", inside "Records…") sees where it sits.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, requireBuild } from '../../tools/lib/dist';

describe('themes index', () => {
  it('shows "social media" in the Records theme’s entry, as Alaska Conduct 6 names it', () => {
    requireBuild(DIST);
    const html = readFileSync(join(DIST, 'themes/index.html'), 'utf8');
    const entry = html.slice(
      html.indexOf('/themes/records/'),
      html.indexOf('</li>', html.indexOf('/themes/records/')),
    );
    expect(entry).toContain('Records, documentation and electronic communication');
    expect(entry.toLowerCase()).toContain('social media');
    // The words come from the clause the theme tags: Alaska Conduct 6, "electronic privacy standards (Social
    // Media, Texting, Video Conferencing etc.)".
    const alaska = readFileSync(join(import.meta.dirname, '../../content/codes/alaska-psp.mdx'), 'utf8');
    expect(alaska).toMatch(
      /<Clause id="conduct-6"[^>]*themes="[^"]*\brecords\b[^>]*>\s*[^<]*Social Media, Texting, Video Conferencing/,
    );
  });
});

// The <title> of a page: its own title, then the site's name, within what browsers' tabs, search results and our
// validator (html-validate's long-title, 100 characters) accept. Imported codes can have long titles, so a title
// that does not fit with the site's name goes without it, and one that does not fit alone is cut between words.

/** The longest <title> a page gets (html-validate's long-title rule is set to the same). */
export const MAX_TITLE_LENGTH = 100;

export function pageTitle(title: string, siteName: string, max = MAX_TITLE_LENGTH): string {
  if (title === siteName) return title;
  const withSite = `${title} · ${siteName}`;
  if (withSite.length <= max) return withSite;
  if (title.length <= max) return title;
  const cut = title.slice(0, max - 1);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > 0 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:·–—-]+$/u, '')}…`;
}

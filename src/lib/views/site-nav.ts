// The header's primary navigation: each section's finished href and whether the page being built is in it.
import { siteLinks } from './site-links';

export interface NavItem {
  /** The section's page, with base. */
  href: string;
  label: string;
  /** The page being built is this section's page or below it (aria-current="page"). */
  current: boolean;
}

/** `pathname` is the page's own path, base included (Astro.url.pathname). */
export function siteNav(pathname: string, base: string = import.meta.env.BASE_URL): NavItem[] {
  const links = siteLinks(base);
  const sections: [href: string, label: string][] = [
    [links.codes, 'Codes'],
    [links.themes, 'Themes'],
    [links.crosswalk, 'Crosswalk'],
    [links.compare, 'Compare'],
    [links.scenarios, 'Scenarios'],
    [links.build, 'Draft a code'],
    [links.selection, 'Your selection'],
    [links.about, 'About'],
  ];
  return sections.map(([href, label]) => ({ href, label, current: pathname.startsWith(href) }));
}

// The pages a browser gate visits: every HTML page of a build, as addresses relative to the served base URL.
import { DIST, htmlPages } from '../../tools/lib/dist';
import { clauseOfPath } from '../../src/lib/paths';
import { servedPath } from './link-check';

/** `index.html` → ``, `codes/iaps/index.html` → `codes/iaps/`, `404.html` → `404.html`. */
export function pageAddresses(dir = DIST): string[] {
  return htmlPages(dir).map((file) => servedPath(file, ''));
}

/** Code pages are `codes/<id>/`: one segment below codes/. */
export function codePageId(address: string): string | undefined {
  return /^codes\/([^/]+)\/$/.exec(address)?.[1];
}

/**
 * Every address, save that of clause pages and embeds (`codes|embed/<code>/<clause>/`, one template each and one
 * page per clause) only the first per code is kept: the browser gates check each template without visiting
 * hundreds of copies.
 */
export function samplePerCode(addresses: string[]): string[] {
  const seen = new Set<string>();
  return addresses.filter((address) => {
    const embed = clauseOfPath(address, 'embed');
    const clause = embed ?? clauseOfPath(address);
    if (!clause || address.includes('#')) return true;
    const key = `${embed ? 'embed' : 'codes'}/${clause.codeId}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

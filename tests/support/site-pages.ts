// The pages a browser gate visits: every HTML page of a build, as addresses relative to the served base URL.
import { DIST, htmlPages } from '../../tools/lib/dist';
import { servedPath } from './link-check';

/** `index.html` → ``, `codes/iaps/index.html` → `codes/iaps/`, `404.html` → `404.html`. */
export function pageAddresses(dir = DIST): string[] {
  return htmlPages(dir).map((file) => servedPath(file, ''));
}

/** Code pages are `codes/<id>/`: one segment below codes/. */
export function codePageId(address: string): string | undefined {
  return /^codes\/([^/]+)\/$/.exec(address)?.[1];
}

// The site's icon as a data: URI: it travels in the page (img-src allows data:), one request fewer for under
// 200 bytes, and a page with an icon of its own is never asked for /favicon.ico.
import favicon from '../assets/favicon.svg?raw';

/** Spaces, '#', '<' and '>' are percent-encoded: a URL may hold none of them (the Nu HTML Checker says so). */
export const FAVICON_DATA_URI = `data:image/svg+xml,${favicon
  .trim()
  .replace(/"/g, "'")
  .replace(/[\s#<>]+/g, (match) => (/^\s+$/.test(match) ? '%20' : encodeURIComponent(match)))}`;

// A smaller stand-in for Vite's preload helper (`\0vite/preload-helper.js`), the function every dynamic import()
// goes through in a client build. Vite's copy (about 480 B gzip, in the `site` chunk, so on every page) also
// preloads stylesheets, reads a CSP nonce and dispatches `vite:preloadError`; this site has none of those (lazy
// chunks carry no CSS, the CSP allows no inline script and no nonce, nothing listens for the event). What it
// keeps is the part that matters for speed: a lazy chunk's own static imports are requested as module preloads
// at the same time as the chunk, not one after another.

const HELPER_ID = '\0vite/preload-helper.js';

/** The Vite plugin that serves the helper in place of Vite's. */
export function smallPreloadHelper() {
  let base = '/';
  return {
    name: 'pec:small-preload-helper',
    enforce: /** @type {'pre'} */ ('pre'),
    configResolved(config) {
      base = config.base;
    },
    resolveId(id) {
      return id === HELPER_ID ? id : undefined;
    },
    load(id) {
      if (id !== HELPER_ID) return undefined;
      // `deps` are the build-relative paths of the lazy chunk's static imports.
      const code = `const seen = new Set();
export const __vitePreload = (load, deps) => {
  for (const dep of deps || []) {
    if (seen.has(dep)) continue;
    seen.add(dep);
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.crossOrigin = '';
    link.href = ${JSON.stringify(base)} + dep;
    document.head.append(link);
  }
  return load();
};`;
      return { code, moduleSideEffects: false };
    },
    // Vite lists a lazy chunk's stylesheets among its deps too; this helper does not load them, so fail the
    // build rather than ship a chunk that would show unstyled.
    generateBundle(_, bundle) {
      for (const file of Object.values(bundle)) {
        if (file.type === 'chunk' && /__vite__mapDeps=[^\n]*\.css"/.test(file.code))
          this.error(
            `${file.fileName} imports a chunk with a stylesheet, which the preload helper does not load`,
          );
      }
    },
  };
}

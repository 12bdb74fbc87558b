// Reads the deployment settings from the environment so that the same sources build for `/` or `/ethics/`.

/**
 * @param {Record<string, string | undefined>} env
 * @returns {{ base: string, site: string | undefined, outDir: string }}
 */
export function siteOptions(env) {
  const rawBase = (env.SITE_BASE ?? '/').trim() || '/';
  const base = `/${rawBase.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
  const site = env.SITE_URL?.trim() || undefined;
  if (site && !/^https?:\/\//.test(site)) {
    throw new Error(`SITE_URL must be an absolute http(s) URL, got "${site}"`);
  }
  // OUT_DIR lets the base-path build sit beside the default one for the link checker.
  const outDir = env.OUT_DIR?.trim() || './dist';
  return { base, site, outDir };
}

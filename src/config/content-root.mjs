// The folder holding `codes/`, `guidelines/` and `themes/`: `content/` unless CONTENT_DIR names another.

/**
 * @param {Record<string, string | undefined>} env
 * @returns {string}
 */
export function contentRoot(env) {
  return (env.CONTENT_DIR?.trim() || './content').replace(/\/+$/, '');
}

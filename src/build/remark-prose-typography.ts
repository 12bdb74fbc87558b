// Remark plugin: typographic quotes and apostrophes (SmartyPants) for our own prose only. Code text and the
// training module's text are verbatim: a source's straight "peers'" must not become "peers’" on the page, so
// files under the verbatim folders (content/codes/, content/guidelines/) keep their characters as written.
import remarkSmartypants from 'remark-smartypants';
import type { Root } from 'mdast';

/** Content folders whose text is a source's words, character for character. */
const VERBATIM_FOLDERS = ['codes', 'guidelines'] as const;

/** True when a content file holds a source's words (its path runs through a verbatim folder). */
export function isVerbatimFile(path: string | undefined): boolean {
  if (!path) return false;
  const parts = path.split(/[\\/]/);
  return VERBATIM_FOLDERS.some((folder) => parts.at(-2) === folder);
}

/** The transformer remark-smartypants returns (typed by unified as a plugin of any processor). */
type Transform = (tree: Root) => void;

export function remarkProseTypography() {
  const smartypants = (remarkSmartypants as unknown as () => Transform)();
  return (tree: Root, file: { path?: string }) => {
    if (!isVerbatimFile(file.path)) smartypants(tree);
  };
}

// The layer rules. tests/ and bench/ are leaves: nothing outside tests/ imports from tests/, nothing outside bench/
// imports from bench/; what both need (measuring build output, serving it, a browser) lives in tools/lib/. And markup
// prints finished hrefs: no .astro file imports the path makers (lib/paths.ts, lib/base-path.ts); its page's view, or
// siteLinks() for the fixed destinations, hands it every href (lib/views/). `npm run lint` runs them
// (tools/check-layers.ts).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix, relative } from 'node:path';

/** Folders only their own files may import from. */
const LEAF_FOLDERS = ['tests', 'bench'] as const;

/** Modules markup may not import, extension left off: hrefs reach .astro files finished. */
const PATH_MAKERS = ['src/lib/paths', 'src/lib/base-path'];

/** Folders never scanned: dependencies, build output, generated files, caches. */
const SKIPPED = new Set(['node_modules', '.git', '.astro', 'dist', 'public', 'content']);
const SOURCE = /\.(?:[cm]?[jt]s|tsx|astro)$/;

export interface LayerViolation {
  /** Repository-relative file that imports, forward slashes. */
  file: string;
  line: number;
  specifier: string;
  /** Which rule it breaks, in words. */
  reason: string;
}

/** Module specifiers of a source file with their lines: static and dynamic imports, re-exports, require(). */
export function moduleSpecifiers(source: string): { specifier: string; line: number }[] {
  const found: { specifier: string; line: number }[] = [];
  const pattern =
    /\b(?:import|export)\s[^'"`;]*?\bfrom\s*(['"])([^'"]+)\1|\bimport\s*(['"])([^'"]+)\3|\b(?:import|require)\s*\(\s*(['"])([^'"]+)\5\s*\)/g;
  for (const match of source.matchAll(pattern)) {
    const specifier = match[2] ?? match[4] ?? match[6]!;
    found.push({ specifier, line: source.slice(0, match.index).split('\n').length });
  }
  return found;
}

/** Why a file may not import a specifier, or null when the import is allowed. */
function brokenRule(file: string, specifier: string): string | null {
  if (!specifier.startsWith('.')) return null;
  const target = posix.normalize(posix.join(posix.dirname(file), specifier));
  const folder = LEAF_FOLDERS.find((leaf) => target === leaf || target.startsWith(`${leaf}/`));
  if (folder && !file.startsWith(`${folder}/`))
    return `from ${folder}/, which only ${folder}/ may import; move what is shared to tools/lib/`;
  if (file.endsWith('.astro') && PATH_MAKERS.includes(target.replace(/\.[cm]?[jt]s$/, '')))
    return "a path maker, into markup, which takes finished hrefs from its page's view or siteLinks() (src/lib/views/)";
  return null;
}

/** Violations in one file's source; `file` is repository-relative with forward slashes. */
export function layerViolations(file: string, source: string): LayerViolation[] {
  return moduleSpecifiers(source).flatMap(({ specifier, line }) => {
    const reason = brokenRule(file, specifier);
    return reason ? [{ file, line, specifier, reason }] : [];
  });
}

/** Every source file below root (repository-relative, forward slashes), skipping build output and dependencies. */
function sourceFiles(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      if (SKIPPED.has(name) || name.startsWith('dist-') || (name === 'tmp' && dir.endsWith('bench')))
        continue;
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (SOURCE.test(name)) out.push(relative(root, full).split('\\').join('/'));
    }
  };
  walk(root);
  return out.sort();
}

export function checkLayers(root: string): LayerViolation[] {
  return sourceFiles(root).flatMap((file) => layerViolations(file, readFileSync(join(root, file), 'utf8')));
}

export function formatViolation({ file, line, specifier, reason }: LayerViolation): string {
  return `${file}:${line}: imports "${specifier}" ${reason}`;
}

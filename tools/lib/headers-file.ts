// Reads a `_headers` file the way Cloudflare Pages does, so tests and the test server send what a host would:
// every block whose path pattern matches applies, in file order; a repeated header is joined with ", "; a line
// `! Name` in a later block drops what earlier blocks set for Name (how /embed/* replaces the framing policy).

export interface HeaderRule {
  /** Path pattern: `*` matches any run of characters (including `/`). */
  pattern: string;
  /** Header lines in order; `remove` lines come from `! Name`. */
  lines: ({ remove: false; name: string; value: string } | { remove: true; name: string })[];
}

export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const [index, line] of text.split(/\r?\n/).entries()) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), lines: [] });
      continue;
    }
    const rule = rules.at(-1);
    if (!rule) throw new Error(`_headers line ${index + 1}: a header before any path pattern`);
    const detach = /^\s+!\s*([^:\s]+)\s*$/.exec(line);
    const header = /^\s+([^:!\s][^:]*):\s*(.*)$/.exec(line);
    if (detach) rule.lines.push({ remove: true, name: detach[1]!.toLowerCase() });
    else if (header)
      rule.lines.push({ remove: false, name: header[1]!.trim().toLowerCase(), value: header[2]!.trim() });
    else throw new Error(`_headers line ${index + 1}: not "Name: value" or "! Name": ${line.trim()}`);
  }
  return rules;
}

function matches(pattern: string, path: string): boolean {
  const source = pattern
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${source}$`).test(path);
}

/** The headers (lower-case names) a host sends for a request path. */
export function headersForPath(rules: HeaderRule[], path: string): Map<string, string> {
  const headers = new Map<string, string>();
  for (const rule of rules.filter((candidate) => matches(candidate.pattern, path))) {
    for (const line of rule.lines) {
      if (line.remove) headers.delete(line.name);
      else
        headers.set(
          line.name,
          headers.has(line.name) ? `${headers.get(line.name)}, ${line.value}` : line.value,
        );
    }
  }
  return headers;
}

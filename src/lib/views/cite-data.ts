// What the Cite menu carries for one clause (lib/citation.ts formats it in the browser).
import type { CiteData } from '../citation';
import type { Clause, Code } from '../content/model';

export function citeData(code: Code, clause: Clause): CiteData {
  return {
    codeTitle: code.data.title,
    shortTitle: code.data.shortTitle,
    issuer: code.data.issuer,
    ...(code.data.adopted ? { adopted: code.data.adopted } : {}),
    clause: clause.name,
    leadIn: clause.leadIn,
  };
}

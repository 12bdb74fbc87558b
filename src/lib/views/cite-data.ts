// What the Cite menu carries for one clause (lib/citation.ts formats it in the browser). An issuer we identified
// is cited with its mark, "(our identification)", as on the code page.
import type { CiteData } from '../citation';
import type { Clause, Code } from '../content/model';
import { factText } from '../marks';

export function citeData(code: Code, clause: Clause): CiteData {
  return {
    codeTitle: code.data.title,
    shortTitle: code.data.shortTitle,
    issuer: factText(code.data, 'issuer', code.data.issuer),
    ...(code.data.adopted ? { adopted: code.data.adopted } : {}),
    clause: clause.name,
    leadIn: clause.leadIn,
  };
}

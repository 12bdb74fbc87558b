// Builds /data/codes.json from the checked model.
import type { Code, SiteData } from '../content/model';
import { isReviewed } from '../crosswalk/review';
import { codeStatus, ourFacts } from '../marks';
import { paths, withBase } from '../paths';
import type { CodesExport } from '../../schemas/export';

export function buildCodesExport(
  { codes, themes }: Pick<SiteData, 'codes' | 'themes'>,
  base: string,
  generated: Date,
): CodesExport {
  return {
    generated: generated.toISOString(),
    themes: themes.map((theme) => ({
      id: theme.id,
      label: theme.data.label,
      definition: theme.data.definition,
    })),
    codes: codes.map((code) => ({
      id: code.id,
      title: code.data.title,
      issuer: code.data.issuer,
      audience: [...code.data.audience],
      ...(code.data.adopted ? { adopted: code.data.adopted } : {}),
      url: withBase(paths.code(code.id), base),
      status: codeStatus(code),
      identified_by_us: ourFacts(code.data),
      offered_to: code.data.offeredTo.map((offer) => ({ ...offer })),
      clauses: code.clauses.map((clause) => ({
        id: clause.id,
        label: clause.label,
        name: clause.name,
        section: clause.section,
        text: clause.text,
        ...(clause.leadIn ? { lead_in: clause.leadIn } : {}),
        themes: [...clause.themes],
        touches: [...clause.touches],
        url: withBase(paths.clause(code.id, clause.id), base),
      })),
    })),
  };
}

/** Build time, or SOURCE_DATE_EPOCH (seconds) for reproducible builds. */
export function buildDate(env: Record<string, string | undefined>): Date {
  const epoch = Number(env.SOURCE_DATE_EPOCH);
  return Number.isFinite(epoch) && env.SOURCE_DATE_EPOCH ? new Date(epoch * 1000) : new Date();
}

type CodeEntry = CodesExport['codes'][number];

/** `/data/codes/<id>.json`: one code as in codes.json, plus what the browser's compare view shows of it. */
export interface CodeFile extends CodeEntry {
  shortTitle: string;
  /** False for a draft code, whose tags are proposals: its gaps read "not reviewed" (lib/crosswalk/review.ts). */
  reviewed: boolean;
}

export function buildCodeFile(code: Code, base: string): CodeFile {
  // The same entry codes.json has (one code, no themes, no date), so the two never drift apart.
  const entry = buildCodesExport({ codes: [code], themes: [] }, base, new Date(0)).codes[0]!;
  return {
    ...entry,
    shortTitle: code.data.shortTitle,
    reviewed: isReviewed(code),
  };
}

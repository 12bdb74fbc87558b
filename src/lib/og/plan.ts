// Which link-preview images a build makes: one per clause while that stays cheap, one per code above a clause
// count where the images would dominate the build (README: Link previews; bench/README.md has the figures).
import type { SiteData } from '../content/model';
import { paths } from '../paths';

/**
 * Above this many clauses the build makes one image per code instead of one per clause. Each image costs about
 * 0.1 s of CPU (satori layout + resvg raster, measured by the bench), so 2,000 clauses add a few minutes to a
 * build on a small CI machine; the pages themselves build far faster than that.
 */
export const IMAGE_PER_CLAUSE_LIMIT = 2000;

export type ImagePlan = 'clause' | 'code';

/** One image per clause up to the limit, one per code above it. */
export function imagePlan({ codes }: Pick<SiteData, 'codes'>, limit = IMAGE_PER_CLAUSE_LIMIT): ImagePlan {
  const clauses = codes.reduce((sum, code) => sum + code.clauses.length, 0);
  return clauses <= limit ? 'clause' : 'code';
}

/** Path (below the base) of the preview image a clause page shows under the plan. */
export function clauseImagePath(plan: ImagePlan, codeId: string, clauseId: string): string {
  return plan === 'clause' ? paths.clauseImage(codeId, clauseId) : paths.codeImage(codeId);
}

// Which link-preview images a build makes: one per clause while that stays cheap, one per code above a clause
// count where the images would dominate the build (docs/ARCHITECTURE.md: Link previews; bench/README.md has the figures).
import type { SiteData } from '../content/model';
import { paths } from '../paths';

/**
 * Above this many clauses the build makes one image per code instead of one per clause. An image costs about
 * 80 ms of CPU (satori layout + resvg raster, measured on the 2-core dev machine), against 1.5–3 ms per clause for
 * everything else the build does (bench/README.md), so images would dominate: 500 clauses add about 40 s of CPU,
 * 2,000 clauses (50 synthetic codes) would add 2.7 minutes to a 10-second build.
 */
export const IMAGE_PER_CLAUSE_LIMIT = 500;

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

// App icons: PNGs rasterised from src/assets/favicon.svg at build time (resvg), so the SVG stays the one source.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';

/** Sizes the manifest lists: 192 for home screens, 512 for splash screens and stores. */
export const ICON_SIZES = [192, 512] as const;

/** The favicon as a square PNG of `size` pixels. Builds run from the project root (npm scripts, the bench). */
export function iconPng(
  size: number,
  svgPath = join(process.cwd(), 'src/assets/favicon.svg'),
): Uint8Array<ArrayBuffer> {
  const svg = readFileSync(svgPath, 'utf8');
  return new Uint8Array(new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng());
}

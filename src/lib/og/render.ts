// Renders a preview card to PNG at build time: satori lays it out to SVG with the bundled font (Source Sans 3
// from @fontsource, WOFF: satori reads TTF, OTF and WOFF but not WOFF2), resvg rasterises it. No network.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { cardTree, OG_FONT_FAMILY, OG_HEIGHT, OG_WIDTH, type CardContent } from './card';

type FontWeight = 400 | 600 | 700;
const require = createRequire(import.meta.url);

let fonts: { name: string; data: Buffer; weight: FontWeight; style: 'normal' }[] | undefined;

function loadFonts() {
  fonts ??= (['latin', 'latin-ext'] as const).flatMap((subset) =>
    ([400, 600, 700] as const).map((weight) => ({
      name: OG_FONT_FAMILY,
      data: readFileSync(
        require.resolve(`@fontsource/source-sans-3/files/source-sans-3-${subset}-${weight}-normal.woff`),
      ),
      weight,
      style: 'normal' as const,
    })),
  );
  return fonts;
}

/** The 1200×630 PNG of one card. */
export async function renderCard(content: CardContent): Promise<Uint8Array<ArrayBuffer>> {
  // satori types its input as a React node; the tree is the same plain shape.
  const svg = await satori(cardTree(content) as unknown as Parameters<typeof satori>[0], {
    width: OG_WIDTH,
    height: OG_HEIGHT,
    fonts: loadFonts(),
  });
  return new Uint8Array(new Resvg(svg, { fitTo: { mode: 'width', value: OG_WIDTH } }).render().asPng());
}

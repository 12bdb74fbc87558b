// Screenshots of each page type at phone and desktop widths, light and dark, for a person to look at.
// Usage: npm run screenshots [-- path ...]   (after `npm run build`; writes to screenshots/, not committed)
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, ROOT, requireBuild } from '../tools/lib/dist';
import { launchChromium } from '../tools/lib/browser';
import { serveStatic } from '../tools/lib/static-server';

const DEFAULT_PAGES = [
  '',
  'codes/',
  'codes/alaska-psp/',
  'codes/iaps/',
  'codes/iaps/guidelines/',
  'about/',
  '404.html',
];
const WIDTHS = [390, 1280];
const SCHEMES = ['light', 'dark'] as const;

const args = process.argv.slice(2);
const fullPage = !args.includes('--viewport');
const pages = args.filter((arg) => !arg.startsWith('--'));
const out = join(ROOT, 'screenshots');
mkdirSync(out, { recursive: true });
requireBuild();
const server = await serveStatic(DIST);
const browser = await launchChromium();
try {
  for (const path of pages.length ? pages : DEFAULT_PAGES) {
    for (const width of WIDTHS) {
      for (const colorScheme of SCHEMES) {
        const context = await browser.newContext({
          viewport: { width, height: 900 },
          colorScheme,
          reducedMotion: 'reduce',
          deviceScaleFactor: 1,
        });
        const page = await context.newPage();
        // Network idle: views drawn from the data files (/compare/?codes=…) are in the picture.
        await page.goto(`${server.url}${path}`, { waitUntil: 'networkidle' });
        const name = `${path.replace(/[/#?=.]+/g, '-').replace(/^-|-$/g, '') || 'home'}-${width}-${colorScheme}.png`;
        await page.screenshot({ path: join(out, name), fullPage });
        await context.close();
        console.log(name);
      }
    }
  }
} finally {
  await browser.close();
  await server.close();
}

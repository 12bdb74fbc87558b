// The layer rules that `npm run lint` runs (tools/check-layers.ts): nothing outside tests/ imports tests/, nothing
// outside bench/ imports bench/, no markup imports a path maker. Checked on seeded violations, and on this repository.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../../tools/lib/dist';
import { checkLayers, layerViolations, moduleSpecifiers } from '../../tools/lib/layer-imports';

describe('module specifiers', () => {
  it('finds static and dynamic imports, re-exports, side-effect imports and require()', () => {
    const source = [
      "import { a } from '../tests/support/a';",
      'import type { B } from "../bench/lib/b";',
      "import '../tests/setup';",
      "export { c } from './c';",
      "const d = await import('../bench/d');",
      "const e = require('../tests/e');",
      'import {\n  f,\n  g,\n} from "./fg";',
    ].join('\n');
    expect(moduleSpecifiers(source)).toEqual([
      { specifier: '../tests/support/a', line: 1 },
      { specifier: '../bench/lib/b', line: 2 },
      { specifier: '../tests/setup', line: 3 },
      { specifier: './c', line: 4 },
      { specifier: '../bench/d', line: 5 },
      { specifier: '../tests/e', line: 6 },
      { specifier: './fg', line: 7 },
    ]);
  });
});

// Built from parts so that this file's own text holds no import into bench/ (the last test scans it too).
const importOf = (specifier: string) => `import { b } from '${specifier}';`;

describe('the layer rule', () => {
  it('refuses imports into tests/ or bench/ from outside them, and allows them inside', () => {
    expect(layerViolations('bench/lib/x.ts', "import { a } from '../../tests/support/a';")).toEqual([
      {
        file: 'bench/lib/x.ts',
        line: 1,
        specifier: '../../tests/support/a',
        reason: 'from tests/, which only tests/ may import; move what is shared to tools/lib/',
      },
    ]);
    expect(layerViolations('tests/unit/x.test.ts', importOf('../../bench/lib/b'))).toHaveLength(1);
    expect(layerViolations('tools/lib/x.ts', importOf('../../bench/b.json'))).toHaveLength(1);
    expect(
      layerViolations('src/pages/x.astro', "---\nimport A from '../../tests/A.astro';\n---"),
    ).toHaveLength(1);
    expect(layerViolations('tests/unit/x.test.ts', "import { a } from '../support/a';")).toEqual([]);
    expect(layerViolations('bench/run.ts', "import { a } from './lib/a';")).toEqual([]);
    expect(layerViolations('tests/unit/x.test.ts', "import { a } from '../../tools/lib/dist';")).toEqual([]);
    // A folder whose name only starts like a leaf is not one.
    expect(layerViolations('src/x.ts', "import { a } from '../testsuite/a';")).toEqual([]);
  });

  it('refuses the path makers in markup, and allows them to views and scripts', () => {
    const pathsImport = "---\nimport { paths, withBase } from '../lib/paths';\n---";
    expect(layerViolations('src/pages/about.astro', pathsImport)).toEqual([
      {
        file: 'src/pages/about.astro',
        line: 2,
        specifier: '../lib/paths',
        reason:
          "a path maker, into markup, which takes finished hrefs from its page's view or siteLinks() (src/lib/views/)",
      },
    ]);
    expect(
      layerViolations('src/components/X.astro', "---\nimport { withBase } from '../lib/base-path.ts';\n---"),
    ).toHaveLength(1);
    expect(layerViolations('src/lib/views/x.ts', "import { paths } from '../paths';")).toEqual([]);
    expect(layerViolations('src/client/x.ts', "import { paths } from '../lib/paths';")).toEqual([]);
    expect(
      layerViolations('src/components/X.astro', "---\nimport { a } from '../lib/paths-x';\n---"),
    ).toEqual([]);
  });

  describe('over a folder with a seeded violation', () => {
    const root = mkdtempSync(join(tmpdir(), 'layers-'));
    afterAll(() => rmSync(root, { recursive: true, force: true }));
    const write = (file: string, text: string) => {
      mkdirSync(dirname(join(root, file)), { recursive: true });
      writeFileSync(join(root, file), text);
    };
    write('tests/support/site.ts', 'export const site = 1;\n');
    write('tests/unit/a.test.ts', "import { site } from '../support/site';\n");
    write('bench/lib/report.ts', "import { site } from '../../tests/support/site';\n");
    write('node_modules/pkg/index.js', "import '../../tests/support/site';\n");

    it('finds it, and only it', () => {
      expect(checkLayers(root)).toEqual([
        expect.objectContaining({
          file: 'bench/lib/report.ts',
          line: 1,
          specifier: '../../tests/support/site',
        }),
      ]);
    });

    it('makes the lint step fail, naming the file', () => {
      let failure: { status: number; stderr: string } | undefined;
      try {
        execFileSync('npx', ['vite-node', 'tools/check-layers.ts', root], { cwd: ROOT, stdio: 'pipe' });
      } catch (error) {
        const { status, stderr } = error as { status: number; stderr: Buffer };
        failure = { status, stderr: stderr.toString() };
      }
      expect(failure?.status).toBe(1);
      expect(failure?.stderr).toContain(
        'bench/lib/report.ts:1: imports "../../tests/support/site" from tests/',
      );
      // It starts vite-node in a child process: seconds on a busy machine, beyond the default 5 s limit.
    }, 60_000);
  });

  it('holds in this repository', () => {
    expect(checkLayers(ROOT)).toEqual([]);
  });
});

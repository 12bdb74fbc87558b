// Running the real `astro build` on a content folder, for the bad-content and fixture tests.
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../../tools/lib/dist';

export interface BuildResult {
  ok: boolean;
  /** stdout and stderr together, without colour codes. */
  output: string;
  outDir: string;
}

/** Builds the site from `contentDir` into a fresh temporary folder (or `outDir`), with no base path or SITE_URL. */
export function astroBuild(contentDir: string, outDir = mkdtempSync(join(tmpdir(), 'pec-build-'))): BuildResult {
  const env: NodeJS.ProcessEnv = { ...process.env, CONTENT_DIR: contentDir, OUT_DIR: outDir, NO_COLOR: '1', FORCE_COLOR: '0' };
  delete env.SITE_BASE;
  delete env.SITE_URL;
  const result = spawnSync(join(ROOT, 'node_modules/.bin/astro'), ['build'], { cwd: ROOT, env, encoding: 'utf8', timeout: 180_000 });
  // eslint-disable-next-line no-control-regex
  const output = `${result.stdout ?? ''}\n${result.stderr ?? ''}`.replace(/\u001b\[[0-9;]*m/g, '');
  return { ok: result.status === 0, output, outDir };
}

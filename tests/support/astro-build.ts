// Running the real `astro build` on a content folder, for the bad-content and fixture tests.
import { spawn } from 'node:child_process';
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

/**
 * Builds the site from `contentDir` into a fresh temporary folder (or `outDir`), with no base path or SITE_URL.
 * Asynchronous, so the test worker is not blocked: a worker waiting on a build synchronously misses the runner's
 * RPC timeout ("Timeout calling onTaskUpdate"), which fails the run. `cacheDir` gives the build a content cache of
 * its own; `extraEnv` adds environment variables (ALLOW_DRAFT_PLACEHOLDERS=1 for a preview of drafts).
 */
export function astroBuild(
  contentDir: string,
  outDir = mkdtempSync(join(tmpdir(), 'pec-build-')),
  cacheDir?: string,
  extraEnv: NodeJS.ProcessEnv = {},
): Promise<BuildResult> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...extraEnv,
    CONTENT_DIR: contentDir,
    OUT_DIR: outDir,
    NO_COLOR: '1',
    FORCE_COLOR: '0',
  };
  if (cacheDir) env.ASTRO_CACHE_DIR = cacheDir;
  delete env.SITE_BASE;
  delete env.SITE_URL;
  return new Promise((resolve) => {
    const child = spawn(join(ROOT, 'node_modules/.bin/astro'), ['build'], {
      cwd: ROOT,
      env,
      timeout: 300_000,
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => {
      // eslint-disable-next-line no-control-regex
      resolve({ ok: code === 0, output: output.replace(/\u001b\[[0-9;]*m/g, ''), outDir });
    });
  });
}

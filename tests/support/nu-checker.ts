// The W3C Nu HTML Checker (vnu.jar, from the pinned `vnu-jar` package) over many files in one Java process.
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';

/** Path of the checker's jar inside node_modules (the package's main export is that path). */
const VNU_JAR = String(createRequire(import.meta.url)('vnu-jar'));

/** One message of the checker's JSON output (only the fields we report). */
export interface NuMessage {
  /** "error", "info" (subType "warning" for warnings) or "non-document-error" (the file could not be read). */
  type: string;
  subType?: string;
  url?: string;
  message: string;
  lastLine?: number;
  extract?: string;
}

/** True for a message that must fail the gate: every error, fatal or not, and every file the checker could not read. */
export const isNuError = (message: NuMessage) =>
  message.type === 'error' || message.type === 'non-document-error';

/**
 * Warnings that say nothing about the page when it is checked from disk. The checker compares each script and
 * stylesheet with the page's meta CSP, and a page read from a file: URL has no origin that 'self' can match, so
 * every same-origin resource is "blocked". The real policy is checked where it applies, in Chromium over HTTP
 * (tests/browser/privacy-csp.test.ts); vnu refuses to fetch loopback URLs, so it cannot check a served copy.
 */
export const FILE_ORIGIN_WARNINGS = [
  /^Resource violates Content Security Policy \(meta tag\): external (script|stylesheet) “[^”]+” blocked by “(script|style)-src” directive/,
];

/** Runs the checker over `files` (absolute paths) with Java from PATH; resolves with every message. */
export function runNuChecker(files: string[]): Promise<NuMessage[]> {
  return new Promise((resolve, reject) => {
    execFile(
      'java',
      ['-Xss8m', '-jar', VNU_JAR, '--format', 'json', '--also-check-css', ...files],
      { maxBuffer: 256 * 1024 * 1024 },
      (error, _stdout, stderr) => {
        // The checker exits 1 when it finds errors; its report is on stderr either way.
        const start = stderr.indexOf('{');
        if (start < 0) {
          reject(
            new Error(
              `The Nu HTML Checker gave no report (is Java 11+ on PATH? scripts/ensure-java.sh installs it): ${error?.message ?? ''}\n${stderr}`,
            ),
          );
          return;
        }
        resolve((JSON.parse(stderr.slice(start)) as { messages: NuMessage[] }).messages);
      },
    );
  });
}

/** "dist/search/index.html:18 error: Stray start tag “script”." */
export function formatNuMessage(message: NuMessage, root: string): string {
  const file = (message.url ?? '')
    .replace(/^file:/, '')
    .replace(root, '')
    .replace(/^\/+/, '');
  const kind = message.subType ? `${message.type}/${message.subType}` : message.type;
  return `${file}:${message.lastLine ?? '?'} ${kind}: ${message.message}${message.extract ? `\n    …${message.extract.replace(/\s+/g, ' ')}…` : ''}`;
}

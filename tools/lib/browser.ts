// Launching Debian's Chromium for browser tests. Outside CI a missing browser skips the tests, loudly;
// under CI=true it is a failure.
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

const inCI = process.env.CI === 'true';

/** True when browser tests can run; throws under CI when the browser is missing. */
export function browserAvailable(): boolean {
  if (existsSync(CHROMIUM_PATH)) return true;
  const message = `No Chromium at ${CHROMIUM_PATH} (apt-get install -y chromium).`;
  if (inCI) throw new Error(`${message} Browser tests cannot be skipped under CI.`);
  console.warn(`\n!!! SKIPPING BROWSER TESTS: ${message} !!!\n`);
  return false;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
}

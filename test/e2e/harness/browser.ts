// Headless Chromium for end-to-end tests: Debian's /usr/bin/chromium where present (CI), else a
// browser Playwright installed on a developer's machine. Never downloads anything itself.
import { existsSync } from 'node:fs';

import { chromium, type Browser } from 'playwright-core';

const DEBIAN_CHROMIUM = '/usr/bin/chromium';
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export async function launchBrowser(): Promise<Browser> {
  const executablePath = process.env.HABEAS_CHROMIUM ?? (existsSync(DEBIAN_CHROMIUM) ? DEBIAN_CHROMIUM : undefined);
  return chromium.launch({ ...(executablePath ? { executablePath } : {}), args: ARGS });
}

// Debian's Chromium driven by playwright-core (never `playwright install`: it downloads). The flags keep
// Chromium from reaching for the network on a closed machine.
import fs from 'node:fs';
import { chromium } from 'playwright-core';
import { chromiumPath } from './paths.mjs';

const QUIET_FLAGS = [
  '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--no-first-run', '--disable-quic', '--disable-dev-shm-usage',
];

export async function launchChromium({ headless = true } = {}) {
  if (!fs.existsSync(chromiumPath)) {
    throw new Error(`Chromium not found at ${chromiumPath}: apt-get install -y chromium (or set IMR_CHROMIUM)`);
  }
  // Playwright's own signal handlers would exit the process as soon as the browser is gone, before the
  // caller has stopped code-server; callers close the browser in their own handlers instead.
  return chromium.launch({ executablePath: chromiumPath, headless, args: QUIET_FLAGS,
    handleSIGINT: false, handleSIGTERM: false, handleSIGHUP: false });
}

// What the workbench tests share: code-server with the packaged extension installed and `folder` open,
// Chromium showing its workbench, and the Command Palette as a user drives it. Screenshots go to
// $IMR_SCREENSHOT_DIR (`npm run screenshots` sets it to docs/images) or to a scratch folder.
import { before, after } from 'mocha';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { launchChromium } from '../../../scripts/lib/chromium.mjs';
import { repoRoot } from '../../../scripts/lib/paths.mjs';
import { cleanUpOnSignals } from '../../../scripts/lib/signals.mjs';
import { packagedVsix, startServeSession } from '../../../scripts/lib/serve-session.mjs';

/**
 * Registers the suite's before and after hooks; the returned object's `page` is the workbench's page once
 * `before` has run, and `shot(name)` the path a screenshot of that name goes to.
 */
export function useWorkbench({ folder }) {
  const screenshotDir = process.env.IMR_SCREENSHOT_DIR ? path.resolve(repoRoot, process.env.IMR_SCREENSHOT_DIR) : undefined;
  let scratch;
  let session;
  let browser;
  let removeSignalHandlers = () => {};
  const workbench = {
    page: undefined,
    shot: (name) => path.join(screenshotDir ?? scratch, name),
  };

  const cleanUp = async () => {
    await browser?.close();
    await session?.stop();
    fs.rmSync(scratch, { recursive: true, force: true });
  };

  before(async () => {
    // Mocha's after hooks do not run on Ctrl-C; code-server must still stop.
    removeSignalHandlers = cleanUpOnSignals(cleanUp);
    scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'imr-workbench-'));
    if (screenshotDir) fs.mkdirSync(screenshotDir, { recursive: true });
    session = await startServeSession({ vsix: packagedVsix(), folder, profileRoot: path.join(scratch, 'profile') });
    browser = await launchChromium();
    workbench.page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await workbench.page.goto(session.url);
  });

  after(async () => {
    removeSignalHandlers();
    await cleanUp();
  });

  return workbench;
}

/** A quick pick's row whose text starts with `label` ("IMR: Workspace Letters Report", not "IMR: Export Workspace …"). */
export function quickPickRow(page, label) {
  const escaped = label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return page.locator('.quick-input-list .monaco-list-row', { hasText: new RegExp(`^\\s*${escaped}`) }).first();
}

/**
 * Waits until the workbench has registered the installed extensions' contributions: the Explorer then draws
 * an `.imr` file with the IMR language's icon class. The Command Palette lists the extension's commands only
 * from then on.
 */
export async function extensionsRegistered(page) {
  await page.locator('.explorer-folders-view .monaco-icon-label.imr-lang-file-icon').first().waitFor();
}

/** Runs `title` from the Command Palette: F1, the title typed, then its row once the palette lists it. */
export async function runCommand(page, title) {
  await page.keyboard.press('F1');
  // Typing before the palette's input has the focus would lose the first keys.
  await page.locator('.quick-input-widget input:focus').waitFor();
  await page.keyboard.type(title);
  await quickPickRow(page, title).click();
}

/** The page of the first webview (a preview): two frames deep, the workbench's host frame, then the page. */
export function webviewPage(page) {
  return page.frameLocator('iframe.webview').first().frameLocator('iframe#active-frame');
}

#!/usr/bin/env node
// Stands in for the VS Code executable that @vscode/test-electron's runTests would download (the network is
// closed): it accepts the same Electron-style flags, runs code-server with the extension under development,
// opens the workbench in Debian's Chromium and exits with the code of the tests that ran in the extension host.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { launchChromium } from './lib/chromium.mjs';
import { profileDirs, startCodeServer } from './lib/code-server-process.mjs';
import { parseElectronArgs } from './lib/electron-args.mjs';
import { testRoot } from './lib/paths.mjs';
import { cleanUpOnSignals } from './lib/signals.mjs';
import { runExtensionTestsInPage, workbenchUrl } from './lib/workbench.mjs';

const log = (message) => process.stderr.write(`[e2e-shim] ${message}\n`);
// A bound on the whole run so a wedged workbench cannot hang CI; the tests themselves wait on events.
const RUN_LIMIT_MS = Number(process.env.IMR_E2E_RUN_LIMIT_MS ?? 300_000);

const args = parseElectronArgs(process.argv.slice(2));
if (args.ignored.length > 0) log(`ignoring Electron-only flags: ${args.ignored.join(' ')}`);

const xdgRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'imr-code-server-xdg-'));
const dirs = profileDirs({
  userDataDir: path.resolve(args.userDataDir ?? path.join(testRoot, 'user-data')),
  extensionsDir: path.resolve(args.extensionsDir ?? path.join(testRoot, 'extensions')),
  xdgRoot,
});

let server;
let browser;
let cleaning;
function cleanUp() {
  cleaning ??= (async () => {
    await browser?.close().catch(() => {});
    await server?.stop();
    fs.rmSync(xdgRoot, { recursive: true, force: true });
  })();
  return cleaning;
}
cleanUpOnSignals(cleanUp);

let exitCode = 1;
try {
  const folder = args.paths[0];
  server = await startCodeServer({ dirs, folder: folder ?? os.tmpdir(), onLog: (line) => {
    if (process.env.IMR_E2E_VERBOSE || /error/i.test(line)) log(`code-server: ${line}`);
  } });
  log(`code-server ${server.url} (process group ${server.pid})`);
  const url = workbenchUrl(server.url, {
    folder, extensionDevelopmentPaths: args.extensionDevelopmentPath, extensionTestsPath: args.extensionTestsPath,
  });
  browser = await launchChromium();
  const page = await browser.newPage();
  let limitTimer;
  const aborted = Promise.race([
    server.exited.then(({ code, signal }) => { throw new Error(`code-server exited (${signal ?? code}) during the run`); }),
    new Promise((_, reject) => {
      limitTimer = setTimeout(() => reject(new Error(`no result within ${RUN_LIMIT_MS} ms`)), RUN_LIMIT_MS);
    }),
  ]);
  exitCode = await runExtensionTestsInPage(page, url, { aborted });
  clearTimeout(limitTimer);
} catch (error) {
  log(`ERROR: ${error instanceof Error ? error.message : String(error)}`);
  exitCode = 1;
} finally {
  await cleanUp();
}
process.exit(exitCode);

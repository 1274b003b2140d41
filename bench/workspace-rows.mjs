// A keystroke in an open letter while the server checks a workspace folder of 500 letters in the
// background: workspace diagnostics pulled (`workspace/diagnostic`, as VS Code asks) or
// pushed (clients without pull). Only the edits made while a scan was under way — between its
// `$/progress` begin and end — are counted; when a scan ends, a settings change starts the next one.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { median, p95 } from './stats.mjs';
import { startServer, within } from './lsp.mjs';
import { letterFolder } from './corpus.mjs';
import { openAndWait, pullOrPush, timedEdit } from './protocol-rows.mjs';

const limit = 60_000;

/**
 * `letters`: the corpus copied into the folder; `open`: { label, text, place, limitMs } — each letter
 * is written into the folder too and opened from there, as an editor would.
 */
export async function workspaceRows(serverPath, letters, open, { count = 500, edits = 120, budgetMs = 30_000 } = {}) {
  const dir = letterFolder(letters, count, 'imr-bench-workspace-');
  const rows = [];
  try {
    for (const letter of open) {
      const file = path.join(dir, 'open-letter.imr');
      fs.writeFileSync(file, letter.text);
      for (const pull of [true, false]) rows.push(await workspaceRow(serverPath, dir, pathToFileURL(file).href, letter, pull, count, edits, budgetMs));
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return rows;
}

async function workspaceRow(serverPath, dir, uri, letter, pull, count, edits, budgetMs) {
  const server = startServer(serverPath);
  const { connection } = server;
  let scanning = false;
  let scans = 0;
  let scanEnded;
  const scanEnd = () => new Promise((resolve) => (scanEnded = resolve));
  connection.onRequest('window/workDoneProgress/create', () => null);
  connection.onUnhandledProgress(({ value }) => {
    if (value?.kind === 'begin') scanning = true;
    if (value?.kind === 'end') {
      scanning = false;
      scans++;
      scanEnded?.();
    }
  });
  try {
    await within(connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(dir).href,
      workspaceFolders: [{ uri: pathToFileURL(dir).href, name: path.basename(dir) }],
      capabilities: {
        window: { workDoneProgress: true },
        ...(pull ? { textDocument: { diagnostic: { dynamicRegistration: false } }, workspace: { diagnostics: { refreshSupport: true } } } : {}),
      },
    }), limit, 'initialize');
    // The first push scan may start as soon as the server is initialized.
    let ended = scanEnd();
    await connection.sendNotification('initialized', {});
    await openAndWait(server, uri, letter.text, pull);

    // Keep the folder being checked: push clients get a scan at start; pull clients ask for one.
    let stopped = false;
    let driverError;
    const driver = (async () => {
      for (;;) {
        if (pull) await within(connection.sendRequest('workspace/diagnostic', { previousResultIds: [] }), limit, 'workspace/diagnostic');
        await within(ended, limit, 'a scan of the folder');
        if (stopped) return;
        ended = scanEnd();
        // A settings change: every letter is checked again (now for push, on the next pull for pull).
        await connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
      }
    })();
    driver.catch((error) => (driverError = error));

    const times = [];
    let version = 1;
    let outside = 0;
    const began = performance.now();
    while (!driverError && times.length < edits && performance.now() - began < budgetMs) {
      const during = scanning;
      const t = await timedEdit(server, uri, { pull, version: ++version, place: letter.place });
      // Only edits sent and answered while a scan was under way count.
      if (during && scanning) times.push(t);
      else outside++;
    }
    stopped = true;
    await driver;
    return {
      what: `keystroke ${letter.place.where} → diagnostics, ${pullOrPush(pull)}, while ${count} letters of the workspace folder are checked in the background (${pull ? 'workspace/diagnostic pulled' : 'workspace diagnostics pushed'}): ${letter.label}`,
      median: median(times),
      p95: p95(times),
      target: `p95 ≤ ${letter.limitMs} ms`,
      ratio: `${times.length} edits during ${scans} ${scans === 1 ? 'scan' : 'scans'} of the folder (${outside} more between scans, not counted)`,
      pass: times.length > 0 && p95(times) <= letter.limitMs,
    };
  } finally {
    await server.stop();
  }
}

// The LSP client of the protocol rows is the protocol tests' own (test/helpers/lsp-client.ts), the only
// implementation: bundled here from its TypeScript source with esbuild into a temporary folder (as
// build.mjs bundles the server), so the bench needs no `tsc` run and never reads a stale out/.
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import * as path from 'node:path';
import { bundleLspClient } from './build.mjs';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bundle = await bundleLspClient(repo);
const client = createRequire(import.meta.url)(bundle);
// Loaded: the temporary bundle is no longer needed.
fs.rmSync(path.dirname(bundle), { recursive: true, force: true });

/**
 * Spawns `node <serverPath> --stdio`; the server object has `connection`, `process`, `spawnedAt`,
 * `nextNotification`, `initialize({ pull })`, `open`, `pull`, `rssMB`, `stop` and `kill`.
 */
export const startServer = (serverPath) => client.startServer(serverPath);

/** `promise`, or a rejection after `limitMs` — so a pathological input ends the row instead of the bench. */
export function within(promise, limitMs, what) {
  let timer;
  const deadline = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no answer within ${limitMs} ms`)), limitMs);
  });
  return Promise.race([promise, deadline]).finally(() => clearTimeout(timer));
}

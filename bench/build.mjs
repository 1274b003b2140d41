// Bundles what the benchmark measures from the current sources into a temporary folder, with the
// options and plugins `npm run package` ships (esbuild.mjs --production), so the bench never reads a stale dist/
// and never writes into dist/ or out/ while others use them. Unminified for the engine, so a CPU
// profile names functions and the `// server/src/...` comments say which file each line came from.
import * as esbuild from 'esbuild';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { serverPlugins } from '../esbuild.mjs';

export async function buildAll(repo) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'imr-bench-'));
  const common = { bundle: true, platform: 'node', target: 'node18', format: 'cjs', logLevel: 'error', absWorkingDir: repo };
  const out = {
    dir,
    engine: path.join(dir, 'engine.cjs'),
    server: path.join(dir, 'server.js'),
    cli: path.join(dir, 'cli.js'),
  };
  await Promise.all([
    esbuild.build({ ...common, entryPoints: ['bench/engine-entry.mjs'], outfile: out.engine }),
    esbuild.build({ ...common, minify: true, entryPoints: ['server/src/server.ts'], outfile: out.server, plugins: serverPlugins }),
    esbuild.build({ ...common, minify: true, entryPoints: ['server/src/cli/main.ts'], outfile: out.cli, banner: { js: '#!/usr/bin/env node' }, plugins: serverPlugins }),
  ]);
  return out;
}

/** The protocol tests' LSP client (test/helpers/lsp-client.ts) as one CommonJS file, for bench/lsp.mjs. */
export async function bundleLspClient(repo) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'imr-bench-client-'));
  const outfile = path.join(dir, 'lsp-client.cjs');
  await esbuild.build({ bundle: true, platform: 'node', target: 'node18', format: 'cjs', logLevel: 'error', absWorkingDir: repo, entryPoints: ['test/helpers/lsp-client.ts'], outfile });
  return outfile;
}

/** Which source file each line of an unminified bundle came from (esbuild's `// path` comments). */
export function bundleSourceMap(bundlePath) {
  const lines = fs.readFileSync(bundlePath, 'utf8').split('\n');
  const fileOfLine = new Array(lines.length);
  let current = '?';
  for (let i = 0; i < lines.length; i++) {
    const m = /^\/\/ ((?:server|node_modules)\/\S+\.(?:ts|js|json|mjs))$/.exec(lines[i]);
    if (m) current = m[1];
    fileOfLine[i] = current;
  }
  return fileOfLine;
}

// `npm run test:e2e`: runs the Mocha suite in test/e2e/suite inside a real VS Code extension host through
// @vscode/test-electron's runTests. VS Code itself is code-server in Debian's Chromium, behind the
// executable shim (the network is closed, so runTests cannot download Electron VS Code).
// Needs `npm run build` (dist/) and tsc output (IMR_TEST_OUT, default out/) to exist.
import { runTests } from '@vscode/test-electron';
import fs from 'node:fs';
import path from 'node:path';
import { repoRoot, testRoot } from './lib/paths.mjs';

const outDir = path.resolve(repoRoot, process.env.IMR_TEST_OUT ?? 'out');
const extensionTestsPath = path.join(outDir, 'test', 'e2e', 'suite', 'index.js');
const profile = path.join(testRoot, 'e2e-profile');

for (const [what, file] of [['the bundled extension (npm run build)', path.join(repoRoot, 'dist', 'extension.js')],
  ['the compiled e2e suite (tsc -p .)', extensionTestsPath]]) {
  if (!fs.existsSync(file)) {
    console.error(`test:e2e: ${file} is missing: build ${what} first`);
    process.exit(1);
  }
}

// A fresh profile each run: no editors restored from a previous run, no stale extension state.
fs.rmSync(profile, { recursive: true, force: true });

const started = Date.now();
try {
  await runTests({
    vscodeExecutablePath: path.join(repoRoot, 'scripts', 'code-server-electron-shim.mjs'),
    extensionDevelopmentPath: repoRoot,
    extensionTestsPath,
    launchArgs: [
      path.join(repoRoot, 'test', 'e2e', 'workspace'),
      `--user-data-dir=${path.join(profile, 'user-data')}`,
      `--extensions-dir=${path.join(profile, 'extensions')}`,
    ],
  });
  console.log(`test:e2e passed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
} catch (error) {
  console.error(`test:e2e failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}

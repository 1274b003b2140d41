#!/usr/bin/env node
// `node scripts/code-server.mjs` installs code-server into .vscode-test/ if needed and prints its entry path.
import { ensureCodeServer } from './lib/code-server-install.mjs';

try {
  const entry = await ensureCodeServer();
  process.stdout.write(`${entry}\n`);
} catch (error) {
  process.stderr.write(`[code-server] ERROR: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}

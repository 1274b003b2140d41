// `npm start`: serves a real VS Code (code-server, installed on first use) at a printed 127.0.0.1 URL with a
// fresh temporary copy of examples/ open and the freshly packaged extension installed into a fresh profile,
// so trying fixes never edits the repository and no old editor state reopens.
// It stops — code-server and everything it started (extension host, language server), which live in one
// process group killed as a whole — on Ctrl-C, on SIGTERM or SIGHUP sent to it or to npm alone (an IDE's
// stop button, a supervisor), and when the npm process that started it goes away.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { repoRoot } from './lib/paths.mjs';
import { packagedVsix, startServeSession } from './lib/serve-session.mjs';

const say = (message) => process.stdout.write(`${message}\n`);

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'imr-start-'));
const folder = path.join(scratch, 'examples');
fs.cpSync(path.join(repoRoot, 'examples'), folder, { recursive: true });

let session;
let stopping = false;
async function shutDown(code) {
  if (stopping) return;
  stopping = true;
  say('\nStopping code-server...');
  try {
    await session?.stop();
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
    process.exit(code);
  }
}
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => shutDown(0));

// npm runs this through `sh -c`; a signal npm forwards stops the shell, and a killed npm forwards nothing.
// Either way this process is re-parented, which is the one sign left that whoever started it is gone.
const parent = process.ppid;
const parentWatch = setInterval(() => {
  if (process.ppid !== parent) shutDown(0);
}, 250);
parentWatch.unref();

try {
  const vsix = packagedVsix();
  say(`Installing ${path.basename(vsix)} into a fresh code-server profile...`);
  session = await startServeSession({
    vsix,
    folder,
    profileRoot: path.join(scratch, 'profile'),
    onLog: (line) => { if (/\berror\b/i.test(line)) process.stderr.write(`code-server: ${line}\n`); },
  });
  say('');
  say('IMR Author is running in VS Code (code-server) with a temporary copy of examples/ open:');
  say('');
  say(`    ${session.url}`);
  say('');
  say('Open that address in a browser on this machine. Press Ctrl-C to stop; edits are discarded then.');
  const { code, signal } = await session.server.exited;
  if (!stopping) {
    process.stderr.write(`code-server stopped by itself (${signal ?? `exit ${code}`})\n`);
    await shutDown(1);
  }
} catch (error) {
  process.stderr.write(`npm start failed: ${error instanceof Error ? error.message : String(error)}\n`);
  await shutDown(1);
}

// `npm start`: serves a real VS Code (code-server, installed on first use) at a printed 127.0.0.1 URL with
// examples/ open and the freshly packaged extension installed. Ctrl-C stops code-server and everything it
// started (extension host, language server): they live in one process group, which is killed as a whole.
import path from 'node:path';
import { repoRoot, testRoot } from './lib/paths.mjs';
import { packagedVsix, startServeSession } from './lib/serve-session.mjs';

const say = (message) => process.stdout.write(`${message}\n`);

let session;
let stopping = false;
async function shutDown(code) {
  if (stopping) return;
  stopping = true;
  say('\nStopping code-server...');
  await session?.stop();
  process.exit(code);
}
process.on('SIGINT', () => shutDown(0));
process.on('SIGTERM', () => shutDown(0));

try {
  const vsix = packagedVsix();
  say(`Installing ${path.basename(vsix)} into the local code-server...`);
  session = await startServeSession({
    vsix,
    folder: path.join(repoRoot, 'examples'),
    profileRoot: path.join(testRoot, 'serve'),
    onLog: (line) => { if (/\berror\b/i.test(line)) process.stderr.write(`code-server: ${line}\n`); },
  });
  say('');
  say('IMR Author is running in VS Code (code-server) with examples/ open:');
  say('');
  say(`    ${session.url}`);
  say('');
  say('Open that address in a browser on this machine. Press Ctrl-C to stop.');
  const { code, signal } = await session.server.exited;
  if (!stopping) {
    process.stderr.write(`code-server stopped by itself (${signal ?? `exit ${code}`})\n`);
    await shutDown(1);
  }
} catch (error) {
  process.stderr.write(`npm start failed: ${error instanceof Error ? error.message : String(error)}\n`);
  await session?.stop();
  process.exit(1);
}

// Runs a program to completion and collects what it printed (stdout and stderr together): used by
// code-server's CLI calls and by the Neovim and Emacs client tests.
import { spawn } from 'node:child_process';

/** Resolves with the exit code and the combined output; rejects only if the program cannot start. */
export function runToExit(command, args, options = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => { output += chunk; });
    child.stderr.on('data', (chunk) => { output += chunk; });
    child.on('error', reject);
    child.on('exit', (code) => resolve({ code, output }));
  });
}

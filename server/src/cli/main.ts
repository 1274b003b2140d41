// imr-lint: the entry esbuild bundles into dist/cli.js (with a shebang). Wires the process to run();
// a CliError ends the run with its one-line message and exit code 2, and so does anything
// unexpected — never a stack trace.
import { CliError } from './errors';
import { run } from './run';

/** The bytes, not yet decoded: run.ts refuses what is not UTF-8 rather than check replacement characters. */
function readStdin(): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    process.stdin.on('data', (chunk: Buffer) => chunks.push(chunk));
    process.stdin.on('end', () => resolve(Buffer.concat(chunks)));
    process.stdin.on('error', (error) => reject(new CliError(`standard input cannot be read (${error.message}).`)));
  });
}

// A reader that stops early (`imr-lint … | head`) is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
});

run(process.argv.slice(2), {
  stdout: { isTTY: process.stdout.isTTY === true, write: (text) => process.stdout.write(text) },
  stderr: { isTTY: process.stderr.isTTY === true, write: (text) => process.stderr.write(text) },
  env: process.env,
  readStdin,
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const message = error instanceof CliError ? error.message : `internal error: ${error instanceof Error ? error.message : String(error)}`;
    process.stderr.write(`imr-lint: ${message}\n`);
    process.exitCode = 2;
  },
);

// `npm test`: runs every part of the test suite in order — even after one fails, so one broken part never
// hides the others — then prints a table (part, result, passing, failing, skipped, time) and a closing line
// `total: N passed, N failed, N skipped`. Exits 1 when any part failed.
// `IMR_TEST_PARTS=unit,lsp npm test` runs only the parts named.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { repoRoot } from './lib/paths.mjs';
import { mochaCounts, summaryTable } from './lib/test-summary.mjs';

const npmBin = (name) => path.join(repoRoot, 'node_modules', '.bin', name);
const mocha = (...args) => [npmBin('mocha'), ...args];

/** Each part: its name, the command, and whether it reports test counts (mocha) or only succeeds or fails. */
const parts = [
  { name: 'compile', command: [npmBin('tsc'), '-p', '.'] },
  { name: 'lint', command: [npmBin('eslint'), '.'] },
  { name: 'build', command: [process.execPath, 'esbuild.mjs'] },
  { name: 'unit', command: mocha('--config', 'test/.mocharc.unit.json'), counts: true },
  { name: 'lsp', command: mocha('--config', 'test/.mocharc.lsp.json'), counts: true },
  { name: 'corpus', command: mocha('--config', 'test/.mocharc.corpus.json'), counts: true },
  { name: 'natural', command: mocha('--config', 'test/.mocharc.natural.json'), counts: true },
  { name: 'e2e', command: [process.execPath, 'scripts/test-e2e.mjs'], counts: true },
  { name: 'workbench', command: ['npm', 'run', '--silent', 'test:workbench'], counts: true },
  { name: 'nvim', command: mocha('--timeout', '60000', 'test/nvim/*.test.mjs'), counts: true },
  { name: 'emacs', command: mocha('--timeout', '60000', 'test/emacs/*.test.mjs'), counts: true },
];

const only = process.env.IMR_TEST_PARTS?.split(',').map((name) => name.trim()).filter(Boolean);
if (only) {
  const unknown = only.filter((name) => !parts.some((part) => part.name === name));
  if (unknown.length > 0) {
    process.stderr.write(`IMR_TEST_PARTS names unknown parts: ${unknown.join(', ')} (known: ${parts.map((p) => p.name).join(', ')})\n`);
    process.exit(2);
  }
}

/** Runs one part with its output shown as it comes and kept for the counts. */
function runPart(part) {
  return new Promise((resolve) => {
    const started = process.hrtime.bigint();
    const [program, ...args] = part.command;
    const child = spawn(program, args, { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'], shell: false });
    let output = '';
    const keep = (stream, sink) => stream.on('data', (chunk) => {
      sink.write(chunk);
      output += chunk.toString('utf8');
      // Only the closing lines are read for the counts; the rest need not be kept.
      if (output.length > 200_000) output = output.slice(-100_000);
    });
    keep(child.stdout, process.stdout);
    keep(child.stderr, process.stderr);
    const finish = (code, signal, error) => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      resolve({ name: part.name, ok: code === 0, code, signal, error, seconds,
        ...(part.counts ? mochaCounts(output) : {}) });
    };
    child.on('error', (error) => finish(null, null, error));
    child.on('close', (code, signal) => finish(code, signal));
  });
}

const results = [];
for (const part of parts) {
  if (only && !only.includes(part.name)) continue;
  process.stdout.write(`\n== npm test: ${part.name}\n`);
  results.push(await runPart(part));
}

process.stdout.write(`\n${summaryTable(results)}\n`);
process.exit(results.every((result) => result.ok) ? 0 : 1);

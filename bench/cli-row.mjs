// imr-lint, start-up included: over 500 letters (copies in a temporary folder, deleted afterwards),
// and over the shared letters read in place beside a node process that only reads the same files.
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import { median, p95, sampleAsync } from './stats.mjs';
import { letterFolder } from './corpus.mjs';

function runNode(args) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    const out = [];
    child.stdout.on('data', (chunk) => out.push(chunk));
    child.stderr.resume();
    child.on('error', reject);
    child.on('close', (code) => resolve({ ms: performance.now() - started, code, stdout: Buffer.concat(out).toString('utf8') }));
  });
}

const runCli = (cliPath, dir) => runNode([cliPath, '--format', 'json', dir]);

// The floor for the CLI: walk the folder as imr-lint does (*.imr and *.txt, no node_modules or dot
// folders) and read every file as text, nothing else.
const readerScript = `
const fs = require('node:fs'); const path = require('node:path');
let bytes = 0;
(function walk(dir) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    if (e.isDirectory()) { if (e.name !== 'node_modules' && !e.name.startsWith('.')) walk(path.join(dir, e.name)); }
    else if (/\\.(imr|txt)$/i.test(e.name)) bytes += fs.readFileSync(path.join(dir, e.name), 'utf8').length;
  }
})(process.argv[1]);
process.stdout.write(String(bytes));
`;

export async function cliRow(cliPath, letters, count = 500) {
  const dir = letterFolder(letters, count);
  try {
    const checked = await runCli(cliPath, dir);
    let files = NaN;
    try {
      const report = JSON.parse(checked.stdout);
      files = Array.isArray(report) ? report.length : (report.files?.length ?? report.results?.length ?? NaN);
    } catch {
      // Not JSON: reported below as an unknown count.
    }
    const times = await sampleAsync(async () => (await runCli(cliPath, dir)).ms, { warmup: 1, reps: 5 });
    const perSecond = count / (median(times) / 1000);
    return {
      what: `imr-lint --format json over ${count} letters (copies of the corpus in a temp folder), start-up included`,
      median: median(times),
      p95: p95(times),
      target: '≥ 500 letters/s',
      ratio: `${perSecond.toFixed(0)} letters/s (exit ${checked.code}; ${Number.isNaN(files) ? 'files in report unknown' : `${files} files in the report`})`,
      pass: perSecond >= 500,
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** imr-lint over the shared letters, read in place, against a node process that only reads them; runs interleaved. */
export async function cliAgainstReaderRow(cliPath, sharedDir, letterCount) {
  const cli = [];
  const reader = [];
  for (let i = 0; i < 9; i++) {
    const ours = await runCli(cliPath, sharedDir);
    const floor = await runNode(['-e', readerScript, sharedDir]);
    if (floor.code !== 0) throw new Error(`the reading process exited ${floor.code}`);
    // The first run of each warms the disk cache and is not counted.
    if (i === 0) continue;
    cli.push(ours.ms);
    reader.push(floor.ms);
  }
  const ratio = median(cli) / median(reader);
  return {
    what: `imr-lint --format json over ../shared/letters (${letterCount} letters, read in place), start-up included`,
    median: median(cli),
    p95: p95(cli),
    target: '≤ 2× a node process that only reads them',
    ratio: `${ratio.toFixed(1)}× the reading process (median ${median(reader).toFixed(0)} ms, p95 ${p95(reader).toFixed(0)} ms; ${cli.length} runs each, interleaved)`,
    pass: ratio <= 2,
  };
}

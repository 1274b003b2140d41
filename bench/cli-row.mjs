// imr-lint over 500 letters, start-up included: copies in a temporary folder (deleted afterwards).
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { median, p95, sampleAsync } from './stats.mjs';

function runCli(cliPath, dir) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [cliPath, '--format', 'json', dir], { stdio: ['ignore', 'pipe', 'pipe'] });
    const out = [];
    child.stdout.on('data', (chunk) => out.push(chunk));
    child.stderr.resume();
    child.on('error', reject);
    child.on('close', (code) => resolve({ ms: performance.now() - started, code, stdout: Buffer.concat(out).toString('utf8') }));
  });
}

export async function cliRow(cliPath, letters, count = 500) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'imr-bench-letters-'));
  try {
    for (let i = 0; i < count; i++) fs.writeFileSync(path.join(dir, `letter-${String(i).padStart(3, '0')}.imr`), letters[i % letters.length].text);
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

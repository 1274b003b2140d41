// Emacs 28 with eglot (Debian's `emacs-nox` and `elpa-eglot`) as a real LSP client: the README's set-up
// connects to `node dist/server.js --stdio` and shows the pushed diagnostics of a defective letter.
// Needs `npm run build` (dist/server.js) and `emacs` on PATH.
import { describe, it, before } from 'mocha';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runToExit } from '../../scripts/lib/run-to-exit.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '..', '..');
const server = path.join(repoRoot, 'dist', 'server.js');

/** Runs check-letter.el on `letter` in a batch Emacs and returns its printed lines. */
async function checkInEmacs(letter) {
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'imr-emacs-'));
  try {
    const { code, output } = await runToExit('emacs', ['--batch', '-Q', '-l', path.join(here, 'check-letter.el')], {
      env: { ...process.env, HOME: home, IMR_SERVER: server, IMR_LETTER: letter },
    });
    assert.equal(code, 0, `emacs exited ${code}:\n${output}`);
    return output.split('\n');
  } finally {
    fs.rmSync(home, { recursive: true, force: true });
  }
}

describe('Emacs 28 + eglot with node dist/server.js --stdio', function () {
  this.timeout(60_000);
  let lines;

  before(async function () {
    assert.equal(spawnSync('emacs', ['--version']).status, 0, 'emacs is not installed: apt-get install -y emacs-nox elpa-eglot');
    assert.ok(fs.existsSync(server), `${server} is missing: run npm run build first`);
    // A copy: eglot and Emacs may write beside the file they visit.
    const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'imr-emacs-letter-'));
    const letter = path.join(scratch, 'missing-summary.imr');
    fs.copyFileSync(path.join(repoRoot, 'test', 'e2e', 'workspace', 'missing-summary.imr'), letter);
    try {
      lines = await checkInEmacs(letter);
    } finally {
      fs.rmSync(scratch, { recursive: true, force: true });
    }
  });

  it('connects eglot to the server', () => {
    assert.ok(lines.includes('SERVER connected'), lines.join('\n'));
  });

  it('shows the pushed section-missing diagnostic as an error', () => {
    const diagnostics = lines.filter((l) => l.startsWith('DIAGNOSTIC '));
    assert.equal(diagnostics.length, 1, lines.join('\n'));
    assert.match(diagnostics[0], /^DIAGNOSTIC eglot-error .*\[section-missing\]: The letter has no 'CLINICAL CASE SUMMARY' section/);
  });
});

// Emacs 28 with eglot (Debian's `emacs-nox` and `elpa-eglot`) as a real LSP client: the README's set-up
// connects to `node dist/server.js --stdio` and shows the pushed diagnostics of a defective letter; the
// workspace diagnostics reach eglot for a letter that is not opened, and again when it changes on disk.
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

/** Runs `script` (check-letter.el by default) on `letter` in a batch Emacs and returns its printed lines. */
async function checkInEmacs(letter, script = 'check-letter.el', env = {}) {
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'imr-emacs-'));
  try {
    const { code, output } = await runToExit('emacs', ['--batch', '-Q', '-l', path.join(here, script)], {
      env: { ...process.env, HOME: home, IMR_SERVER: server, IMR_LETTER: letter, ...env },
    });
    assert.equal(code, 0, `emacs exited ${code}:\n${output}`);
    return output.split('\n');
  } finally {
    fs.rmSync(home, { recursive: true, force: true });
  }
}

const examples = path.join(repoRoot, 'test', 'e2e', 'workspace');

/**
 * Copies test/e2e/workspace letters into a new folder (`copies`: name in the folder → example), since
 * eglot and Emacs may write beside the files they visit; runs `run(folder)`, then removes the folder.
 */
async function inCopies(copies, run) {
  assert.equal(spawnSync('emacs', ['--version']).status, 0, 'emacs is not installed: apt-get install -y emacs-nox elpa-eglot');
  assert.ok(fs.existsSync(server), `${server} is missing: run npm run build first`);
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'imr-emacs-letters-'));
  try {
    for (const [name, example] of Object.entries(copies)) fs.copyFileSync(path.join(examples, example), path.join(scratch, name));
    return await run(scratch);
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

describe('Emacs 28 + eglot with node dist/server.js --stdio', function () {
  this.timeout(60_000);
  let lines;

  before(async function () {
    lines = await inCopies({ 'missing-summary.imr': 'missing-summary.imr' }, (folder) => checkInEmacs(path.join(folder, 'missing-summary.imr')));
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

describe('Emacs 28 + eglot: workspace diagnostics for a letter that is not opened', function () {
  this.timeout(60_000);
  let lines;

  before(async function () {
    // The workspace: a letter opened in Emacs and one never opened.
    lines = await inCopies({ 'opened.imr': 'clean-2016.imr', 'unopened.imr': 'missing-summary.imr' }, (folder) =>
      checkInEmacs(path.join(folder, 'opened.imr'), 'workspace-letters.el', {
        IMR_UNOPENED: path.join(folder, 'unopened.imr'),
        // Copied over the unopened letter on disk while Emacs runs.
        IMR_REPLACEMENT: path.join(examples, 'citation-missing.imr'),
      }));
  });

  it('connects, and waits for nothing in vain', () => {
    assert.ok(lines.includes('SERVER connected'), lines.join('\n'));
    assert.deepEqual(lines.filter((l) => l.startsWith('TIMEOUT')), [], lines.join('\n'));
  });

  it('gets the pushed diagnostics of the letter that is not opened', () => {
    assert.ok(lines.includes('UNOPENED BEFORE section-missing'), lines.join('\n'));
    assert.ok(lines.includes('VISITED no'), lines.join('\n'));
  });

  it("gets them again when the file changes on disk: eglot's watcher tells the server, which pushes the new ones", () => {
    assert.ok(lines.includes('TOLD OF CHANGE yes'), lines.join('\n'));
    assert.ok(lines.includes('UNOPENED AFTER citation-missing'), lines.join('\n'));
  });
});

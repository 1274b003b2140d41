// Neovim 0.7 (Debian's `neovim`) as a real third-party LSP client: `node dist/server.js --stdio` attached with
// vim.lsp.start_client must push the expected diagnostics for a defective letter and offer code actions,
// and the diagnostics of a workspace letter that is not opened.
// Needs `npm run build` (dist/server.js) and `nvim` on PATH.
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
const letters = path.join(repoRoot, 'test', 'e2e', 'workspace');

/** Runs `script` (check-letter.lua by default) on `letter` in a headless Neovim and returns what it observed. */
async function checkInNeovim(letter, script = 'check-letter.lua', env = {}) {
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'imr-nvim-'));
  const resultPath = path.join(scratch, 'result.json');
  try {
    const { code, output } = await runToExit('nvim', ['--headless', '--clean', '-n', '-i', 'NONE',
      '-c', `luafile ${path.join(here, script)}`], {
      env: { ...process.env, ...env, IMR_SERVER: server, IMR_LETTER: letter, IMR_RESULT: resultPath,
        XDG_STATE_HOME: scratch, XDG_DATA_HOME: scratch, XDG_CACHE_HOME: scratch },
    });
    assert.ok(fs.existsSync(resultPath), `nvim exited ${code} without a result:\n${output}`);
    return JSON.parse(fs.readFileSync(resultPath, 'utf8'));
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

describe('Neovim 0.7 with node dist/server.js --stdio', function () {
  this.timeout(60_000);
  let observed;

  before(async function () {
    assert.equal(spawnSync('nvim', ['--version']).status, 0, 'nvim is not installed: apt-get install -y neovim');
    assert.ok(fs.existsSync(server), `${server} is missing: run npm run build first`);
    observed = await checkInNeovim(path.join(letters, 'missing-summary.imr'));
  });

  it('initializes the server and reports no client-side errors', () => {
    assert.deepEqual(observed.errors, []);
    assert.equal(observed.initialized, true);
  });

  it('shows the pushed section-missing diagnostic for a letter without CLINICAL CASE SUMMARY', () => {
    const missing = observed.diagnostics.filter((d) => d.code === 'section-missing');
    assert.equal(missing.length, 1, JSON.stringify(observed.diagnostics));
    assert.match(missing[0].message, /CLINICAL CASE SUMMARY/);
  });

  it('offers code actions for the letter, among them a quick fix that inserts the missing section', () => {
    assert.ok(observed.code_actions.length > 0, 'no code actions offered');
    const insert = observed.code_actions.find((action) => action.kind === 'quickfix' && /CLINICAL CASE SUMMARY/.test(action.title));
    assert.ok(insert, JSON.stringify(observed.code_actions));
  });
});

describe('Neovim 0.7: workspace diagnostics pushed for a letter that is not opened', function () {
  this.timeout(60_000);
  let observed;

  before(async function () {
    assert.equal(spawnSync('nvim', ['--version']).status, 0, 'nvim is not installed: apt-get install -y neovim');
    assert.ok(fs.existsSync(server), `${server} is missing: run npm run build first`);
    // The workspace: a letter opened in Neovim and one never opened, copies in a folder of their own.
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'imr-nvim-workspace-'));
    try {
      fs.copyFileSync(path.join(letters, 'clean-2016.imr'), path.join(folder, 'opened.imr'));
      fs.copyFileSync(path.join(letters, 'missing-summary.imr'), path.join(folder, 'unopened.imr'));
      observed = await checkInNeovim(path.join(folder, 'opened.imr'), 'workspace-letters.lua', { IMR_UNOPENED: path.join(folder, 'unopened.imr') });
    } finally {
      fs.rmSync(folder, { recursive: true, force: true });
    }
  });

  it('shows the unopened letter\'s section-missing diagnostic without loading the letter', () => {
    assert.deepEqual(observed.errors, []);
    assert.deepEqual(observed.unopened_codes, ['section-missing']);
    assert.equal(observed.unopened_loaded, false);
  });
});

// The packaged .vsix installs into code-server's extension directory the way a user installs it
// (`code-server --install-extension <vsix>`), and only the bundles go into it. Needs `npm run package`.
import { describe, it, before, after } from 'mocha';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { profileDirs, runCodeServerCli } from '../../../scripts/lib/code-server-process.mjs';
import { installVsix, packagedVsix } from '../../../scripts/lib/serve-session.mjs';

describe('the packaged .vsix', function () {
  // The first run on a fresh machine installs code-server itself (about 70 s on 2 cores).
  this.timeout(240_000);
  let scratch;
  let dirs;

  before(() => {
    scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'imr-vsix-'));
    dirs = profileDirs({ userDataDir: path.join(scratch, 'user-data'), extensionsDir: path.join(scratch, 'extensions'),
      xdgRoot: path.join(scratch, 'xdg') });
  });
  after(() => fs.rmSync(scratch, { recursive: true, force: true }));

  it('installs into code-server and is listed with its version', async () => {
    const { version } = JSON.parse(fs.readFileSync(new URL('../../../package.json', import.meta.url), 'utf8'));
    await installVsix(dirs, packagedVsix());
    const listed = await runCodeServerCli(dirs, ['--list-extensions', '--show-versions']);
    assert.equal(listed.code, 0, listed.output);
    assert.match(listed.output, new RegExp(`^imr-author\\.imr-author@${version.replace(/\./g, '\\.')}$`, 'm'));
  });

  it('holds the bundles, not the sources or node_modules', () => {
    const [installed] = fs.readdirSync(dirs.extensionsDir).filter((name) => name.startsWith('imr-author.imr-author-'));
    assert.ok(installed, 'no installed extension folder');
    const root = path.join(dirs.extensionsDir, installed);
    for (const bundle of ['dist/extension.js', 'dist/server.js', 'package.json']) {
      assert.ok(fs.existsSync(path.join(root, bundle)), `${bundle} missing from the installed extension`);
    }
    for (const absent of ['node_modules', 'client', 'test']) {
      assert.ok(!fs.existsSync(path.join(root, absent)), `${absent} should not be packaged`);
    }
    const sources = fs.readdirSync(root, { recursive: true }).filter((file) => /\.ts$/.test(file));
    assert.deepEqual(sources, [], 'TypeScript sources should not be packaged');
  });
});

// Loading settings and catalogs (node/load-config.ts), the one path the server and imr-lint share:
// the same files give the same messages on both sides, a catalog a workspace names must lie inside
// it, a file is read only when it is a regular file under the size limit, and no message quotes a
// byte of a file it could not use.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ConfigResolver } from '../../../server/src/cli/config';
import { CliError } from '../../../server/src/cli/errors';
import { editorCatalogRequests, workspaceSettingsFiles } from '../../../server/src/node/config-files';
import { maxDataFileBytes, readDataFile } from '../../../server/src/node/data-file';
import { loadConfig, type LoadedConfig } from '../../../server/src/node/load-config';
import { assertBuilt, runCli } from '../cli-spawn';

const secret = 's3cr3t-token-4711';
const extraTopic = JSON.stringify({ source: 'test', parts: [{ id: 'low-back', sections: [{ name: 'Lumbar Supports', source: 'a catalog written for this test' }] }] });
const knowsExtraTopic = (config: { catalog: LoadedConfig['catalog'] }) => {
  const part = config.catalog.part('low-back');
  return part !== undefined && config.catalog.lookupSection(part, 'Lumbar Supports')?.section?.name === 'Lumbar Supports';
};

function folderWith(files: Record<string, string>): string {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'imr-config-')));
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

/** What imr-lint makes of a settings file: its warnings, or the message that stops it. */
function cliMessages(settingsFile: string): { warnings: string[]; stop?: string; config?: ReturnType<ConfigResolver['forLetter']> } {
  const warnings: string[] = [];
  try {
    const config = new ConfigResolver(settingsFile, (m) => warnings.push(m)).forLetter(path.dirname(settingsFile));
    return { warnings, config };
  } catch (error) {
    assert.ok(error instanceof CliError);
    return { warnings, stop: error.message };
  }
}

/** What the server makes of a workspace's settings file (it passes it as server.ts does). */
function serverMessages(settingsFile: string): { messages: string[]; loaded: LoadedConfig } {
  const loaded = loadConfig({ settingsFiles: [settingsFile], editorSettings: { where: 'Settings (imr.rules / imr.profile)', value: {} } });
  return { messages: loaded.problems.map((p) => p.message), loaded };
}

describe('config loading: one path for the server and imr-lint', () => {
  const folders: string[] = [];
  const folder = (files: Record<string, string>) => {
    const dir = folderWith(files);
    folders.push(dir);
    return dir;
  };
  after(() => folders.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

  it('a broken catalog gets the same message on both sides, naming the file once', () => {
    const dir = folder({ '.imrlintrc.json': JSON.stringify({ catalogs: ['broken.json'] }), 'broken.json': `{ "parts": [ ${secret}` });
    const file = path.join(dir, 'broken.json');
    const expected = `${file}: is not valid JSON (line 1, column 14)`;
    assert.deepEqual(serverMessages(path.join(dir, '.imrlintrc.json')).messages, [expected]);
    assert.deepEqual(cliMessages(path.join(dir, '.imrlintrc.json')).warnings, [expected]);
  });

  it('a catalog and a settings file that start with a byte order mark are read on both sides', () => {
    const dir = folder({ '.imrlintrc.json': `\uFEFF${JSON.stringify({ catalogs: ['bom.json'], rules: { placeholder: 'off' } })}`, 'bom.json': `\uFEFF${extraTopic}` });
    const server = serverMessages(path.join(dir, '.imrlintrc.json'));
    const cli = cliMessages(path.join(dir, '.imrlintrc.json'));
    assert.deepEqual(server.messages, []);
    assert.deepEqual(cli.warnings, []);
    assert.ok(knowsExtraTopic(server.loaded) && knowsExtraTopic(cli.config!), 'both merged the catalog');
    assert.equal(server.loaded.settings.rules.placeholder, 'off');
    assert.equal(cli.config!.settings.rules.placeholder, 'off');
  });

  it('a missing catalog: the same message; imr-lint stops on it, the server carries on', () => {
    const dir = folder({ '.imrlintrc.json': JSON.stringify({ catalogs: ['nowhere.json'] }) });
    const expected = `${path.join(dir, 'nowhere.json')}: cannot be read (ENOENT).`;
    const server = serverMessages(path.join(dir, '.imrlintrc.json'));
    assert.deepEqual(server.messages, [expected]);
    assert.equal(server.loaded.problems[0].fileUnusable, true);
    assert.equal(cliMessages(path.join(dir, '.imrlintrc.json')).stop, expected);
  });

  it('a settings file that is not JSON: the same message on both sides, quoting none of it', () => {
    const dir = folder({ '.imrlintrc.json': `{"rules": ${secret}}` });
    const expected = `${path.join(dir, '.imrlintrc.json')}: is not valid JSON (line 1, column 11).`;
    assert.deepEqual(serverMessages(path.join(dir, '.imrlintrc.json')).messages, [expected]);
    assert.equal(cliMessages(path.join(dir, '.imrlintrc.json')).stop, expected);
  });

  it('a catalog that is JSON but not a catalog is described without its values or keys', () => {
    const dir = folder({ '.imrlintrc.json': JSON.stringify({ catalogs: ['c.json'] }), 'c.json': JSON.stringify({ [secret]: secret, parts: [{ id: 'x', years: [secret] }] }) });
    const [message] = serverMessages(path.join(dir, '.imrlintrc.json')).messages;
    assert.match(message, /c\.json: the file: has a property the schema does not allow/);
    assert.ok(!message.includes(secret), message);
  });
});

describe('config loading: a workspace reads only its own files', () => {
  let outside: string;
  let workspace: string;
  before(() => {
    outside = folderWith({ 'secret.json': `${secret} ${secret}`, 'catalog.json': extraTopic });
    workspace = folderWith({ 'inside.json': extraTopic });
  });
  after(() => [outside, workspace].forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

  const settingsNaming = (catalogs: string[]) => {
    const file = path.join(workspace, '.imrlintrc.json');
    fs.writeFileSync(file, JSON.stringify({ catalogs }));
    return file;
  };

  it('refuses a catalog outside the settings file\'s folder, by path, before reading it', () => {
    for (const named of ['../' + path.basename(outside) + '/secret.json', path.join(outside, 'secret.json'), '/proc/self/environ', '/etc/passwd']) {
      const file = settingsNaming([named]);
      const server = serverMessages(file);
      assert.equal(server.messages.length, 1, named);
      assert.match(server.messages[0], /is outside .*the only place .*\.imrlintrc\.json may name a catalog; it was not read\.$/, named);
      assert.ok(!server.messages[0].includes(secret), server.messages[0]);
      assert.equal(cliMessages(file).stop, server.messages[0], 'imr-lint stops with the same message');
    }
  });

  it('follows symbolic links before deciding: a link out of the workspace is refused, a link within it is read', () => {
    fs.symlinkSync(path.join(outside, 'catalog.json'), path.join(workspace, 'link-out.json'));
    fs.symlinkSync(path.join(workspace, 'inside.json'), path.join(workspace, 'link-in.json'));
    const out = serverMessages(settingsNaming(['link-out.json']));
    assert.match(out.messages[0] ?? '', /link-out\.json: is outside /);
    assert.ok(!knowsExtraTopic(out.loaded), 'nothing of the linked file was merged');
    const within = serverMessages(settingsNaming(['link-in.json']));
    assert.deepEqual(within.messages, []);
    assert.ok(knowsExtraTopic(within.loaded));
  });

  it("the editor's workspace settings are held to the workspace folders; the user's own settings are not", () => {
    const named = path.join(outside, 'catalog.json');
    const fromWorkspace = loadConfig({ editorCatalogs: editorCatalogRequests([named], 'Settings (imr.catalog.paths)', workspace, [workspace]).requests });
    assert.match(fromWorkspace.problems[0]?.message ?? '', /catalog\.json: is outside .*Settings \(imr\.catalog\.paths\) may name a catalog/);
    const noFolder = loadConfig({ editorCatalogs: editorCatalogRequests([named], 'Settings (imr.catalog.paths)', workspace, []).requests });
    assert.match(noFolder.problems[0]?.message ?? '', /is not in a workspace folder/);
    const fromUser = loadConfig({ editorCatalogs: editorCatalogRequests([named], 'User settings (imr.catalog.paths)', workspace, undefined).requests });
    assert.deepEqual(fromUser.problems, []);
    assert.ok(knowsExtraTopic(fromUser));
  });

  it("the server refuses a workspace's settings file that links outside the workspace; one above the workspace is the user's", () => {
    const project = folderWith({ 'sub/letter.imr': '' });
    try {
      fs.writeFileSync(path.join(outside, 'settings.json'), JSON.stringify({ profile: secret }));
      fs.symlinkSync(path.join(outside, 'settings.json'), path.join(project, '.imrlintrc.json'));
      const inWorkspace = workspaceSettingsFiles([project]);
      assert.deepEqual(inWorkspace, { files: [], problems: [`${path.join(project, '.imrlintrc.json')}: leads outside ${project}, the workspace folder it is in; it was not read.`] });
      const above = workspaceSettingsFiles([path.join(project, 'sub')]);
      assert.deepEqual(above, { files: [path.join(project, '.imrlintrc.json')], problems: [] });
    } finally {
      fs.rmSync(project, { recursive: true, force: true });
    }
  });

  it('imr-lint run on a workspace that names a file outside it exits 2 and prints none of the file', () => {
    assertBuilt();
    const file = settingsNaming([path.join(outside, 'secret.json')]);
    const run = runCli(['--config', file, '--format', 'json', '-'], { input: 'Case Number: CM00-0000000\n' });
    assert.equal(run.status, 2, run.stderr);
    assert.match(run.stderr, /secret\.json: is outside /);
    assert.ok(!(run.stderr + run.stdout).includes(secret));
  });
});

describe('config loading: only regular files under the size limit are read', () => {
  let dir: string;
  before(() => (dir = folderWith({})));
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it(`refuses a file larger than ${maxDataFileBytes / 1024 / 1024} MB by its size`, () => {
    const big = path.join(dir, 'big.json');
    fs.writeFileSync(big, '');
    fs.truncateSync(big, 100 * 1024 * 1024); // sparse: nothing is written
    assert.deepEqual(readDataFile(big), { ok: false, problem: `${big}: is larger than 10 MB, the limit for a settings or catalog file; it was not read.` });
    fs.truncateSync(big, maxDataFileBytes + 1);
    assert.equal(readDataFile(big).ok, false);
    fs.truncateSync(big, maxDataFileBytes);
    assert.equal(readDataFile(big).ok, true, 'exactly the limit is read');
  });

  it('stops reading at the limit when the file says it is empty (as /proc files do)', () => {
    const read = readDataFile('/proc/self/status', 'status', 16);
    assert.deepEqual(read, { ok: false, problem: 'status: is larger than 16 bytes, the limit for a settings or catalog file; it was not read.' });
  });

  it('refuses a FIFO and a folder without waiting on them', () => {
    const fifo = path.join(dir, 'catalog.fifo');
    assert.equal(spawnSync('mkfifo', [fifo]).status, 0, 'mkfifo made the FIFO');
    assert.deepEqual(readDataFile(fifo), { ok: false, problem: `${fifo}: is not a regular file; it was not read.` });
    assert.deepEqual(readDataFile(dir), { ok: false, problem: `${dir}: is not a regular file; it was not read.` });
  });
});

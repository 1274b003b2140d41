// User catalogs named in .imrlintrc.json: merged over the built-in catalog, reloaded when they change,
// and a broken one reported by name while the server carries on with the built-in catalog. The server
// and imr-lint give the same messages; a workspace reads only catalogs inside it, and an untrusted
// workspace none.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { startServer, type ServerUnderTest } from '../helpers/lsp-client';
import { workspaceTrustedNotification } from '../../server/src/protocol';
import { repoRoot } from '../helpers/repo-root';
import { assertBuilt, runCli } from '../unit/cli-spawn';

const letter = fs
  .readFileSync(path.join(repoRoot(), 'test', 'fixtures', 'letters', 'two-items-2016.imr'), 'utf8')
  .replace('MAXIMUS guideline: Decision based on MTUS Low Back Complaints 2004, Section(s): Special Studies.', 'MAXIMUS guideline: Decision based on MTUS Low Back Complaints 2004, Section(s): Inversion Tables.');

const extraTopic = { source: 'test', parts: [{ id: 'low-back', sections: [{ name: 'Inversion Tables', source: 'a workspace catalog written for this test' }] }] };

describe('user catalogs', () => {
  let server: ServerUnderTest;
  let folder: string;
  const uri = 'file:///tmp/user-catalog.imr';
  const codes = async () => (await server.connection.sendRequest<{ items: { code: string }[] }>('textDocument/diagnostic', { textDocument: { uri } })).items.map((d) => d.code);

  before(async () => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'imr-user-catalog-'));
    fs.writeFileSync(path.join(folder, '.imrlintrc.json'), JSON.stringify({ catalogs: ['topics.json'] }));
    fs.writeFileSync(path.join(folder, 'topics.json'), JSON.stringify(extraTopic));
    server = startServer();
    await server.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(folder).href,
      workspaceFolders: [{ uri: pathToFileURL(folder).href, name: 'letters' }],
      capabilities: { textDocument: { diagnostic: {} } },
    });
    const loaded = new Promise<void>((resolve) => server.connection.onRequest('workspace/diagnostic/refresh', () => (resolve(), null)));
    await server.connection.sendNotification('initialized', {});
    await loaded;
    await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'imr', version: 1, text: letter } });
  });
  after(async () => {
    await server.stop();
    fs.rmSync(folder, { recursive: true, force: true });
  });

  it('knows a topic the workspace catalog adds', async () => {
    assert.deepEqual(await codes(), []);
  });

  it('reports a broken catalog file by name, and carries on with the built-in catalog', async () => {
    fs.writeFileSync(path.join(folder, 'topics.json'), '{ "parts": [ ');
    // vscode-languageserver shows warnings as window/showMessageRequest.
    const warned = new Promise<{ message: string }>((resolve) => server.connection.onRequest('window/showMessageRequest', (params: { message: string }) => (resolve(params), null)));
    await server.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(path.join(folder, 'topics.json')).href, type: 2 }] });
    assert.match((await warned).message, /topics\.json/);
    assert.deepEqual(await codes(), ['citation-unknown-topic']);
  });

  it('reloads the catalog when the file is mended', async () => {
    fs.writeFileSync(path.join(folder, 'topics.json'), JSON.stringify(extraTopic));
    const refreshed = new Promise<void>((resolve) => server.connection.onRequest('workspace/diagnostic/refresh', () => (resolve(), null)));
    await server.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(path.join(folder, 'topics.json')).href, type: 2 }] });
    await refreshed;
    assert.deepEqual(await codes(), []);
  });
});

/** A server started on `folder`, with its settings loaded; `options` are the client's initializationOptions. */
async function serverOn(folder: string, options?: { initializationOptions?: unknown; configuration?: unknown }): Promise<{ server: ServerUnderTest; warnings: string[] }> {
  const server = startServer();
  if (options?.configuration !== undefined) server.configuration = options.configuration;
  await server.connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: pathToFileURL(folder).href,
    workspaceFolders: [{ uri: pathToFileURL(folder).href, name: 'letters' }],
    capabilities: { textDocument: { diagnostic: {} }, workspace: { configuration: options?.configuration !== undefined } },
    initializationOptions: options?.initializationOptions,
  });
  const loaded = new Promise<void>((resolve) => server.connection.onRequest('workspace/diagnostic/refresh', () => (resolve(), null)));
  await server.connection.sendNotification('initialized', {});
  await loaded;
  // Warnings reach the log as window/logMessage (type 2) before the refresh.
  const warnings = ((server.notifications.get('window/logMessage') ?? []) as { type: number; message: string }[]).filter((m) => m.type === 2).map((m) => m.message);
  return { server, warnings };
}

async function openAndCheck(server: ServerUnderTest, uri: string): Promise<string[]> {
  await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'imr', version: 1, text: letter } });
  return (await server.connection.sendRequest<{ items: { code: string }[] }>('textDocument/diagnostic', { textDocument: { uri } })).items.map((d) => d.code);
}

describe('user catalogs: the server and imr-lint load them alike', () => {
  const secret = 's3cr3t-token-4711';
  const folders: string[] = [];
  const folder = (files: Record<string, string>) => {
    const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'imr-user-catalog-')));
    for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
    folders.push(dir);
    return dir;
  };
  const servers: ServerUnderTest[] = [];
  const start = async (dir: string, options?: Parameters<typeof serverOn>[1]) => {
    const started = await serverOn(dir, options);
    servers.push(started.server);
    return started;
  };
  afterEach(async () => {
    await Promise.all(servers.splice(0).map((s) => s.stop()));
  });
  after(() => folders.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

  it('a broken catalog gets the same message, naming it once, and a catalog with a byte order mark is read by both', async () => {
    assertBuilt();
    const dir = folder({
      '.imrlintrc.json': JSON.stringify({ catalogs: ['broken.json', 'bom.json'] }),
      'broken.json': `{ "parts": [ ${secret}`,
      'bom.json': `\uFEFF${JSON.stringify(extraTopic)}`,
      'letter.imr': letter,
    });
    const { server, warnings } = await start(dir);
    const cli = runCli(['--format', 'json', path.join(dir, 'letter.imr')]);
    const cliWarnings = cli.stderr.split('\n').filter((l) => l.startsWith('imr-lint: warning: ')).map((l) => l.slice('imr-lint: warning: '.length));
    assert.deepEqual(warnings, [`${path.join(dir, 'broken.json')}: is not valid JSON (line 1, column 14)`]);
    assert.deepEqual(cliWarnings, warnings);
    assert.deepEqual(await openAndCheck(server, pathToFileURL(path.join(dir, 'letter.imr')).href), [], 'the server merged the BOM catalog');
    const cliCodes = (JSON.parse(cli.stdout) as { files: { diagnostics: { ruleId: string }[] }[] }).files[0].diagnostics.map((d) => d.ruleId);
    assert.deepEqual(cliCodes, [], 'imr-lint merged the BOM catalog');
  });

  it('refuses a catalog outside the workspace folder without quoting it, and carries on with the built-in catalog', async () => {
    const outside = folder({ 'secret.json': `${secret}\n${secret}` });
    const dir = folder({ '.imrlintrc.json': JSON.stringify({ catalogs: [path.join(outside, 'secret.json'), '/proc/self/environ'] }) });
    const { server, warnings } = await start(dir);
    assert.equal(warnings.length, 2, warnings.join('\n'));
    for (const w of warnings) {
      assert.match(w, /: is outside .*\.imrlintrc\.json may name a catalog; it was not read\.$/);
      assert.ok(!w.includes(secret), w);
    }
    assert.deepEqual(await openAndCheck(server, 'file:///tmp/outside.imr'), ['citation-unknown-topic']);
  });

  it("holds the workspace's imr.catalog.paths to the workspace folder; the user's own paths may be anywhere", async () => {
    const outside = folder({ 'topics.json': JSON.stringify(extraTopic) });
    const dir = folder({});
    const named = path.join(outside, 'topics.json');
    const fromWorkspace = await start(dir, { configuration: { catalog: { paths: [named] } } });
    assert.match(fromWorkspace.warnings.join('\n'), /topics\.json: is outside .*Settings \(imr\.catalog\.paths\) may name a catalog/);
    assert.deepEqual(await openAndCheck(fromWorkspace.server, 'file:///tmp/paths.imr'), ['citation-unknown-topic']);
    const fromUser = await start(dir, { configuration: { catalog: { userPaths: [named] } } });
    assert.deepEqual(fromUser.warnings, []);
    assert.deepEqual(await openAndCheck(fromUser.server, 'file:///tmp/user-paths.imr'), []);
  });

  it("ignores an untrusted workspace's settings file and catalog paths until the workspace is trusted", async () => {
    const dir = folder({ '.imrlintrc.json': JSON.stringify({ catalogs: ['topics.json'] }), 'topics.json': JSON.stringify(extraTopic) });
    const { server } = await start(dir, { initializationOptions: { workspaceTrusted: false }, configuration: { catalog: { paths: ['topics.json'] } } });
    assert.deepEqual(await openAndCheck(server, 'file:///tmp/untrusted.imr'), ['citation-unknown-topic']);
    const refreshed = new Promise<void>((resolve) => server.connection.onRequest('workspace/diagnostic/refresh', () => (resolve(), null)));
    await server.connection.sendNotification(workspaceTrustedNotification);
    await refreshed;
    assert.deepEqual(
      (await server.connection.sendRequest<{ items: { code: string }[] }>('textDocument/diagnostic', { textDocument: { uri: 'file:///tmp/untrusted.imr' } })).items.map((d) => d.code),
      [],
    );
  });
});

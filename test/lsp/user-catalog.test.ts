// User catalogs named in .imrlintrc.json: merged over the built-in catalog, reloaded when they change,
// and a broken one reported by name while the server carries on with the built-in catalog.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { startServer, type ServerUnderTest } from '../helpers/lsp-client';
import { repoRoot } from '../helpers/repo-root';

const letter = fs
  .readFileSync(path.join(repoRoot(), 'test', 'fixtures', 'letters', 'two-items-2016.imr'), 'utf8')
  .replace('MAXIMUS guideline: Decision based on MTUS Low Back Complaints 2004, Section(s): Special Studies.', 'MAXIMUS guideline: Decision based on MTUS Low Back Complaints 2004, Section(s): Lumbar Supports.');

const extraTopic = { source: 'test', parts: [{ id: 'low-back', sections: [{ name: 'Lumbar Supports', source: 'a workspace catalog written for this test' }] }] };

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

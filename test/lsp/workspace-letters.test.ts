// A folder of letters through the protocol: workspace/diagnostic for letters that are not open,
// an update after a file changes on disk, the imr/workspaceReport table, progress, and pushed
// diagnostics for a client without pull.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { startServer, type ServerUnderTest } from '../helpers/lsp-client';
import { workspaceReportRequest } from '../../server/src/protocol';
import { repoRoot } from '../helpers/repo-root';

const letter = fs.readFileSync(path.join(repoRoot(), 'test', 'fixtures', 'letters', 'two-items-2016.imr'), 'utf8');
const misHeaded = letter.replace('CLINICAL CASE SUMMARY', 'Clinical Case Summary');

interface WorkspaceReport {
  items: { kind: 'full' | 'unchanged'; uri: string; version: number | null; resultId?: string; items?: { code: string }[] }[];
}

function folderOfLetters(): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'imr-lsp-ws-'));
  fs.writeFileSync(path.join(root, 'clean.imr'), letter);
  fs.mkdirSync(path.join(root, 'sub'));
  fs.writeFileSync(path.join(root, 'sub', 'mis-headed.imr'), misHeaded);
  fs.writeFileSync(path.join(root, 'notes.txt'), misHeaded);
  return root;
}

const uriOf = (file: string) => pathToFileURL(file).href;

describe('workspace letters over the protocol (pull)', () => {
  let server: ServerUnderTest;
  let root: string;
  const progress: { token: string; value: { kind: string } }[] = [];
  const registrations: { method: string; registerOptions?: { watchers?: { globPattern: string }[] } }[] = [];
  before(async () => {
    root = folderOfLetters();
    server = startServer();
    server.connection.onRequest('client/registerCapability', (params: { registrations: typeof registrations }) => {
      registrations.push(...params.registrations);
      return null;
    });
    server.connection.onRequest('window/workDoneProgress/create', () => null);
    server.connection.onNotification('$/progress', (p: { token: string; value: { kind: string } }) => progress.push(p));
    const result = await server.connection.sendRequest<{ capabilities: { diagnosticProvider: { workspaceDiagnostics: boolean } } }>('initialize', {
      processId: process.pid,
      rootUri: null,
      workspaceFolders: [{ uri: uriOf(root), name: 'letters' }],
      capabilities: { textDocument: { diagnostic: {} }, window: { workDoneProgress: true }, workspace: { configuration: true, didChangeWatchedFiles: { dynamicRegistration: true } } },
    });
    assert.equal(result.capabilities.diagnosticProvider.workspaceDiagnostics, true);
    await server.connection.sendNotification('initialized', {});
  });
  after(async () => {
    await server.stop();
    fs.rmSync(root, { recursive: true, force: true });
  });

  let first: WorkspaceReport;

  it('reports every .imr letter of the folder, none of them open, under a progress report', async () => {
    first = await server.connection.sendRequest<WorkspaceReport>('workspace/diagnostic', { previousResultIds: [] });
    const byUri = new Map(first.items.map((i) => [i.uri, i]));
    assert.deepEqual([...byUri.keys()].sort(), [uriOf(path.join(root, 'clean.imr')), uriOf(path.join(root, 'sub', 'mis-headed.imr'))].sort());
    assert.deepEqual(byUri.get(uriOf(path.join(root, 'clean.imr')))!.items, []);
    assert.deepEqual(byUri.get(uriOf(path.join(root, 'sub', 'mis-headed.imr')))!.items!.map((d) => d.code), ['section-heading-format']);
    assert.ok(first.items.every((i) => i.kind === 'full' && i.version === null && i.resultId));
    const kinds = progress.map((p) => p.value.kind);
    assert.equal(kinds[0], 'begin');
    assert.equal(kinds[kinds.length - 1], 'end');
  });

  it('registers a watcher for .imr files and answers a pull after a letter changes on disk', async () => {
    const watcher = registrations.find((r) => r.method === 'workspace/didChangeWatchedFiles');
    assert.deepEqual(watcher?.registerOptions?.watchers, [{ globPattern: '**/*.imr' }]);
    const previousResultIds = first.items.map((i) => ({ uri: i.uri, value: i.resultId! }));
    // Nothing has changed: the server holds the request until something does.
    const pending = server.connection.sendRequest<WorkspaceReport>('workspace/diagnostic', { previousResultIds });
    const file = path.join(root, 'clean.imr');
    fs.writeFileSync(file, misHeaded);
    await server.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(file), type: 2 }] });
    const next = await pending;
    const changed = next.items.find((i) => i.uri === uriOf(file))!;
    assert.equal(changed.kind, 'full');
    assert.deepEqual(changed.items!.map((d) => d.code), ['section-heading-format']);
    assert.equal(next.items.find((i) => i.uri !== uriOf(file))!.kind, 'unchanged');
  });

  it('imr/workspaceReport tabulates every letter, an open one as the editor holds it', async () => {
    const open = uriOf(path.join(root, 'sub', 'mis-headed.imr'));
    await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: open, languageId: 'imr', version: 1, text: letter.replace('Norco 10/325mg #60: Upheld', 'Norco 10/325mg #60: Overturned') } });
    const report = await (await server.connection.sendRequest(workspaceReportRequest, {}))!;
    assert.deepEqual(report.rows.map((r) => r.file), ['clean.imr', 'sub/mis-headed.imr']);
    assert.deepEqual(report.rows.map((r) => [r.caseNumber, r.items, r.upheld, r.overturned]), [
      ['CM16-0900001', 2, 1, 1],
      ['CM16-0900001', 2, 0, 2],
    ]);
    assert.deepEqual(report.rows[0].rules, ['section-heading-format']);
    assert.ok(!report.rows[1].rules.includes('section-heading-format'), 'the open text, not the file on disk');
    assert.equal(report.csv.split('\r\n')[1], 'clean.imr,CM16-0900001,2,1,1,0,1,0,0,section-heading-format');
    assert.match(report.markdown, /^# Workspace letters report/);
  });

  it('answers a held pull when the settings change, with every letter checked again', async () => {
    const now = await server.connection.sendRequest<WorkspaceReport>('workspace/diagnostic', { previousResultIds: [] });
    const pending = server.connection.sendRequest<WorkspaceReport>('workspace/diagnostic', { previousResultIds: now.items.map((i) => ({ uri: i.uri, value: i.resultId! })) });
    server.configuration = { rules: { 'section-heading-format': 'off' } };
    await server.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    const next = await pending;
    assert.equal(next.items.length, 2);
    assert.ok(next.items.every((i) => i.kind === 'full' && i.items!.length === 0), JSON.stringify(next.items));
  });
});

describe('workspace letters over the protocol (push-only client)', () => {
  let server: ServerUnderTest;
  let root: string;
  before(async () => {
    root = folderOfLetters();
    server = startServer();
  });
  after(async () => {
    await server.stop();
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('publishes diagnostics for letters that are not open, and again after one is deleted', async () => {
    const misUri = uriOf(path.join(root, 'sub', 'mis-headed.imr'));
    const published = server.nextNotification<{ uri: string; diagnostics: { code: string }[] }>('textDocument/publishDiagnostics', (p) => p.uri === misUri);
    await server.connection.sendRequest('initialize', { processId: process.pid, rootUri: uriOf(root), capabilities: {} });
    await server.connection.sendNotification('initialized', {});
    assert.deepEqual((await published).diagnostics.map((d) => d.code), ['section-heading-format']);
    const cleared = server.nextNotification<{ uri: string; diagnostics: unknown[] }>('textDocument/publishDiagnostics', (p) => p.uri === misUri && p.diagnostics.length === 0);
    fs.rmSync(path.join(root, 'sub', 'mis-headed.imr'));
    await server.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: misUri, type: 3 }] });
    await cleared;
  });
});

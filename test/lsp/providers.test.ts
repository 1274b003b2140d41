// Every provider through the protocol, on a letter opened in a real server process.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CancellationTokenSource } from 'vscode-jsonrpc/node';
import { startServer, type ServerUnderTest } from '../helpers/lsp-client';
import { citationChoicesRequest, letterSummaryRequest, serverInfoRequest } from '../../server/src/protocol';
import { repoRoot } from '../helpers/repo-root';

const letter = fs.readFileSync(path.join(repoRoot(), 'test', 'fixtures', 'letters', 'two-items-2016.imr'), 'utf8');
const uri = 'file:///tmp/providers.imr';

describe('providers over the protocol', () => {
  let server: ServerUnderTest;
  before(async () => {
    server = startServer();
    await server.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: null,
      capabilities: { textDocument: { diagnostic: {} }, workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true } } },
      // As VS Code's client declares them: it runs "turn off rule" and "show documentation" itself.
      initializationOptions: { clientCommands: ['imr.disableRule', 'imr.showRuleDocumentation'] },
    });
    await server.connection.sendNotification('initialized', {});
    await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'imr', version: 1, text: letter } });
  });
  after(async () => server.stop());

  const request = <T>(method: string, params: object) => server.connection.sendRequest<T>(method, { textDocument: { uri }, ...params });

  it('completes the decision after an item heading\'s colon', async () => {
    await server.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: { line: 18, character: 20 }, end: { line: 18, character: 26 } }, text: '' }],
    });
    const items = await request<{ label: string }[]>('textDocument/completion', { position: { line: 18, character: 20 } });
    assert.deepEqual(items.map((i) => i.label), ['Upheld', 'Overturned']);
    await server.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 3 },
      contentChanges: [{ range: { start: { line: 18, character: 20 }, end: { line: 18, character: 20 } }, text: 'Upheld' }],
    });
  });

  it('hovers a cited part', async () => {
    const hover = await request<{ contents: { value: string } }>('textDocument/hover', { position: { line: 23, character: 60 } });
    assert.match(hover.contents.value, /MTUS Low Back Complaints/);
  });

  it('folds sections and items', async () => {
    const ranges = await request<{ startLine: number; endLine: number }[]>('textDocument/foldingRange', {});
    assert.ok(ranges.some((r) => r.startLine === 16 && r.endLine === 26));
  });

  it('lists sections and items as document symbols', async () => {
    const symbols = await request<{ name: string; children?: { name: string; detail: string }[] }[]>('textDocument/documentSymbol', {});
    assert.equal(symbols[3].name, 'IMR ISSUES, DECISIONS AND RATIONALES');
    assert.deepEqual(symbols[3].children!.map((c) => `${c.name}: ${c.detail}`), ['Norco 10/325mg #60: Upheld', 'MRI of the lumbar spine: Overturned']);
  });

  it('shows a code lens per item', async () => {
    const lenses = await request<{ command: { title: string } }[]>('textDocument/codeLens', {});
    assert.equal(lenses.length, 2);
    assert.match(lenses[1].command.title, /^Overturned · MTUS Low Back Complaints 2004/);
  });

  it('offers fixes and fix-all as code actions', async () => {
    await server.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 4 },
      contentChanges: [{ range: { start: { line: 13, character: 0 }, end: { line: 13, character: 21 } }, text: 'Clinical Case Summary' }],
    });
    const actions = await request<{ title: string; kind: string }[]>('textDocument/codeAction', {
      range: { start: { line: 13, character: 0 }, end: { line: 13, character: 0 } },
      context: { diagnostics: [] },
    });
    assert.deepEqual(actions.map((a) => a.kind), ['quickfix', 'quickfix', 'quickfix', 'source.fixAll.imr']);
    assert.equal(actions[0].title, "Change to 'CLINICAL CASE SUMMARY'");
  });

  it('applies settings changed in the editor (workspace/didChangeConfiguration)', async () => {
    const before = await request<{ items: { code: string }[] }>('textDocument/diagnostic', {});
    assert.deepEqual(before.items.map((d) => d.code), ['section-heading-format']);
    server.configuration = { rules: { 'section-heading-format': 'off' } };
    const refreshed = new Promise<void>((resolve) => server.connection.onRequest('workspace/diagnostic/refresh', () => (resolve(), null)));
    await server.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await refreshed;
    const after = await request<{ items: unknown[] }>('textDocument/diagnostic', {});
    assert.deepEqual(after.items, []);
  });

  it('answers the client\'s own requests: letter summary, citation choices, server info', async () => {
    const summary = await server.connection.sendRequest(letterSummaryRequest, { uri });
    assert.match(summary ?? '', /\| 2 \| MRI of the lumbar spine \| Overturned \|/);
    const choices = await server.connection.sendRequest(citationChoicesRequest, {
      uri,
      position: { line: 23, character: 20 },
    });
    assert.match(choices[0].description, /^suggested: /);
    assert.match(choices[0].text, /^Decision based on MTUS Low Back Complaints 2004/);
    const info = await server.connection.sendRequest(serverInfoRequest);
    assert.equal(info.pid, server.process.pid);
  });

  it('survives a cancelled request and keeps answering', async () => {
    const source = new CancellationTokenSource();
    const pending = server.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } }, source.token);
    source.cancel();
    // Either answered before the cancellation arrived, or refused as cancelled (-32800): never anything else.
    await pending.then(
      (result) => assert.equal((result as { kind: string }).kind, 'full'),
      (error: { code: number }) => assert.equal(error.code, -32800),
    );
    const symbols = await request<unknown[]>('textDocument/documentSymbol', {});
    assert.equal(symbols.length, 4);
  });
});

// Faults and privacy through the protocol: the server keeps serving after malformed settings and
// says what is wrong; nothing it logs or shows quotes the letter; and it runs over Node IPC (how
// VS Code starts it) as well as over stdio.
import * as assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import * as path from 'node:path';
import { createMessageConnection, IPCMessageReader, IPCMessageWriter } from 'vscode-jsonrpc/node';
import { startServer, type ServerUnderTest } from '../helpers/lsp-client';
import { repoRoot } from '../helpers/repo-root';

// A marker no message should ever contain unless it quotes the letter.
const marker = 'Zqxv7Marker';

const letterWithMarker = [
  `Case Number: CM16-0498765`,
  'HOW THE IMR FINAL DETERMINATION WAS MADE',
  `The reviewer ${marker} has the following credentials:`,
  'The Expert Reviewer has the following credentials:',
  'State(s) of Licensure: California',
  'Certification(s)/Specialty: Internal Medicine',
  'IMR ISSUES, DECISIONS AND RATIONALES',
  'The Final Determination was based on decisions for the disputed items/services set forth below:',
  `${marker} Soma 350mg #90: Uphold`,
  `Claims Administrator guideline: ${marker} did not cite any medical evidence, 2/30/2016.`,
  `MAXIMUS guideline: Decision based on MTUS ${marker} 2016, Section(s): ${marker}.`,
  `Decision rationale: ${marker} [NAME] (555) 201-7788. Therefore, the request is not medically necessary.`,
  '',
].join('\n');

interface Diagnostic {
  code: string;
}

interface Report {
  kind: string;
  items: Diagnostic[];
}

describe('robust: the server through faults', () => {
  let server: ServerUnderTest;
  let stderr = '';
  // Warnings reach the user as window/showMessageRequest (a request: the server may offer actions).
  let shown: { message: string }[] = [];
  let shownWaiters: { accept: (p: { message: string }) => boolean; resolve: (p: { message: string }) => void }[] = [];
  afterEach(async () => server.stop());

  function nextShown(accept: (p: { message: string }) => boolean = () => true): Promise<{ message: string }> {
    const already = shown.find(accept);
    if (already) return Promise.resolve(already);
    return new Promise((resolve) => shownWaiters.push({ accept, resolve }));
  }

  async function initialize(configuration: unknown) {
    server = startServer();
    stderr = '';
    server.process.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    server.configuration = configuration;
    shown = [];
    shownWaiters = [];
    server.connection.onRequest('window/showMessageRequest', (params: { message: string }) => {
      shown.push(params);
      for (const w of shownWaiters.filter((w) => w.accept(params))) w.resolve(params);
      shownWaiters = shownWaiters.filter((w) => !w.accept(params));
      return null;
    });
    await server.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: null,
      capabilities: { workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true } }, textDocument: { diagnostic: { dynamicRegistration: false } } },
    });
  }

  async function diagnose(uri: string): Promise<Report> {
    return server.connection.sendRequest<Report>('textDocument/diagnostic', { textDocument: { uri } });
  }

  it('a malformed configuration gets a message, and diagnostics are still answered', async () => {
    await initialize({ rules: 5 });
    const warned = nextShown();
    const logged = server.nextNotification<{ type: number; message: string }>('window/logMessage', (p) => p.message.includes('"rules"'));
    await server.connection.sendNotification('initialized', {});
    assert.match((await warned).message, /"rules" must map rule ids/);
    assert.match((await logged).message, /imr\.rules|Settings/);

    const uri = 'file:///tmp/robust-config.imr';
    await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'imr', version: 1, text: letterWithMarker } });
    const before = await diagnose(uri);
    assert.equal(before.kind, 'full');
    assert.ok(before.items.some((d) => d.code === 'item-decision-invalid'), 'the rules still run');

    // A second malformed setting, and a good one beside it that must apply.
    server.configuration = { rules: { 'no-such-rule': 'off', 'item-decision-invalid': 'off', 'date-invalid': 7 }, profile: 'fifteen' };
    const second = nextShown((p) => p.message.includes('fifteen'));
    const loggedRule = server.nextNotification<{ message: string }>('window/logMessage', (p) => p.message.includes('no-such-rule'));
    const loggedSeverity = server.nextNotification<{ message: string }>('window/logMessage', (p) => p.message.includes('"date-invalid"'));
    const refreshed = new Promise<void>((resolve) => server.connection.onRequest('workspace/diagnostic/refresh', () => (resolve(), null)));
    await server.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    assert.match((await second).message, /profile "fifteen" is not one of .*\(and 2 more/);
    assert.match((await loggedRule).message, /unknown rule "no-such-rule"/);
    assert.match((await loggedSeverity).message, /rule "date-invalid" has severity 7/);
    await refreshed;
    const after = await diagnose(uri);
    assert.ok(!after.items.some((d) => d.code === 'item-decision-invalid'), 'the good setting beside the bad ones applies');
    assert.ok(after.items.some((d) => d.code === 'date-invalid'), 'a rule with a bad severity keeps its default');
  });

  it('nothing the server logs, shows or reports besides diagnostics quotes the letter', async () => {
    await initialize({ rules: { 'no-such-rule': 'error', placeholder: { level: 'loud' } }, catalog: { paths: ['/nonexistent/robust.imr-catalog.json'] } });
    const warned = nextShown();
    await server.connection.sendNotification('initialized', {});
    await warned;
    const uri = 'file:///tmp/robust-privacy.imr';
    await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'imr', version: 1, text: letterWithMarker } });
    await diagnose(uri);
    await server.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } }, text: `${marker} ${marker}: Overturned\n` }],
    });
    const report = await diagnose(uri);
    assert.ok(report.items.length > 0);
    for (const method of ['textDocument/hover', 'textDocument/codeLens', 'textDocument/documentSymbol', 'textDocument/foldingRange']) {
      await server.connection.sendRequest(method, { textDocument: { uri }, position: { line: 8, character: 3 } });
    }
    await server.connection.sendRequest('workspace/executeCommand', { command: 'no-such-command', arguments: [marker] }).catch(() => undefined);

    for (const [method, list] of server.notifications) {
      if (method === 'textDocument/publishDiagnostics') continue;
      for (const params of list) assert.ok(!JSON.stringify(params).includes(marker), `${method} quotes the letter: ${JSON.stringify(params).slice(0, 300)}`);
    }
    for (const params of shown) assert.ok(!params.message.includes(marker), `a shown message quotes the letter: ${params.message}`);
    assert.ok(server.notifications.has('window/logMessage'), 'the problems were logged');
    assert.equal(stderr.includes(marker), false, 'stderr quotes the letter');
  });
});

describe('robust: the server over Node IPC', () => {
  it('answers initialize and diagnostics over IPC (as VS Code starts it), opening no socket', async () => {
    const child = spawn(process.execPath, [path.join(repoRoot(), 'dist', 'server.js'), '--node-ipc'], { stdio: ['ignore', 'pipe', 'pipe', 'ipc'] });
    const connection = createMessageConnection(new IPCMessageReader(child), new IPCMessageWriter(child));
    connection.listen();
    try {
      const result = await connection.sendRequest<{ capabilities: { textDocumentSync: { change: number } } }>('initialize', {
        processId: process.pid,
        rootUri: null,
        capabilities: { textDocument: { diagnostic: { dynamicRegistration: false } } },
      });
      assert.equal(result.capabilities.textDocumentSync.change, 2);
      await connection.sendNotification('initialized', {});
      const uri = 'file:///tmp/robust-ipc.imr';
      await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'imr', version: 1, text: letterWithMarker } });
      const report = await connection.sendRequest<Report>('textDocument/diagnostic', { textDocument: { uri } });
      assert.ok(report.items.some((d) => d.code === 'item-decision-invalid'));
      const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
      await connection.sendRequest('shutdown');
      await connection.sendNotification('exit');
      assert.equal(await exited, 0);
    } finally {
      connection.dispose();
      if (child.exitCode === null) child.kill();
    }
  });
});

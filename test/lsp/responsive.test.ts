// The server stays responsive and exact under load, over the protocol: a huge document is parsed in
// slices while requests about a small one are answered; an edit or $/cancelRequest stops the work it
// makes useless (a pull gets ServerCancelled, a cancelled request RequestCancelled); the cache tells
// apart two texts sent with one version number; a document's diagnostics are capped; and incremental
// changes stay exact with lone \r line endings. Every assertion is on the order of events or on
// counts, never on time.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CancellationTokenSource, ResponseError } from 'vscode-jsonrpc/node';
import { startServer, type ServerUnderTest } from '../helpers/lsp-client';
import { serverInfoRequest } from '../../server/src/protocol';
import { repoRoot } from '../helpers/repo-root';
import { allRules } from '../../server/src/rules';

const letter = fs.readFileSync(path.join(repoRoot(), 'test', 'fixtures', 'letters', 'two-items-2016.imr'), 'utf8');
/** 100,000 item headings: parsing it alone takes many slices (each one 8 ms at most). */
const huge = `IMR ISSUES, DECISIONS AND RATIONALES\n${'x: Upheld\n'.repeat(100_000)}`;
const allOff = Object.fromEntries(allRules.map((r) => [r.id, 'off']));

interface Diagnostic {
  code?: string;
  message: string;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
}
interface Report {
  items: Diagnostic[];
}

describe('responsive: the server under load', () => {
  let server: ServerUnderTest;
  let refreshed: () => void = () => undefined;

  /** Starts a server with pull diagnostics and the given `imr` settings, and waits until it has read them. */
  async function startWith(configuration: unknown): Promise<void> {
    server = startServer();
    server.configuration = configuration;
    const settingsRead = new Promise<void>((resolve) => (refreshed = resolve));
    // The server asks for a pull again once it has read the settings.
    server.connection.onRequest('workspace/diagnostic/refresh', () => {
      refreshed();
      return null;
    });
    await server.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: null,
      capabilities: { textDocument: { diagnostic: {} }, workspace: { configuration: true } },
    });
    await server.connection.sendNotification('initialized', {});
    await settingsRead;
  }
  afterEach(async () => server.stop());

  const open = (uri: string, text: string, version = 1) =>
    server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'imr', version, text } });
  const pull = (uri: string) => server.connection.sendRequest<Report>('textDocument/diagnostic', { textDocument: { uri } });
  const info = () => server.connection.sendRequest(serverInfoRequest);
  const errorOf = (promise: Promise<unknown>) =>
    promise.then(
      () => assert.fail('expected an error'),
      (error: unknown) => error as ResponseError<unknown>,
    );

  it('answers requests about a small document while a huge one is still being parsed', async () => {
    // Rules off: the huge document's analysis is its parse alone.
    await startWith({ rules: allOff });
    await open('file:///huge.imr', huge);
    await open('file:///small.imr', letter);
    const order: string[] = [];
    const track = <T>(label: string, promise: Promise<T>) => promise.then((value) => (order.push(label), value));
    const big = track('huge', pull('file:///huge.imr'));
    const small = [
      track('small diagnostics', pull('file:///small.imr')),
      ...[1, 2, 3, 4, 5].map((n) => track(`small symbols ${n}`, server.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: 'file:///small.imr' } }))),
      track('small folding', server.connection.sendRequest('textDocument/foldingRange', { textDocument: { uri: 'file:///small.imr' } })),
    ];
    await Promise.all([big, ...small]);
    assert.equal(order[order.length - 1], 'huge', `answered in the order ${order.join(', ')}`);
    const symbols = (await small[1]) as { name: string }[];
    assert.equal(symbols[3].name, 'IMR ISSUES, DECISIONS AND RATIONALES');
  });

  it('an edit stops the analysis of the text it replaced; its pull gets ServerCancelled, other requests the new text', async () => {
    await startWith({ rules: allOff });
    await open('file:///huge.imr', huge);
    const before = await info();
    const first = errorOf(pull('file:///huge.imr'));
    // Any other request is answered for the text as it is now, which the client already has.
    const hover = server.connection.sendRequest('textDocument/hover', { textDocument: { uri: 'file:///huge.imr' }, position: { line: 1, character: 4 } });
    await server.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: 'file:///huge.imr', version: 2 },
      contentChanges: [{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 1 } }, text: 'y' }],
    });
    const error = await first;
    assert.equal(error.code, -32802, error.message);
    assert.deepEqual(error.data, { retriggerRequest: true });
    // The pull again is answered for the new text.
    await pull('file:///huge.imr');
    await hover;
    const after = await info();
    assert.equal(after.analyses.stopped - before.analyses.stopped, 1, 'the first analysis was stopped');
    assert.equal(after.analyses.completed - before.analyses.completed, 1, 'only the analysis of the new text ran to the end');
  });

  it('$/cancelRequest stops the analysis it was the only one waiting for, and gets RequestCancelled', async () => {
    await startWith({ rules: allOff });
    await open('file:///huge.imr', huge);
    const source = new CancellationTokenSource();
    const symbols = errorOf(server.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: 'file:///huge.imr' } }, source.token));
    // Answered in a pause of that analysis: requests are handled in order, so the analysis has begun.
    const before = await info();
    source.cancel();
    const error = await symbols;
    assert.equal(error.code, -32800, error.message);
    const after = await info();
    assert.equal(after.analyses.stopped - before.analyses.stopped, 1, 'the analysis was stopped');
    assert.equal(after.analyses.completed, before.analyses.completed, 'and did not run to the end');
  });

  it('gives the findings of the text sent, even when a client sends one version number twice', async () => {
    await startWith(null);
    await open('file:///twice.imr', letter, 1);
    assert.ok(!(await pull('file:///twice.imr')).items.some((d) => d.code === 'item-decision-invalid'));
    const lines = letter.split('\n');
    const line = lines.findIndex((l) => l.endsWith(': Upheld'));
    const character = lines[line].length - 'Upheld'.length;
    await server.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: 'file:///twice.imr', version: 1 },
      contentChanges: [{ range: { start: { line, character }, end: { line, character: character + 6 } }, text: 'Uphold' }],
    });
    const report = await pull('file:///twice.imr');
    assert.ok(report.items.some((d) => d.code === 'item-decision-invalid'), 'the edited text was checked');
  });

  it('caps a document\'s diagnostics at 1,000 with one more saying how many were left out', async () => {
    await startWith(null);
    const text = `IMR ISSUES, DECISIONS AND RATIONALES\n${'x: Upheld\n'.repeat(3_000)}`;
    await open('file:///many.imr', text);
    const report = await pull('file:///many.imr');
    assert.equal(report.items.length, 1001);
    const last = report.items[1000];
    assert.match(last.message, /^[\d,]+ more problems not shown: only the first 1,000 are \(setting imr\.maxProblems\)\.$/);
    assert.equal(last.range.start.line, 3001, 'at the end of the document');
  });

  it('takes the cap from imr.maxProblems', async () => {
    await startWith({ maxProblems: 3 });
    await open('file:///many.imr', `IMR ISSUES, DECISIONS AND RATIONALES\n${'x: Upheld\n'.repeat(10)}`);
    const report = await pull('file:///many.imr');
    assert.equal(report.items.length, 4);
    assert.match(report.items[3].message, /^\d+ more problems not shown: only the first 3 are/);
  });

  it('keeps incremental changes exact when a \\n is typed after a lone \\r', async () => {
    await startWith(null);
    const uri = 'file:///cr.imr';
    // The client's copy, changed the way LSP defines it: lines end at \r\n, \n or a lone \r.
    let text = letter.replace(/\n/g, '\r');
    const offsetAt = (line: number, character: number) => {
      const breaks = /\r\n|\r|\n/g;
      let start = 0;
      for (let l = 0; l < line; l++) {
        const m = breaks.exec(text);
        assert.ok(m, 'the line exists');
        start = m.index + m[0].length;
      }
      return start + character;
    };
    let version = 1;
    await open(uri, text, version);
    const change = async (line: number, character: number, inserted: string) => {
      const at = offsetAt(line, character);
      text = text.slice(0, at) + inserted + text.slice(at);
      await server.connection.sendNotification('textDocument/didChange', {
        textDocument: { uri, version: ++version },
        contentChanges: [{ range: { start: { line, character }, end: { line, character } }, text: inserted }],
      });
    };
    await change(1, 0, '\n'); // the first lone \r becomes \r\n: still one line break
    await change(6, 0, '«name» ');
    const report = await pull(uri);
    const placeholder = report.items.find((d) => d.code === 'placeholder');
    assert.ok(placeholder, 'the placeholder is found');
    const { start, end } = placeholder.range;
    assert.equal(text.slice(offsetAt(start.line, start.character), offsetAt(end.line, end.character)), '«name»');
  });
});

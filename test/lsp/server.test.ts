// The server over stdio, as another editor would run it: `node dist/server.js --stdio`.
import * as assert from 'node:assert/strict';
import { startServer, type ServerUnderTest } from '../helpers/lsp-client';
import { letterMissingSummary } from '../unit/robust/letters';

// A letter without CLINICAL CASE SUMMARY, shared with the robustness tests.
const missingSummary = letterMissingSummary;

interface Diagnostic {
  code: string;
  range: { start: { line: number; character: number } };
}

describe('language server over stdio', () => {
  let server: ServerUnderTest;
  afterEach(async () => server.stop());

  async function initialize(pull: boolean) {
    server = startServer();
    const result = await server.connection.sendRequest<{ capabilities: Record<string, unknown> }>('initialize', {
      processId: process.pid,
      rootUri: null,
      capabilities: pull ? { textDocument: { diagnostic: { dynamicRegistration: false } } } : {},
    });
    await server.connection.sendNotification('initialized', {});
    return result;
  }

  it('answers initialize with incremental sync', async () => {
    const result = await initialize(true);
    assert.deepEqual((result.capabilities.textDocumentSync as { change: number }).change, 2);
    assert.ok(result.capabilities.diagnosticProvider, 'offers pull diagnostics to a client that supports them');
  });

  it('pushes diagnostics to a client without pull support, and clears them after a fix', async () => {
    const result = await initialize(false);
    assert.equal(result.capabilities.diagnosticProvider, undefined);
    const uri = 'file:///tmp/push.imr';
    const first = server.nextNotification<{ uri: string; diagnostics: Diagnostic[] }>('textDocument/publishDiagnostics', (p) => p.uri === uri);
    await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'imr', version: 1, text: missingSummary } });
    const published = await first;
    assert.deepEqual(published.diagnostics.map((d) => d.code), ['section-missing']);
    assert.equal(published.diagnostics[0].range.start.line, 4, 'points at the heading the missing section belongs before');

    const second = server.nextNotification<{ uri: string; version: number; diagnostics: Diagnostic[] }>('textDocument/publishDiagnostics', (p) => p.uri === uri && p.version === 2);
    const insert = 'CLINICAL CASE SUMMARY\nThe expert reviewer developed the following clinical case summary based on a review of the case file, including all medical records:\nThe injured worker requested Soma 350mg #90.\n';
    await server.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: { line: 4, character: 0 }, end: { line: 4, character: 0 } }, text: insert }],
    });
    assert.deepEqual((await second).diagnostics, []);
  });

  it('answers a pull request with the rule id as code and a documentation link', async () => {
    await initialize(true);
    const uri = 'file:///tmp/pull.imr';
    await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'imr', version: 1, text: missingSummary } });
    const report = await server.connection.sendRequest<{ kind: string; items: (Diagnostic & { codeDescription: { href: string }; severity: number })[] }>(
      'textDocument/diagnostic',
      { textDocument: { uri } },
    );
    assert.equal(report.kind, 'full');
    assert.equal(report.items.length, 1);
    assert.equal(report.items[0].code, 'section-missing');
    assert.equal(report.items[0].severity, 1);
    assert.match(report.items[0].codeDescription.href, /section-missing\.md$/);
  });
});

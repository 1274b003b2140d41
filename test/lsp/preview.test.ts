// "Open Preview to the Side" through the protocol: imr/preview answers the page of the letter as the
// server holds it, with the version it shows.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { startServer, type ServerUnderTest } from '../helpers/lsp-client';
import { repoRoot } from '../helpers/repo-root';
import { previewRequest } from '../../server/src/protocol';

const letter = fs.readFileSync(path.join(repoRoot(), 'test', 'fixtures', 'letters', 'two-items-2016.imr'), 'utf8');
const uri = 'file:///tmp/preview.imr';

describe('imr/preview over the protocol', () => {
  let server: ServerUnderTest;
  before(async () => {
    server = startServer();
    await server.connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: { textDocument: { diagnostic: {} } } });
    await server.connection.sendNotification('initialized', {});
    await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'imr', version: 1, text: letter } });
  });
  after(async () => server.stop());

  it('answers the page of the letter and its version', async () => {
    const preview = (await server.connection.sendRequest(previewRequest, { uri }))!;
    assert.equal(preview.version, 1);
    assert.match(preview.html, /<h2 class="section" data-line="16">IMR ISSUES, DECISIONS AND RATIONALES<\/h2>/);
    assert.match(preview.html, /<span class="decision overturned">Overturned<\/span>/);
    assert.doesNotMatch(preview.html, /<mark/);
  });

  it('follows the edits, escapes what is typed and marks the problems', async () => {
    await server.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      // "Upheld" becomes "<b>Denied</b>": a decision in other words, typed as markup.
      contentChanges: [{ range: { start: { line: 18, character: 20 }, end: { line: 18, character: 26 } }, text: '<b>Denied</b>' }],
    });
    const preview = (await server.connection.sendRequest(previewRequest, { uri }))!;
    assert.equal(preview.version, 2);
    assert.doesNotMatch(preview.html, /<b>/);
    assert.match(preview.html, /<mark class="problem error" title="[^"]+">[^<]*&lt;b&gt;Denied/);
  });

  it('answers null for a document it does not hold', async () => {
    assert.equal(await server.connection.sendRequest(previewRequest, { uri: 'file:///tmp/not-open.imr' }), null);
  });
});

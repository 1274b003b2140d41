// A letter from its requests through the protocol: the code action in a document of requests and
// the imr/newLetter request the "IMR: New Letter from Requests…" command sends.
import * as assert from 'node:assert/strict';
import { startServer, type ServerUnderTest } from '../helpers/lsp-client';
import { newLetterRequest, serverInfoRequest } from '../../server/src/protocol';

interface Edit {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  newText: string;
}

describe('authoring over the protocol', () => {
  let server: ServerUnderTest;
  before(async () => {
    server = startServer();
    await server.connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: { textDocument: { diagnostic: {} } } });
    await server.connection.sendNotification('initialized', {});
  });
  after(async () => server.stop());

  it('offers "Start the letter from these requests" in a document of pasted requests, and its letter checks clean but for placeholders', async () => {
    const uri = 'file:///tmp/authoring-requests.imr';
    const text = 'Utilization review non-certified Norco 10/325mg #60, 12 sessions of physical therapy for the lumbar spine and an MRI of the right knee.\n';
    await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'imr', version: 1, text } });
    const actions = await server.connection.sendRequest<{ title: string; kind: string; edit: { changes: Record<string, Edit[]> } }[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [] },
    });
    const start = actions.find((a) => a.title === 'Start the letter from these requests');
    assert.ok(start, JSON.stringify(actions.map((a) => a.title)));
    assert.equal(start.kind, 'refactor.rewrite.letterFromRequests');
    const [edit] = start.edit.changes[uri];
    assert.deepEqual(edit.range, { start: { line: 0, character: 0 }, end: { line: 1, character: 0 } });
    assert.match(edit.newText, /^Case Number: «case number»\n/);
    for (const heading of ['Norco 10/325mg #60: «Upheld/Overturned»', '12 sessions of physical therapy for the lumbar spine: «Upheld/Overturned»', 'MRI of the right knee: «Upheld/Overturned»']) {
      assert.ok(edit.newText.includes(`\n${heading}\n`), heading);
    }

    await server.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: edit.newText }] });
    const report = await server.connection.sendRequest<{ items: { code: string }[] }>('textDocument/diagnostic', { textDocument: { uri } });
    assert.ok(report.items.length > 0);
    assert.deepEqual([...new Set(report.items.map((d) => d.code))], ['placeholder']);
    const after = await server.connection.sendRequest<{ title: string }[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [] },
    });
    assert.ok(!after.some((a) => a.title.startsWith('Start the letter')), 'not offered in a letter');
  });

  it('imr/newLetter writes the letter in the form asked for', async () => {
    const letter = await server.connection.sendRequest(newLetterRequest, { requests: 'Soma 350mg #90; Ambien 10mg #30', form: '2014' });
    assert.deepEqual(letter.requests, ['Soma 350mg #90', 'Ambien 10mg #30']);
    assert.match(letter.text, /^HOW THE IMR FINAL DETERMINATION WAS MADE\n/);
    assert.ok(letter.text.includes('Claims Administrator guideline: Decision based on MTUS Chronic Pain Treatment Guidelines Carisoprodol (Soma) Page(s): 29.'));
    const list = await server.connection.sendRequest(newLetterRequest, { requests: ['Soma 350mg #90', 'Acupuncture x 6, lumbar spine'] });
    assert.deepEqual(list.requests, ['Soma 350mg #90', 'Acupuncture x 6, lumbar spine'], 'a list is taken entry by entry');
  });

  it('imr/newLetter answers bad parameters with an error, and the server goes on', async () => {
    await assert.rejects(server.connection.sendRequest(newLetterRequest.method, { requests: 'Soma 350mg #90', form: '2020' }), /form must be "2016" or "2014"/);
    await assert.rejects(server.connection.sendRequest(newLetterRequest.method, { requests: 42 }), /requests must be text/);
    const info = await server.connection.sendRequest(serverInfoRequest);
    assert.equal(info.pid, server.process.pid);
  });
});

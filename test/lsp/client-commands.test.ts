// Code actions that need the client to run a command ("turn off rule", "show documentation") go only to
// a client that says it runs them; any other editor gets the fixes alone (Neovim, for one, answered
// "unhandled method workspace/executeCommand").
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { startServer, type ServerUnderTest } from '../helpers/lsp-client';
import { repoRoot } from '../helpers/repo-root';

const letter = fs
  .readFileSync(path.join(repoRoot(), 'test', 'fixtures', 'letters', 'two-items-2016.imr'), 'utf8')
  .replace('CLINICAL CASE SUMMARY', 'Clinical Case Summary');
const uri = 'file:///tmp/client-commands.imr';

async function actionTitles(initializationOptions: unknown): Promise<string[]> {
  const server: ServerUnderTest = startServer();
  try {
    await server.connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {}, initializationOptions });
    await server.connection.sendNotification('initialized', {});
    await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'imr', version: 1, text: letter } });
    const line = letter.split('\n').indexOf('Clinical Case Summary');
    const actions = await server.connection.sendRequest<{ title: string; command?: unknown }[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line, character: 0 }, end: { line, character: 0 } },
      context: { diagnostics: [], only: ['quickfix'] },
    });
    return actions.map((a) => a.title);
  } finally {
    await server.stop();
  }
}

describe('code actions that need the client to run a command', () => {
  it('are not offered to a client that does not declare the commands', async () => {
    assert.deepEqual(await actionTitles(undefined), ["Change to 'CLINICAL CASE SUMMARY'"]);
  });

  it('are offered to a client that declares them in initializationOptions.clientCommands', async () => {
    assert.deepEqual(await actionTitles({ clientCommands: ['imr.disableRule', 'imr.showRuleDocumentation'] }), [
      "Change to 'CLINICAL CASE SUMMARY'",
      'Turn off rule section-heading-format for this workspace',
      'Show documentation for section-heading-format',
    ]);
  });
});

// A language server that dies is restarted by the client, and letters are checked again.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { extension, hasRule, openLetter, positionOfLine, revertAndCloseAll, waitForDiagnostics } from './helpers';

interface Api {
  serverInfo(): Promise<{ pid: number }>;
}

/** Resolves once the process is gone (signal 0 probes it without touching it). */
async function gone(pid: number, api: Api): Promise<void> {
  for (;;) {
    try {
      process.kill(pid, 0);
    } catch {
      return;
    }
    // Wait on the client noticing: the next request is answered only by a new server.
    const now = await api.serverInfo().catch(() => undefined);
    if (now && now.pid !== pid) return;
  }
}

describe('server crash', () => {
  after(revertAndCloseAll);

  it('restarts a killed server, which then reports a new defect', async () => {
    const api = (await extension().activate()) as Api;
    const editor = await openLetter('clean-2016.imr');
    const { pid } = await api.serverInfo();
    process.kill(pid, 'SIGKILL');
    await gone(pid, api);

    const edit = new vscode.WorkspaceEdit();
    const heading = positionOfLine(editor.document, 'CLINICAL CASE SUMMARY');
    edit.delete(editor.document.uri, editor.document.lineAt(heading.line).rangeIncludingLineBreak);
    assert.equal(await vscode.workspace.applyEdit(edit), true);
    await waitForDiagnostics(editor.document.uri, hasRule('section-missing'));
    const restarted = await api.serverInfo();
    assert.notEqual(restarted.pid, pid, 'a new server process answers');
  });
});

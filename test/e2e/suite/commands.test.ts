// The commands the extension contributes exist and work.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { extension, hasRule, openLetter, positionOfLine, revertAndCloseAll, waitForDiagnostics } from './helpers';

describe('commands', () => {
  before(async () => {
    await extension().activate();
  });
  after(revertAndCloseAll);

  it('registers imr.restartServer', async () => {
    const commands = await vscode.commands.getCommands(true);
    assert.ok(commands.includes('imr.restartServer'));
  });

  it('imr.restartServer restarts a language server that goes on checking letters', async () => {
    const editor = await openLetter('clean-2016.imr');
    await vscode.commands.executeCommand('imr.restartServer');
    // Only a live server can notice a defect introduced after the restart.
    const edit = new vscode.WorkspaceEdit();
    const heading = positionOfLine(editor.document, 'CLINICAL CASE SUMMARY');
    edit.delete(editor.document.uri, editor.document.lineAt(heading.line).rangeIncludingLineBreak);
    assert.equal(await vscode.workspace.applyEdit(edit), true);
    await waitForDiagnostics(editor.document.uri, hasRule('section-missing'));
  });
});

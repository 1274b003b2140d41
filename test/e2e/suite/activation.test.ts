// The extension starts when an IMR letter is opened, both for `.imr` files and for a `.txt` draft
// recognised by its first line.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { extension, hasRule, openLetter, openLetterAs, revertAndCloseAll, waitForDiagnostics, workspaceFile } from './helpers';

describe('activation', () => {
  after(revertAndCloseAll);

  it('activates on an .imr file and its language server checks it', async () => {
    const editor = await openLetter('missing-summary.imr');
    assert.equal(editor.document.languageId, 'imr');
    // Diagnostics can only come from the language server the extension started.
    await waitForDiagnostics(editor.document.uri, hasRule('section-missing'));
    assert.equal(extension().isActive, true);
  });

  it('recognises a .txt draft by its first line as language imr and checks it', async () => {
    // A .txt file is plain text by its extension, which outranks a language's firstLine pattern in VS Code;
    // the draft must still end up as an IMR letter.
    const editor = await openLetterAs('draft-first-line.txt', 'imr');
    await waitForDiagnostics(editor.document.uri, hasRule('section-missing'));
  });

  it('leaves other .txt files as plain text', async () => {
    const document = await vscode.workspace.openTextDocument(workspaceFile('notes.txt'));
    assert.equal(document.languageId, 'plaintext');
  });
});

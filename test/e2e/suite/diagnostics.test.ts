// Diagnostics reach the editor with their rule ids, and follow edits.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { hasRule, lacksRule, openLetter, positionOfLine, revertAndCloseAll, ruleIdOf, waitForDiagnostics } from './helpers';

describe('diagnostics', () => {
  afterEach(revertAndCloseAll);

  it('reports section-missing for a letter without CLINICAL CASE SUMMARY, and clears it once the section is added', async () => {
    const editor = await openLetter('missing-summary.imr');
    const uri = editor.document.uri;
    const before = await waitForDiagnostics(uri, hasRule('section-missing'));
    const finding = before.find((d) => ruleIdOf(d) === 'section-missing');
    assert.ok(finding);
    assert.match(finding.message, /CLINICAL CASE SUMMARY/);

    const edit = new vscode.WorkspaceEdit();
    edit.insert(uri, positionOfLine(editor.document, 'IMR ISSUES, DECISIONS AND RATIONALES'),
      'CLINICAL CASE SUMMARY\nThe applicant is a 52-year-old warehouse worker who injured the low back on 03/14/2012.\n\n');
    assert.equal(await vscode.workspace.applyEdit(edit), true);

    await waitForDiagnostics(uri, lacksRule('section-missing'));
  });

  it('reports section-missing once a heading is deleted from a complete letter', async () => {
    const editor = await openLetter('clean-2016.imr');
    const uri = editor.document.uri;
    const heading = positionOfLine(editor.document, 'CLINICAL CASE SUMMARY');
    const edit = new vscode.WorkspaceEdit();
    edit.delete(uri, editor.document.lineAt(heading.line).rangeIncludingLineBreak);
    assert.equal(await vscode.workspace.applyEdit(edit), true);
    await waitForDiagnostics(uri, hasRule('section-missing'));
  });
});

// Authoring in a real VS Code: "IMR: New Letter from Requests…", the code action that starts a letter
// from pasted requests, the workspace's letters in the Problems panel without opening them, and
// "IMR: Workspace Letters Report" with its CSV export.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { extension, hasRule, revertAndCloseAll, ruleIds, waitForDiagnostics, workspaceFile } from './helpers';

const onlyPlaceholders = (diagnostics: readonly vscode.Diagnostic[]) => diagnostics.length > 0 && ruleIds(diagnostics).every((id) => id === 'placeholder');

describe('authoring', () => {
  before(async () => {
    await extension().activate();
  });
  after(revertAndCloseAll);

  it('IMR: New Letter from Requests… opens the whole letter, flagged only for its placeholders', async () => {
    const document = await vscode.commands.executeCommand<vscode.TextDocument>('imr.newLetterFromRequests', {
      form: '2016',
      requests: 'Norco 10/325mg #60; MRI of the right knee',
    });
    assert.equal(document.languageId, 'imr');
    assert.equal(vscode.window.activeTextEditor?.document, document);
    const text = document.getText();
    assert.match(text, /^Case Number: «case number»\n/);
    assert.ok(text.includes('\nNorco 10/325mg #60: «Upheld/Overturned»\n') && text.includes('\nMRI of the right knee: «Upheld/Overturned»\n'), text);
    await waitForDiagnostics(document.uri, onlyPlaceholders);
  });

  it('starts the letter from requests pasted into an empty IMR document (code action)', async () => {
    const document = await vscode.workspace.openTextDocument({ language: 'imr', content: 'Soma 350mg #90\nMRI of the right knee\n' });
    await vscode.window.showTextDocument(document);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, new vscode.Range(0, 0, 0, 0));
    const start = actions.find((a) => a.title === 'Start the letter from these requests');
    assert.ok(start?.edit, actions.map((a) => a.title).join(' | '));
    assert.equal(await vscode.workspace.applyEdit(start.edit), true);
    assert.match(document.getText(), /\nSoma 350mg #90: «Upheld\/Overturned»\nClaims Administrator guideline: Decision based on MTUS Chronic Pain Medical Treatment 2016, Section\(s\): Muscle relaxants \(for pain\)\./);
    await waitForDiagnostics(document.uri, onlyPlaceholders);
  });

  it('lists a workspace letter that was never opened in the Problems panel', async () => {
    // No test before this one opens citation-missing.imr (activation opens other letters).
    const unopened = workspaceFile('citation-missing.imr');
    assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.toString() === unopened.toString()), 'the letter is already open');
    await waitForDiagnostics(unopened, hasRule('citation-missing'));
  });

  it('IMR: Workspace Letters Report tabulates every letter and exports it as CSV', async () => {
    const report = await vscode.commands.executeCommand<{ rows: { file: string; items: number }[]; csv: string }>('imr.workspaceReport');
    const files = report.rows.map((r) => r.file);
    for (const name of ['citation-missing.imr', 'clean-2016.imr', 'fixable.imr', 'missing-summary.imr']) assert.ok(files.includes(name), files.join(', '));
    const target = vscode.Uri.file(path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'imr-e2e-report-')), 'report.csv'));
    try {
      const written = await vscode.commands.executeCommand<vscode.Uri>('imr.exportWorkspaceReport', target);
      assert.equal(written.toString(), target.toString());
      const csv = fs.readFileSync(target.fsPath, 'utf8');
      assert.equal(csv.split('\r\n')[0], 'File,Case Number,Items,Upheld,Overturned,Errors,Warnings,Info,Hints,Rules');
      assert.equal(csv.split('\r\n').length, report.rows.length + 2);
    } finally {
      fs.rmSync(path.dirname(target.fsPath), { recursive: true, force: true });
    }
  });
});

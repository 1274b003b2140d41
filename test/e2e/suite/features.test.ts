// The editor features in a real VS Code: the citation quick fix, fix-all, completion, hover, folding,
// outline, code lenses, snippets, the commands and the language status item.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { extension, hasRule, lacksRule, openLetter, revertAndCloseAll, ruleIdOf, waitForDiagnostics } from './helpers';
import { expandSnippet, loadSnippets } from '../../unit/snippet-expand';

function positionAfter(document: vscode.TextDocument, needle: string): vscode.Position {
  const at = document.getText().indexOf(needle);
  if (at < 0) throw new Error(`'${needle}' is not in ${document.uri.path}`);
  return document.positionAt(at + needle.length);
}

async function applyAction(action: vscode.CodeAction): Promise<void> {
  assert.ok(action.edit, `${action.title} has an edit`);
  assert.equal(await vscode.workspace.applyEdit(action.edit), true);
}

describe('editor features', () => {
  afterEach(revertAndCloseAll);

  it('inserts the item\'s guideline citation with the citation-missing quick fix', async () => {
    const editor = await openLetter('citation-missing.imr');
    const uri = editor.document.uri;
    const diagnostics = await waitForDiagnostics(uri, hasRule('citation-missing'));
    const finding = diagnostics.find((d) => ruleIdOf(d) === 'citation-missing')!;
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, finding.range, vscode.CodeActionKind.QuickFix.value);
    const preferred = actions.find((a) => a.isPreferred);
    assert.ok(preferred, `a preferred fix among: ${actions.map((a) => a.title).join(' | ')}`);
    await applyAction(preferred);
    assert.ok(
      editor.document.getText().includes('Claims Administrator guideline: Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s): Muscle relaxants (for pain).'),
      editor.document.getText(),
    );
    await waitForDiagnostics(uri, (d) => d.length === 0);
  });

  it('applies every safe fix with source.fixAll.imr', async () => {
    const editor = await openLetter('fixable.imr');
    const uri = editor.document.uri;
    await waitForDiagnostics(uri, (d) => ['item-decision-invalid', 'section-heading-format', 'header-invalid'].every((id) => hasRule(id)(d)));
    const whole = new vscode.Range(0, 0, editor.document.lineCount, 0);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, whole, 'source.fixAll.imr');
    assert.equal(actions.length, 1);
    await applyAction(actions[0]);
    const text = editor.document.getText();
    assert.ok(text.includes('Soma 350mg #90: Upheld') && text.includes('\nCLINICAL CASE SUMMARY\n') && text.includes('Priority: Standard'), text);
    await waitForDiagnostics(uri, (d) => d.length === 0);
  });

  it('completes the decision and the MTUS part', async () => {
    const editor = await openLetter('citation-missing.imr');
    const document = editor.document;
    await waitForDiagnostics(document.uri, hasRule('citation-missing'));
    const edit = new vscode.WorkspaceEdit();
    const upheld = positionAfter(document, 'Soma 350mg #90: ');
    edit.delete(document.uri, new vscode.Range(upheld, upheld.translate(0, 'Upheld'.length)));
    assert.equal(await vscode.workspace.applyEdit(edit), true);
    const decisions = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, positionAfter(document, 'Soma 350mg #90: '));
    const labels = decisions.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
    assert.ok(labels.includes('Upheld') && labels.includes('Overturned'), labels.join(' | '));

    const parts = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, positionAfter(document, 'MAXIMUS guideline: Decision based on MTUS '));
    const partLabels = parts.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
    assert.ok(partLabels.includes('Chronic Pain Medical Treatment 2016'), partLabels.slice(0, 10).join(' | '));
  });

  it('hovers a decision word and a drug', async () => {
    const editor = await openLetter('clean-2016.imr');
    const document = editor.document;
    const onDecision = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, positionAfter(document, 'Soma 350mg #90: U'));
    assert.match(String((onDecision[0].contents[0] as vscode.MarkdownString).value), /Upheld/);
    const heading = document.getText().indexOf('Soma 350mg #90: Upheld');
    const onDrug = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, document.positionAt(heading + 1));
    assert.match(String((onDrug[0].contents[0] as vscode.MarkdownString).value), /carisoprodol/i);
  });

  it('folds, outlines and shows a code lens per item', async () => {
    const editor = await openLetter('clean-2016.imr');
    const uri = editor.document.uri;
    const folds = await vscode.commands.executeCommand<vscode.FoldingRange[]>('vscode.executeFoldingRangeProvider', uri);
    const issuesLine = editor.document.getText().split('\n').indexOf('IMR ISSUES, DECISIONS AND RATIONALES');
    assert.ok(folds.some((f) => f.start === issuesLine), JSON.stringify(folds));

    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', uri);
    assert.deepEqual(symbols.map((s) => s.name).slice(-3), ['HOW THE IMR FINAL DETERMINATION WAS MADE', 'CLINICAL CASE SUMMARY', 'IMR ISSUES, DECISIONS AND RATIONALES']);
    assert.equal(symbols[symbols.length - 1].children[0].name, 'Soma 350mg #90');
    assert.equal(symbols[symbols.length - 1].children[0].detail, 'Upheld');

    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri);
    assert.match(lenses[0].command!.title, /^Upheld · MTUS Chronic Pain Medical Treatment 2016 · no problems$/);
  });

  it('inserts the imr-letter-2016 snippet as written, and the letter then checks clean but for placeholders', async () => {
    const document = await vscode.workspace.openTextDocument({ language: 'imr', content: '' });
    const editor = await vscode.window.showTextDocument(document);
    const [name, snippet] = Object.entries(loadSnippets()).find(([, s]) => s.prefix === 'imr-letter-2016')!;
    await vscode.commands.executeCommand('editor.action.insertSnippet', { langId: 'imr', name });
    assert.equal(editor.document.getText(), expandSnippet(snippet.body));
    // The empty document's own findings come first; wait for those of the inserted letter.
    const diagnostics = await waitForDiagnostics(document.uri, (d) => d.length > 0 && lacksRule('section-missing')(d));
    assert.deepEqual([...new Set(diagnostics.map(ruleIdOf))], ['placeholder']);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('registers the commands in the palette and shows the language status', async () => {
    const commands = await vscode.commands.getCommands(true);
    for (const id of ['imr.restartServer', 'imr.showOutput', 'imr.showLetterSummary', 'imr.insertCitation']) assert.ok(commands.includes(id), id);
    const editor = await openLetter('fixable.imr');
    await waitForDiagnostics(editor.document.uri, hasRule('item-decision-invalid'));
    const api = extension().exports as { languageStatus: vscode.LanguageStatusItem };
    assert.match(api.languageStatus.text, /^IMR: \d+ errors?, \d+ warnings? · \d+\.\d ms$/);
    const summary = await vscode.commands.executeCommand<string>('imr.showLetterSummary');
    assert.match(summary, /\| 1 \| Soma 350mg #90 \| Uphold \|/);
  });
});

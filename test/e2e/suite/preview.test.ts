// "IMR: Open Preview to the Side" in a real VS Code: a webview panel beside the letter, one per letter,
// that shows the problems and follows the typing.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { extension, hasRule, lacksRule, openLetter, positionOfLine, revertAndCloseAll, waitForDiagnostics } from './helpers';

interface PreviewInfo {
  title: string;
  html: string;
  version: number;
}

/** The page without its problem marks (a heading or sentence with a problem is wrapped in one). */
const unmarked = (html: string) => html.replace(/<\/?mark[^>]*>/g, '');

const previewTabs = (title: string) => vscode.window.tabGroups.all.flatMap((group) => group.tabs).filter((tab) => tab.label === title);

/** Resolves with the tab titled `title` once the workbench has told the extension host of it. */
function waitForTab(title: string): Promise<vscode.Tab> {
  return new Promise((resolve) => {
    const found = previewTabs(title);
    if (found.length > 0) {
      resolve(found[0]);
      return;
    }
    const subscription = vscode.window.tabGroups.onDidChangeTabs(() => {
      const tabs = previewTabs(title);
      if (tabs.length === 0) return;
      subscription.dispose();
      resolve(tabs[0]);
    });
  });
}

describe('preview', () => {
  before(async () => {
    await extension().activate();
  });
  after(revertAndCloseAll);

  it('opens a preview beside the letter that marks its problems and follows the typing', async () => {
    const editor = await openLetter('missing-summary.imr');
    await waitForDiagnostics(editor.document.uri, hasRule('section-missing'));
    const commands = await vscode.commands.getCommands(true);
    assert.ok(commands.includes('imr.openPreviewToSide'));

    const first = await vscode.commands.executeCommand<PreviewInfo>('imr.openPreviewToSide');
    assert.equal(first.title, 'Preview missing-summary.imr');
    assert.equal(first.version, editor.document.version);
    assert.match(unmarked(first.html), /<h2 class="section" data-line="\d+">IMR ISSUES, DECISIONS AND RATIONALES<\/h2>/);
    assert.match(first.html, /<mark class="problem error[^"]*" title="[^"]*CLINICAL CASE SUMMARY/);
    const tab = await waitForTab('Preview missing-summary.imr');
    assert.ok(tab.input instanceof vscode.TabInputWebview, `the preview is a webview (${JSON.stringify(tab.input)})`);
    assert.notEqual(tab.group.viewColumn, editor.viewColumn, 'the preview opens beside the editor');

    // Typing: the page follows the letter's new text.
    const heading = positionOfLine(editor.document, 'IMR ISSUES, DECISIONS AND RATIONALES');
    assert.equal(await editor.edit((edit) => edit.insert(heading, 'CLINICAL CASE SUMMARY\nThe injured worker <b>typed</b> a summary.\n')), true);
    await waitForDiagnostics(editor.document.uri, lacksRule('section-missing'));
    await vscode.window.showTextDocument(editor.document, editor.viewColumn);
    const second = await vscode.commands.executeCommand<PreviewInfo>('imr.openPreviewToSide');
    assert.equal(second.version, editor.document.version);
    assert.match(unmarked(second.html), /<h2 class="section" data-line="\d+">CLINICAL CASE SUMMARY<\/h2>/);
    assert.match(unmarked(second.html), /The injured worker &lt;b&gt;typed&lt;\/b&gt; a summary\./);

    // The same letter reuses its panel.
    assert.equal(previewTabs('Preview missing-summary.imr').length, 1);
  });
});

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

  it('comes back after a reload: a restored panel shows its letter again, and one whose letter is gone closes', async () => {
    const editor = await openLetter('clean-2016.imr');
    // What VS Code hands the serializer after a reload: a panel of the preview's type and the state its page kept.
    const panel = vscode.window.createWebviewPanel('imr.preview', 'restored', { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, {});
    const restored = await vscode.commands.executeCommand<PreviewInfo | undefined>('imr.restorePreview', panel, { uri: editor.document.uri.toString() });
    assert.ok(restored, 'the restored panel shows the letter');
    assert.equal(restored.title, 'Preview clean-2016.imr');
    assert.equal(panel.title, 'Preview clean-2016.imr');
    assert.equal(restored.version, editor.document.version);
    assert.match(unmarked(restored.html), /<h2 class="section" data-line="\d+">CLINICAL CASE SUMMARY<\/h2>/);
    // The command now reveals that panel rather than opening a second one.
    await vscode.window.showTextDocument(editor.document, editor.viewColumn);
    await vscode.commands.executeCommand<PreviewInfo>('imr.openPreviewToSide');
    assert.equal(previewTabs('Preview clean-2016.imr').length, 1);

    for (const state of [{ uri: vscode.Uri.joinPath(editor.document.uri, '..', 'no-such-letter.imr').toString() }, undefined, { uri: 42 }]) {
      const orphan = vscode.window.createWebviewPanel('imr.preview', 'orphan', { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, {});
      const disposed = new Promise<void>((resolve) => orphan.onDidDispose(() => resolve()));
      const none = await vscode.commands.executeCommand<PreviewInfo | undefined>('imr.restorePreview', orphan, state);
      assert.equal(none, undefined, `nothing shown for ${JSON.stringify(state)}`);
      await disposed;
    }
  });
});

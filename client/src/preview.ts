// "IMR: Open Preview to the Side": the letter as the published letter reads, in a webview beside the
// editor. The server writes the page (imr/preview, service/preview.ts); this module only shows it, asks
// again as the reviewer types, and keeps the editor and the preview scrolled together. The webview
// follows VS Code's guidance: no local or remote resources, a content security policy that allows only
// this page's own style and script (by nonce), and the theme's colours.
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { previewRequest } from '../../server/src/protocol';

export const openPreviewCommand = 'imr.openPreviewToSide';
/** Not contributed (not in the palette): what restoring a panel after a reload does, for the tests. */
export const restorePreviewCommand = 'imr.restorePreview';
const viewType = 'imr.preview';

/** How long to wait after a keystroke before asking for the page again; edits meanwhile are coalesced. */
const refreshDelayMs = 150;

/** What the command returns: for tests and other extensions. */
export interface PreviewInfo {
  title: string;
  /** The page's body as last shown, and the document version it shows. */
  html: string;
  version: number;
}

/** Messages from the webview. */
type FromWebview = { type: 'reveal'; line: number } | { type: 'ready' };

function nonce(): string {
  const chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  let out = '';
  for (let i = 0; i < 32; i++) out += chars.charAt(Math.floor(Math.random() * chars.length));
  return out;
}

// Screen: the editor's theme. Print: black on white, serif, page margins, no problem marks: the
// layout of the published letter.
const style = `
body { color: var(--vscode-editor-foreground); background: var(--vscode-editor-background); font-family: var(--vscode-font-family); font-size: var(--vscode-font-size, 13px); line-height: 1.5; max-width: 52em; margin: 0 auto; padding: 1em 2em 50vh; }
h1.title { font-size: 1.3em; text-align: center; margin: 0.5em 0 1em; }
h2.section { font-size: 1em; font-weight: bold; margin: 1.4em 0 0.4em; }
p { margin: 0 0 0.6em; }
table.header { border-collapse: collapse; margin: 0 0 1em; }
table.header th, table.header td { text-align: left; padding: 0.15em 1.5em 0.15em 0; vertical-align: top; }
table.header th { font-weight: bold; white-space: nowrap; }
.credentials { margin: 0 0 0.6em; }
.credentials p { margin: 0; }
.item { margin: 0 0 1em; }
.item-heading { font-weight: bold; margin-top: 0.8em; }
.field .label { font-weight: bold; }
mark.problem { background: transparent; color: inherit; text-decoration: underline wavy; text-decoration-skip-ink: none; text-underline-offset: 2px; }
mark.problem.error { text-decoration-color: var(--vscode-editorError-foreground); }
mark.problem.warning { text-decoration-color: var(--vscode-editorWarning-foreground); }
mark.problem.info { text-decoration-color: var(--vscode-editorInfo-foreground); }
mark.problem.marker { display: inline-block; width: 0.5em; height: 0.9em; vertical-align: text-bottom; border-left: 2px solid var(--vscode-editorWarning-foreground); }
mark.problem.marker.error { border-left-color: var(--vscode-editorError-foreground); }
mark.problem.marker.info { border-left-color: var(--vscode-editorInfo-foreground); }
.notice { color: var(--vscode-descriptionForeground); font-style: italic; }
@media print {
  @page { margin: 1in; }
  body { color: #000; background: #fff; font-family: "Times New Roman", Times, serif; font-size: 12pt; line-height: 1.35; max-width: none; margin: 0; padding: 0; }
  mark.problem { text-decoration: none; }
  mark.problem.marker { display: none; }
  h2.section, .item-heading, table.header { break-after: avoid; page-break-after: avoid; }
  .item-heading { break-inside: avoid; }
  .notice { display: none; }
}
`;

// The page's script: shows the server's page, scrolls to the editor's line, and reports its own top
// line when the reviewer scrolls it. A scroll it made itself is not reported back (no feedback loop).
const script = `
(function () {
  const vscode = acquireVsCodeApi();
  const content = document.getElementById('content');
  let ownScrollY = -1;
  let scheduled = false;
  function anchors() {
    const list = [];
    for (const el of content.querySelectorAll('[data-line]')) {
      const line = Number(el.getAttribute('data-line'));
      const top = el.getBoundingClientRect().top + window.scrollY;
      list.push({ line, top });
    }
    return list;
  }
  function scrollToLine(line) {
    let before, after;
    for (const a of anchors()) {
      if (a.line <= line && (!before || a.line > before.line)) before = a;
      if (a.line > line && (!after || a.line < after.line)) after = a;
    }
    let y = 0;
    if (before) {
      y = before.top;
      if (after && after.line > before.line && after.top > before.top) y += ((after.top - before.top) * (line - before.line)) / (after.line - before.line);
    }
    window.scrollTo(0, Math.max(0, Math.round(y - 8)));
    ownScrollY = window.scrollY;
  }
  function topLine() {
    const list = anchors().sort(function (a, b) { return a.top - b.top; });
    const viewTop = window.scrollY + 8;
    let before, after;
    for (const a of list) {
      if (a.top <= viewTop) before = a;
      else { after = a; break; }
    }
    if (!before) return after ? after.line : 0;
    if (after && after.top > before.top && after.line > before.line) return Math.floor(before.line + ((after.line - before.line) * (viewTop - before.top)) / (after.top - before.top));
    return before.line;
  }
  window.addEventListener('scroll', function () {
    if (ownScrollY >= 0 && Math.abs(window.scrollY - ownScrollY) <= 1) { ownScrollY = -1; return; }
    ownScrollY = -1;
    if (scheduled) return;
    scheduled = true;
    requestAnimationFrame(function () {
      scheduled = false;
      vscode.postMessage({ type: 'reveal', line: topLine() });
    });
  });
  window.addEventListener('message', function (event) {
    const message = event.data;
    if (message.type === 'update') {
      const y = window.scrollY;
      content.innerHTML = message.html;
      window.scrollTo(0, y);
      ownScrollY = window.scrollY;
    } else if (message.type === 'scroll') {
      scrollToLine(message.line);
    }
  });
  // Kept by VS Code with the panel, so the preview comes back after a reload (the serializer reads it).
  vscode.setState({ uri: document.body.getAttribute('data-uri') });
  const initial = Number(document.body.getAttribute('data-initial-line'));
  if (initial > 0) scrollToLine(initial);
  // Loaded (or loaded again after being hidden): the extension sends the latest page.
  vscode.postMessage({ type: 'ready' });
})();
`;

const escapeAttribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The whole page around the server's body; the body is the server's escaped HTML. */
function page(body: string, initialLine: number, uri: string): string {
  const n = nonce();
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'nonce-${n}'; script-src 'nonce-${n}';">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<style nonce="${n}">${style}</style>
</head>
<body data-initial-line="${initialLine}" data-uri="${escapeAttribute(uri)}">
<main id="content">${body}</main>
<script nonce="${n}">${script}</script>
</body>
</html>`;
}

const notice = (text: string) => `<p class="notice">${text}</p>`;

const webviewOptions: vscode.WebviewOptions = { enableScripts: true, localResourceRoots: [] };

/** One panel per document. */
class LetterPreview {
  readonly panel: vscode.WebviewPanel;
  private body = notice('Reading the letter…');
  private shownVersion = -1;
  private inFlight = false;
  private again = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private retries = 0;
  /** The editor line the preview just revealed: the editor's scroll it causes is not sent back. */
  private revealedLine: number | undefined;
  private readonly disposables: vscode.Disposable[] = [];
  /** Who waits for the page to catch up with the letter (`info`). */
  private waiters: (() => void)[] = [];

  constructor(
    readonly document: vscode.TextDocument,
    private readonly client: () => LanguageClient | undefined,
    onDispose: () => void,
    restored?: vscode.WebviewPanel,
  ) {
    const title = `Preview ${path.basename(document.uri.path)}`;
    if (restored) {
      this.panel = restored;
      this.panel.title = title;
      this.panel.webview.options = webviewOptions;
    } else {
      this.panel = vscode.window.createWebviewPanel(viewType, title, { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, { ...webviewOptions, enableFindWidget: true });
    }
    this.panel.webview.html = page(this.body, this.editorTopLine(), document.uri.toString());
    this.disposables.push(
      this.panel.onDidDispose(() => {
        this.dispose();
        onDispose();
      }),
      this.panel.webview.onDidReceiveMessage((message: FromWebview) => {
        if (message?.type === 'reveal' && Number.isInteger(message.line)) this.revealInEditor(message.line);
        // A hidden webview loses its page and loads it again when shown: give it the latest body and line.
        else if (message?.type === 'ready') this.post();
      }),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.document === this.document && event.contentChanges.length > 0) this.schedule();
      }),
      // Settings or catalogs changed: the problems may have, too.
      vscode.languages.onDidChangeDiagnostics((event) => {
        if (event.uris.some((uri) => uri.toString() === this.document.uri.toString())) this.schedule();
      }),
      vscode.window.onDidChangeTextEditorVisibleRanges((event) => {
        if (event.textEditor.document !== this.document || event.visibleRanges.length === 0) return;
        const line = event.visibleRanges[0].start.line;
        if (this.revealedLine !== undefined && Math.abs(line - this.revealedLine) <= 1) {
          this.revealedLine = undefined;
          return;
        }
        this.revealedLine = undefined;
        void this.panel.webview.postMessage({ type: 'scroll', line });
      }),
    );
    void this.refresh();
  }

  /** Resolves once the page shows the letter as it is now (or says why it cannot). */
  async info(): Promise<PreviewInfo> {
    await new Promise<void>((resolve) => {
      this.waiters.push(resolve);
      this.settle();
    });
    return { title: this.panel.title, html: this.body, version: this.shownVersion };
  }

  private editorTopLine(): number {
    const editor = vscode.window.visibleTextEditors.find((e) => e.document === this.document);
    return editor?.visibleRanges[0]?.start.line ?? 0;
  }

  /** Nothing is waiting to be asked or answered: the page is as up to date as it will get. */
  private settle(): void {
    if (this.timer || this.inFlight || this.again) return;
    for (const resolve of this.waiters.splice(0)) resolve();
  }

  private post(): void {
    void this.panel.webview.postMessage({ type: 'update', html: this.body });
    void this.panel.webview.postMessage({ type: 'scroll', line: this.editorTopLine() });
  }

  private schedule(): void {
    this.retries = 0;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.refresh();
    }, refreshDelayMs);
  }

  /** Asks the server for the page; one request at a time, and one more if the letter changed meanwhile. */
  private async refresh(): Promise<void> {
    if (this.inFlight) {
      this.again = true;
      return;
    }
    const client = this.client();
    if (!client) {
      this.show(notice('The IMR language server is not running.'), -1);
      this.settle();
      return;
    }
    this.inFlight = true;
    try {
      const answer = await client.sendRequest(previewRequest, { uri: this.document.uri.toString() });
      if (answer) {
        // An answer older than the page shown is dropped.
        if (answer.version >= this.shownVersion) this.show(answer.html, answer.version);
        // The server had not yet seen the latest edit: ask again (a few times at most).
        if (answer.version < this.document.version && this.retries++ < 5) this.again = true;
      } else if (this.shownVersion < 0) {
        this.show(notice('The language server does not hold this letter.'), -1);
      }
    } catch {
      if (this.shownVersion < 0) this.show(notice('The preview could not be made; see the IMR Author output.'), -1);
    } finally {
      this.inFlight = false;
    }
    if (this.again) {
      this.again = false;
      void this.refresh();
    } else {
      this.settle();
    }
  }

  private show(body: string, version: number): void {
    this.body = body;
    this.shownVersion = version;
    // A hidden page gets it when it is shown again (ready).
    if (this.panel.visible) void this.panel.webview.postMessage({ type: 'update', html: body });
  }

  private revealInEditor(line: number): void {
    const editor = vscode.window.visibleTextEditors.find((e) => e.document === this.document);
    if (!editor || line < 0 || line >= this.document.lineCount) return;
    const top = editor.visibleRanges[0]?.start.line;
    if (top === line) return;
    this.revealedLine = line;
    editor.revealRange(new vscode.Range(line, 0, line, 0), vscode.TextEditorRevealType.AtTop);
  }

  reveal(): void {
    this.panel.reveal(undefined, true);
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    for (const resolve of this.waiters.splice(0)) resolve();
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}

/**
 * Registers the command, and the serializer that brings a preview back after a reload (as VS Code's own
 * Markdown preview does); `client` gives the running language client, if any.
 */
export function registerPreview(client: () => LanguageClient | undefined): vscode.Disposable {
  const previews = new Map<string, LetterPreview>();
  const show = (document: vscode.TextDocument, restored?: vscode.WebviewPanel): LetterPreview => {
    const key = document.uri.toString();
    let preview = previews.get(key);
    if (preview && restored) {
      // Already shown in another panel: the restored one is not needed twice.
      restored.dispose();
      preview.reveal();
    } else if (preview) preview.reveal();
    else {
      preview = new LetterPreview(document, client, () => previews.delete(key), restored);
      previews.set(key, preview);
    }
    return preview;
  };
  const command = vscode.commands.registerCommand(openPreviewCommand, async (target?: vscode.Uri): Promise<PreviewInfo | undefined> => {
    const document = target instanceof vscode.Uri ? await vscode.workspace.openTextDocument(target) : vscode.window.activeTextEditor?.document;
    if (!document || document.languageId !== 'imr') {
      void vscode.window.showInformationMessage('Open an IMR letter to preview it.');
      return undefined;
    }
    return show(document).info();
  });
  // The state is the page's own (the letter's URI); a panel whose letter cannot be opened again is closed.
  const restore = async (panel: vscode.WebviewPanel, state: unknown): Promise<PreviewInfo | undefined> => {
    const uri = typeof state === 'object' && state !== null && typeof (state as { uri?: unknown }).uri === 'string' ? (state as { uri: string }).uri : undefined;
    let document: vscode.TextDocument | undefined;
    try {
      if (uri) document = await vscode.workspace.openTextDocument(vscode.Uri.parse(uri, true));
    } catch {
      document = undefined;
    }
    if (!document || document.languageId !== 'imr') {
      panel.dispose();
      return undefined;
    }
    return show(document, panel).info();
  };
  const serializer = vscode.window.registerWebviewPanelSerializer(viewType, {
    deserializeWebviewPanel: async (panel, state) => {
      await restore(panel, state);
    },
  });
  const restoreCommand = vscode.commands.registerCommand(restorePreviewCommand, restore);
  return vscode.Disposable.from(command, serializer, restoreCommand, { dispose: () => [...previews.values()].forEach((p) => p.panel.dispose()) });
}

// The VS Code side: starts the bundled language server, registers the commands, shows the status.
// Everything that understands letters lives in the server.
import * as path from 'node:path';
import * as vscode from 'vscode';
import {
  CloseAction,
  ErrorAction,
  LanguageClient,
  TransportKind,
  type CloseHandlerResult,
  type ErrorHandler,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';
import { decideRestart, defaultRestartPolicy } from './restart-policy';
import { reportWorkspaceTrust, splitCatalogScopes } from './workspace-trust';
import { addTopicCommand, registerAddTopic } from './add-topic';
// The custom requests, declared once for both sides; the module imports no server code.
import * as imr from '../../server/src/protocol';
import type { Status, WorkspaceReport } from '../../server/src/protocol';
import { registerPreview } from './preview';

let client: LanguageClient | undefined;

/** When the server stopped unexpectedly lately (milliseconds), for the restart policy. */
const stops: number[] = [];

/** Commands the client runs for the server's code actions; other editors do not get those actions. */
const clientCommands = ['imr.disableRule', 'imr.showRuleDocumentation', addTopicCommand];

/** Starts the server again after the user asks to, forgetting the stops that made the client give up. */
async function restartServer(): Promise<void> {
  stops.length = 0;
  await client?.restart();
}

/**
 * Errors on the connection: carry on for a few, as the default handler does. A server that stops is
 * restarted with a growing wait (restart-policy.ts); when the client gives up it says so, with a
 * button to try again, so the reviewer knows letters are no longer being checked.
 */
const errorHandler: ErrorHandler = {
  error: (_error, _message, count) => ({ action: count !== undefined && count <= 3 ? ErrorAction.Continue : ErrorAction.Shutdown }),
  closed: async (): Promise<CloseHandlerResult> => {
    const now = Date.now();
    const decision = decideRestart(stops, now);
    stops.push(now);
    while (stops.length > defaultRestartPolicy.maxStops) stops.shift();
    if (decision.restart) {
      if (decision.delayMs > 0) await new Promise((resolve) => setTimeout(resolve, decision.delayMs));
      return { action: CloseAction.Restart, message: `The IMR language server stopped; restarting it${decision.delayMs > 0 ? ` after ${decision.delayMs / 1000} s` : ''}.`, handled: true };
    }
    const message = `IMR Author: the language server stopped ${decision.stops} times in ${defaultRestartPolicy.windowMs / 60_000} minutes and was not restarted. Letters are not being checked.`;
    void vscode.window.showErrorMessage(message, 'Restart', 'Show Output').then(async (choice) => {
      if (choice === 'Restart') await restartServer();
      else if (choice === 'Show Output') client?.outputChannel.show(true);
    });
    return { action: CloseAction.DoNotRestart, message, handled: true };
  },
};

/** The manifest's `firstLine` pattern; `.txt` belongs to plaintext by extension, which wins over it. */
const firstLinePattern = /^\uFEFF?\s*(HOW THE IMR FINAL DETERMINATION WAS MADE|Case Number:)/;

/** A plain-text draft that starts like a letter becomes an `imr` document. */
async function adoptDraft(document: vscode.TextDocument): Promise<void> {
  if (document.languageId !== 'plaintext' || document.lineCount === 0) return;
  if (firstLinePattern.test(document.lineAt(0).text)) await vscode.languages.setTextDocumentLanguage(document, 'imr');
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

export function statusText(s: Status): string {
  return `IMR: ${plural(s.errors, 'error')}, ${plural(s.warnings, 'warning')} · ${s.elapsed.toFixed(1)} ms`;
}

/** What the extension exports: the status item, so tests (and other extensions) can read it. */
export interface ImrAuthorApi {
  languageStatus: vscode.LanguageStatusItem;
  /** The running server's process id and version. */
  serverInfo(): Promise<{ pid: number; version: string }>;
}

export async function activate(context: vscode.ExtensionContext): Promise<ImrAuthorApi> {
  const output = vscode.window.createOutputChannel('IMR Author');
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { language: 'imr', scheme: 'file' },
      { language: 'imr', scheme: 'untitled' },
    ],
    outputChannel: output,
    traceOutputChannel: output,
    errorHandler,
    // An untrusted workspace's settings file and catalog paths are not read (asked again on restart).
    initializationOptions: () => ({ clientCommands, workspaceTrusted: vscode.workspace.isTrusted }),
    // Settings files and user catalogs: the server decides which changes matter.
    synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher('**/*.json') },
    middleware: { workspace: { configuration: splitCatalogScopes } },
  };
  client = new LanguageClient('imr', 'IMR Author', serverOptions, clientOptions);

  const status = vscode.languages.createLanguageStatusItem('imr.status', { language: 'imr' });
  status.name = 'IMR Author';
  status.text = 'IMR';
  status.command = { title: 'Show output', command: 'imr.showOutput' };
  const statuses = new Map<string, Status>();
  const showStatus = () => {
    const uri = vscode.window.activeTextEditor?.document.uri.toString();
    const s = uri ? statuses.get(uri) : undefined;
    status.text = s ? statusText(s) : 'IMR';
    status.severity = s && s.errors > 0 ? vscode.LanguageStatusSeverity.Error : s && s.warnings > 0 ? vscode.LanguageStatusSeverity.Warning : vscode.LanguageStatusSeverity.Information;
  };

  context.subscriptions.push(
    output,
    status,
    vscode.window.onDidChangeActiveTextEditor(showStatus),
    vscode.commands.registerCommand('imr.restartServer', restartServer),
    vscode.commands.registerCommand('imr.showOutput', () => output.show(true)),
    vscode.commands.registerCommand('imr.insertCitation', async () => {
      const editor = vscode.window.activeTextEditor;
      if (!editor || editor.document.languageId !== 'imr' || !client) {
        void vscode.window.showInformationMessage('Open an IMR letter to insert a citation.');
        return undefined;
      }
      const position = editor.selection.active;
      const choices = await client.sendRequest(imr.citationChoicesRequest, {
        uri: editor.document.uri.toString(),
        position: { line: position.line, character: position.character },
      });
      const picked = await vscode.window.showQuickPick(
        choices.map((c) => ({ label: c.label, description: c.description, detail: c.text })),
        { title: 'Insert Guideline Citation', placeHolder: 'Search by drug, service, topic or MTUS part', matchOnDescription: true, matchOnDetail: true },
      );
      if (!picked) return undefined;
      await editor.edit((edit) => edit.replace(editor.selection, picked.detail));
      return picked.detail;
    }),
    vscode.commands.registerCommand('imr.showLetterSummary', async () => {
      const editor = vscode.window.activeTextEditor;
      if (!editor || editor.document.languageId !== 'imr' || !client) {
        void vscode.window.showInformationMessage('Open an IMR letter to see its summary.');
        return undefined;
      }
      const markdown = await client.sendRequest(imr.letterSummaryRequest, { uri: editor.document.uri.toString() });
      if (markdown === null) return undefined;
      const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: markdown });
      await vscode.commands.executeCommand('markdown.showPreview', doc.uri);
      return markdown;
    }),
    vscode.commands.registerCommand('imr.disableRule', async (ruleId: string) => {
      const config = vscode.workspace.getConfiguration('imr');
      const rules = { ...(config.get<Record<string, string>>('rules') ?? {}), [ruleId]: 'off' };
      const target = vscode.workspace.workspaceFolders ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
      await config.update('rules', rules, target);
      return rules;
    }),
    registerAddTopic(),
    vscode.commands.registerCommand('imr.showRuleDocumentation', async (ruleId: string) => {
      const page = vscode.Uri.file(context.asAbsolutePath(path.join('docs', 'rules', `${ruleId}.md`)));
      await vscode.commands.executeCommand('markdown.showPreview', page);
      return page.toString();
    }),
  );

  context.subscriptions.push(reportWorkspaceTrust(() => void client?.sendNotification(imr.workspaceTrustedNotification)));
  context.subscriptions.push(...authoringCommands(() => client));
  context.subscriptions.push(registerPreview(() => client));

  context.subscriptions.push(vscode.workspace.onDidOpenTextDocument((d) => void adoptDraft(d)));
  await Promise.all(vscode.workspace.textDocuments.map(adoptDraft));

  client.onNotification(imr.statusNotification, (s: Status) => {
    statuses.set(s.uri, s);
    showStatus();
  });
  await client.start();
  context.subscriptions.push(client);
  return {
    languageStatus: status,
    serverInfo: () => client!.sendRequest(imr.serverInfoRequest),
  };
}

// ---- Authoring: a new letter from its requests, and the workspace letters report ------------------

/**
 * "IMR: New Letter from Requests…" asks for the form and the requests and opens the letter the server
 * writes in an untitled document; "IMR: Workspace Letters Report" shows every workspace letter in a
 * table, and "IMR: Export Workspace Letters Report as CSV…" saves that table. Both arguments are
 * optional, for tests and keybindings: `{ form, requests }` and the CSV file's URI.
 */
function authoringCommands(current: () => LanguageClient | undefined): vscode.Disposable[] {
  const report = async (): Promise<WorkspaceReport | undefined> => {
    const running = current();
    if (!running) return undefined;
    return vscode.window.withProgress(
      { location: vscode.ProgressLocation.Window, title: 'IMR: checking the workspace letters' },
      (_progress, token) => running.sendRequest(imr.workspaceReportRequest, {}, token).then((r) => r ?? undefined),
    );
  };
  return [
    vscode.commands.registerCommand('imr.newLetterFromRequests', async (given?: { form?: '2016' | '2014'; requests?: string }) => {
      const running = current();
      if (!running) return undefined;
      const form =
        given?.form ??
        (
          await vscode.window.showQuickPick(
            [
              { label: '2016', description: 'header block, credentials block, Section(s): citations', form: '2016' as const },
              { label: '2014', description: '2014–15 form: no header, Page(s): citations', form: '2014' as const },
            ],
            // Kept open when the focus moves (a click in the Command Palette that chose this command can
            // blur the pick as it opens), like the requests box after it.
            { title: 'New Letter from Requests: form', placeHolder: 'Which form does the letter follow?', ignoreFocusOut: true },
          )
        )?.form;
      if (!form) return undefined;
      const selected = vscode.window.activeTextEditor?.document.getText(vscode.window.activeTextEditor.selection) ?? '';
      const requests =
        given?.requests ??
        (await vscode.window.showInputBox({
          title: 'New Letter from Requests: the disputed requests',
          prompt: 'Separate requests with semicolons or commas, or paste the utilization review sentence.',
          placeHolder: 'Norco 10/325mg #60; 12 sessions of physical therapy for the lumbar spine; MRI of the right knee',
          value: selected.replace(/\s*\r?\n\s*/g, '; ').trim(),
          ignoreFocusOut: true,
        }));
      if (requests === undefined) return undefined;
      const letter = await running.sendRequest(imr.newLetterRequest, { requests, form });
      const document = await vscode.workspace.openTextDocument({ language: 'imr', content: letter.text });
      await vscode.window.showTextDocument(document, { preview: false });
      return document;
    }),
    vscode.commands.registerCommand('imr.workspaceReport', async () => {
      const result = await report();
      if (!result) return undefined;
      const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: result.markdown });
      await vscode.commands.executeCommand('markdown.showPreview', document.uri);
      void vscode.window
        .showInformationMessage(`IMR: ${result.rows.length} letter${result.rows.length === 1 ? '' : 's'} in the report.`, 'Export CSV…')
        .then((choice) => (choice ? vscode.commands.executeCommand('imr.exportWorkspaceReport') : undefined));
      return result;
    }),
    vscode.commands.registerCommand('imr.exportWorkspaceReport', async (target?: vscode.Uri) => {
      const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
      const uri =
        target ??
        (await vscode.window.showSaveDialog({
          title: 'Export Workspace Letters Report',
          filters: { CSV: ['csv'] },
          defaultUri: folder ? vscode.Uri.joinPath(folder, 'imr-letters-report.csv') : undefined,
        }));
      if (!uri) return undefined;
      const result = await report();
      if (!result) return undefined;
      await vscode.workspace.fs.writeFile(uri, Buffer.from(result.csv, 'utf8'));
      return uri;
    }),
  ];
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}

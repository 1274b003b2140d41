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

let client: LanguageClient | undefined;

/** When the server stopped unexpectedly lately (milliseconds), for the restart policy. */
const stops: number[] = [];

/** Commands the client runs for the server's code actions; other editors do not get those actions. */
const clientCommands = ['imr.disableRule', 'imr.showRuleDocumentation'];

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

interface Status {
  uri: string;
  errors: number;
  warnings: number;
  infos: number;
  elapsed: number;
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
      const choices = await client.sendRequest<{ label: string; description: string; text: string }[]>('imr/citationChoices', {
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
      const markdown = await client.sendRequest<string | null>('imr/letterSummary', { uri: editor.document.uri.toString() });
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
    vscode.commands.registerCommand('imr.showRuleDocumentation', async (ruleId: string) => {
      const page = vscode.Uri.file(context.asAbsolutePath(path.join('docs', 'rules', `${ruleId}.md`)));
      await vscode.commands.executeCommand('markdown.showPreview', page);
      return page.toString();
    }),
  );

  context.subscriptions.push(reportWorkspaceTrust(() => void client?.sendNotification('imr/workspaceTrusted')));
  context.subscriptions.push(vscode.workspace.onDidOpenTextDocument((d) => void adoptDraft(d)));
  await Promise.all(vscode.workspace.textDocuments.map(adoptDraft));

  client.onNotification('imr/status', (s: Status) => {
    statuses.set(s.uri, s);
    showStatus();
  });
  await client.start();
  context.subscriptions.push(client);
  return {
    languageStatus: status,
    serverInfo: () => client!.sendRequest<{ pid: number; version: string }>('imr/serverInfo'),
  };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}

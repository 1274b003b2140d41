// The LSP adapter: the only module that speaks the protocol. It keeps the open documents, reads the
// settings, and maps every request onto the language service (service/imr-service.ts), which owns the
// analysis and the providers. The custom requests are declared in protocol.ts. Runs over IPC inside
// VS Code and as `node dist/server.js --stdio` for other editors.
// First, before anything allocates: see the module.
import './node/young-generation';
import {
  createConnection,
  CodeLensRefreshRequest,
  DiagnosticRefreshRequest,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  ErrorCodes,
  DocumentDiagnosticReportKind,
  type DocumentDiagnosticReport,
  LSPErrorCodes,
  type WorkspaceDocumentDiagnosticReport,
  ProposedFeatures,
  ResponseError,
  TextDocuments,
  TextDocumentSyncKind,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { fileURLToPath } from 'node:url';
import type { Analysis, AnalysisOutcome } from './service/analysis';
import { syncedDocuments } from './service/synced-document';
import { citationRefactorKind, fixAllKind } from './service/code-actions';
import { completionTriggerCharacters } from './service/completion';
import { createImrService } from './service/imr-service';
import { builtinCatalog } from './catalog';
import { allRules } from './rules';
import { ruleFailureMessage } from './rules/engine';
import { defaultSettings } from './rules/types';
import { configFileName, editorCatalogRequests, workspaceSettingsFiles, type CatalogRequest } from './node/config-files';
import { loadConfig } from './node/load-config';
import { packageVersion } from './node/package-version';
import { WorkspaceLetters, type ScanProgress } from './node/workspace-letters';
import { letterFromRequestsKind } from './service/letter-from-requests';
import {
  citationChoicesRequest,
  letterSummaryRequest,
  newLetterRequest,
  previewRequest,
  serverInfoRequest,
  statusNotification,
  workspaceReportRequest,
  workspaceTrustedNotification,
} from './protocol';

const connection = createConnection(ProposedFeatures.all);
// Our own document type: the bundled one loses count of lines when a \n is typed after a lone \r.
const documents = new TextDocuments(syncedDocuments);

let configFilesRead: string[] = [];
/** Whether VS Code trusts the workspace; other clients do not say, and their settings are their user's. */
let workspaceTrusted = true;
let codeLensEnabled = true;
let pullDiagnostics = false;
let canReadConfiguration = false;
let codeLensSupportsRefresh = false;
let canRegisterConfigurationChanges = false;
let workspaceFolders: string[] = [];
/** Commands the client says it runs itself (`initializationOptions.clientCommands`). */
let clientCommands: string[] = [];
const reportedRuleErrors = new Set<string>();
let lastProblems = '';

// Long analyses pause between rules (setImmediate) so other requests are answered meanwhile.
const pause = () => new Promise<void>((resolve) => setImmediate(resolve));

const service = createImrService({
  catalog: builtinCatalog,
  settings: defaultSettings,
  rules: allRules,
  // Logged once per rule, without letter text: the rule and the kind of error only.
  onRuleError: (ruleId, error) => {
    if (reportedRuleErrors.has(ruleId)) return;
    reportedRuleErrors.add(ruleId);
    connection.console.error(ruleFailureMessage(ruleId, error));
  },
  // The client's status item shows the counts and time of each fresh analysis.
  onAnalysed: (status) => void connection.sendNotification(statusNotification, status),
  pause,
});

/** The server's version, read once from package.json. */
const version = packageVersion();

/** The document's analysis for its current text, or why there is none (cancelled, or the document changed). */
const analysisOf = (document: TextDocument, token?: { isCancellationRequested: boolean }): Promise<AnalysisOutcome> => service.analyzeDocument(document, token);

const requestCancelled = () => new ResponseError(LSPErrorCodes.RequestCancelled, 'The request was cancelled.');

connection.onInitialize((params: InitializeParams): InitializeResult => {
  const caps = params.capabilities;
  pullDiagnostics = caps.textDocument?.diagnostic !== undefined;
  canReadConfiguration = caps.workspace?.configuration === true;
  codeLensSupportsRefresh = caps.workspace?.codeLens?.refreshSupport === true;
  canRegisterConfigurationChanges = caps.workspace?.didChangeConfiguration?.dynamicRegistration === true;
  const declared = (params.initializationOptions as { clientCommands?: unknown } | undefined)?.clientCommands;
  clientCommands = Array.isArray(declared) ? declared.filter((c): c is string => typeof c === 'string') : [];
  workspaceFolders = (params.workspaceFolders ?? []).map((f) => f.uri).concat(params.rootUri && !params.workspaceFolders ? [params.rootUri] : []);
  workspaceTrusted = (params.initializationOptions as { workspaceTrusted?: unknown } | undefined)?.workspaceTrusted !== false;
  initializeWorkspaceLetters(params);
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
      ...(pullDiagnostics ? { diagnosticProvider: { identifier: 'imr', interFileDependencies: false, workspaceDiagnostics: true } } : {}),
      codeActionProvider: { codeActionKinds: ['quickfix', citationRefactorKind, letterFromRequestsKind, fixAllKind] },
      completionProvider: { triggerCharacters: completionTriggerCharacters },
      hoverProvider: true,
      foldingRangeProvider: true,
      documentSymbolProvider: true,
      codeLensProvider: { resolveProvider: false },
    },
    serverInfo: { name: 'imr-author', version },
  };
});

connection.onInitialized(() => {
  // Build the catalog's lookups now, after initialize was answered, rather than on the first keystroke.
  setImmediate(() => service.catalog.part(''));
  // Only a client that says it can take the registration gets it (eglot, for one, cannot).
  if (canReadConfiguration && canRegisterConfigurationChanges) {
    void connection.client.register(DidChangeConfigurationNotification.type, { section: 'imr' });
  }
  registerWorkspaceLetterWatcher();
  void reloadSettings();
});

/**
 * Settings from `.imrlintrc.json` at the workspace root, overridden by the editor's `imr.*` settings;
 * then the user catalogs both name, merged over the built-in one (node/load-config.ts, as imr-lint).
 * An untrusted workspace's own settings file and catalog paths are left out. Catalogs a workspace
 * names must lie inside it; only the user's own settings (`catalog.userPaths`, which the VS Code
 * client fills from the user scope of `imr.catalog.paths`) may name a file anywhere.
 */
async function reloadSettings(): Promise<void> {
  const folders = workspaceFolders.filter((f) => f.startsWith('file:')).map((f) => fileURLToPath(f));
  const found = workspaceTrusted ? workspaceSettingsFiles(folders) : { files: [], problems: [] };
  const settingsFiles = found.files;
  const problems: string[] = [...found.problems];
  let editorSettings: Parameters<typeof loadConfig>[0]['editorSettings'];
  const editorCatalogs: CatalogRequest[] = [];
  if (canReadConfiguration) {
    try {
      const editor = (await connection.workspace.getConfiguration('imr')) as { rules?: unknown; profile?: unknown; maxProblems?: unknown; catalog?: { paths?: unknown; userPaths?: unknown }; codeLens?: { enabled?: unknown } } | null;
      codeLensEnabled = editor?.codeLens?.enabled !== false;
      editorSettings = { where: 'Settings (imr.rules / imr.profile)', value: editor ? { rules: editor.rules, profile: editor.profile, maxProblems: editor.maxProblems } : undefined };
      const base = folders[0] ?? process.cwd();
      const named = [
        ...(workspaceTrusted ? [editorCatalogRequests(editor?.catalog?.paths, 'Settings (imr.catalog.paths)', base, folders)] : []),
        editorCatalogRequests(editor?.catalog?.userPaths, 'User settings (imr.catalog.paths)', base, undefined),
      ];
      for (const n of named) {
        editorCatalogs.push(...n.requests);
        problems.push(...n.problems);
      }
    } catch (error) {
      problems.push(`Could not read the editor settings (${error instanceof Error ? error.name : 'unknown error'}).`);
    }
  }
  const loaded = loadConfig({ settingsFiles, editorSettings, editorCatalogs });
  service.configure({ settings: loaded.settings, catalog: loaded.catalog });
  configFilesRead = loaded.files;
  problems.push(...loaded.problems.map((p) => p.message));
  const text = problems.join('\n');
  // Say each set of problems once, not on every reload.
  if (text && text !== lastProblems) {
    for (const p of problems) connection.console.warn(p);
    void connection.window.showWarningMessage(`IMR Author: ${problems[0]}${problems.length > 1 ? ` (and ${problems.length - 1} more; see the IMR Author output)` : ''}`);
  }
  lastProblems = text;
  refreshDiagnostics();
}

function refreshDiagnostics(): void {
  workspaceLetters.invalidate(!pullDiagnostics);
  if (codeLensSupportsRefresh) void connection.sendRequest(CodeLensRefreshRequest.type).catch(() => undefined);
  if (pullDiagnostics) {
    void connection.sendRequest(DiagnosticRefreshRequest.type).catch(() => undefined);
  } else {
    for (const d of documents.all()) void publish(d);
  }
}

async function publish(document: TextDocument): Promise<void> {
  const version = document.version;
  const outcome = await analysisOf(document);
  // A newer version is on its way and will be published itself.
  if (!('analysis' in outcome) || documents.get(document.uri)?.version !== version) return;
  void connection.sendDiagnostics({ uri: document.uri, version, diagnostics: service.diagnostics(outcome.analysis, document.uri) });
}

connection.onDidChangeConfiguration(() => void reloadSettings());
connection.onDidChangeWatchedFiles((params) => {
  const changed = params.changes.map((c) => (c.uri.startsWith('file:') ? fileURLToPath(c.uri) : c.uri));
  if (changed.some((f) => f.endsWith(configFileName) || configFilesRead.includes(f))) void reloadSettings();
  void workspaceLettersChanged(params.changes);
});
// VS Code asks before it trusts a workspace, and trust once given lasts until the window reloads.
connection.onNotification(workspaceTrustedNotification, () => {
  workspaceTrusted = true;
  void reloadSettings();
});

documents.onDidChangeContent((event) => {
  // Stop checking the text the document no longer has.
  service.documentChanged(event.document.uri);
  if (!pullDiagnostics) void publish(event.document);
});
documents.onDidClose((event) => {
  service.documentClosed(event.document.uri);
  if (!pullDiagnostics) void connection.sendDiagnostics({ uri: event.document.uri, diagnostics: [] });
});

const noReport: DocumentDiagnosticReport = { kind: DocumentDiagnosticReportKind.Full, items: [] };

connection.languages.diagnostics.on(async (params, token) => {
  const document = documents.get(params.textDocument.uri);
  if (!document) return noReport;
  const outcome = await analysisOf(document, token);
  if (!('analysis' in outcome)) {
    if (outcome.cancelled === 'request') throw requestCancelled();
    // The document changed under the pull: LSP's answer is ServerCancelled, and the client pulls again.
    throw new ResponseError(LSPErrorCodes.ServerCancelled, 'The document changed; pull again.', { retriggerRequest: true });
  }
  return { kind: DocumentDiagnosticReportKind.Full, items: service.diagnostics(outcome.analysis, document.uri) };
});

/**
 * Runs a provider on the document's analysis; answers `none` for an unknown document, and
 * RequestCancelled for a cancelled request (`none` for the client's own requests). A request overtaken
 * by an edit is answered for the document's text as it is now, which the client already has: LSP asks
 * servers not to answer ContentModified for edits they were sent, and the client cancels what it no
 * longer wants.
 */
async function withAnalysis<T>(uri: string, token: { isCancellationRequested: boolean } | undefined, none: T, provide: (analysis: Analysis, document: TextDocument) => T, custom = false): Promise<T> {
  for (;;) {
    const document = documents.get(uri);
    if (!document) return none;
    const outcome = await analysisOf(document, token);
    if ('analysis' in outcome) return provide(outcome.analysis, document);
    if (outcome.cancelled === 'request') {
      if (custom) return none;
      throw requestCancelled();
    }
  }
}

connection.onCodeAction((params, token) =>
  withAnalysis(params.textDocument.uri, token, [], (analysis, document) =>
    service.codeActions(analysis, { uri: document.uri, range: params.range, only: params.context.only, clientCommands }, token),
  ),
);

connection.onCompletion((params, token) => withAnalysis(params.textDocument.uri, token, [], (a) => service.completion(a, params.position, token)));

connection.onHover((params, token) => withAnalysis(params.textDocument.uri, token, null, (a) => service.hover(a, params.position, token)));

connection.onFoldingRanges((params, token) => withAnalysis(params.textDocument.uri, token, [], (a) => service.foldingRanges(a, token)));

connection.onDocumentSymbol((params, token) => withAnalysis(params.textDocument.uri, token, [], (a) => service.documentSymbols(a, token)));

connection.onCodeLens((params, token) => withAnalysis(params.textDocument.uri, token, [], (a) => (codeLensEnabled ? service.codeLenses(a, token) : [])));

// ---- The custom requests (protocol.ts) ------------------------------------------------------------

connection.onRequest(letterSummaryRequest, (params) => withAnalysis(params.uri, undefined, null, (a) => service.letterSummary(a), true));

connection.onRequest(citationChoicesRequest, (params, token) =>
  withAnalysis(params.uri, token, [], (a) => service.citationChoices(a, params.position, token), true),
);

// "Open Preview to the Side": the letter as HTML, with the version it shows (the client drops stale answers).
connection.onRequest(previewRequest, (params, token) =>
  withAnalysis(params.uri, token, null, (a, document) => {
    const html = service.preview(a, token);
    return html === null ? null : { html, version: document.version };
  }, true),
);

// Which process serves, and how many analyses it finished or stopped: the client's restart test,
// the protocol tests and "Show Output" troubleshooting use it.
connection.onRequest(serverInfoRequest, () => ({ pid: process.pid, version, analyses: { ...service.counts } }));

// A new letter from its requests. The parameters come from any client: the service checks them.
connection.onRequest(newLetterRequest, (params) => {
  const result = service.newLetter(params);
  return 'invalid' in result ? new ResponseError(ErrorCodes.InvalidParams, result.invalid) : result.letter;
});

// ---- A folder of letters: workspace diagnostics and the workspace letters report -----------------

let canWatchFiles = false;
let canShowProgress = false;

function initializeWorkspaceLetters(params: InitializeParams): void {
  canWatchFiles = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
  canShowProgress = params.capabilities.window?.workDoneProgress === true;
}

/** The client tells the server of `.imr` files changed on disk, opened or not. */
function registerWorkspaceLetterWatcher(): void {
  if (canWatchFiles) void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/*.imr' }] });
}

const workspaceFolderPaths = () => workspaceFolders.filter((f) => f.startsWith('file:')).map((f) => fileURLToPath(f));

const noProgress: ScanProgress = { begin: () => undefined, report: () => undefined, done: () => undefined, cancelled: false };

async function startScanProgress(): Promise<ScanProgress> {
  if (!canShowProgress) return noProgress;
  try {
    const reporter = await connection.window.createWorkDoneProgress();
    let lastPercent = -1;
    return {
      begin: (total) => reporter.begin('Checking IMR letters', 0, `0/${total} letters`, true),
      report: (done, total) => {
        // One report per percent, not one per letter.
        const percent = Math.floor((done * 100) / Math.max(1, total));
        if (percent !== lastPercent) reporter.report(percent, `${done}/${total} letters`);
        lastPercent = percent;
      },
      done: () => reporter.done(),
      get cancelled() {
        return reporter.token.isCancellationRequested;
      },
    };
  } catch {
    return noProgress;
  }
}

const workspaceLetters = new WorkspaceLetters({
  folders: workspaceFolderPaths,
  analyze: (text) => service.analyzeTextInSlices(text),
  pause,
  startProgress: startScanProgress,
  // Push-only clients get the letters that are not open; an open letter's own diagnostics win.
  onUpdate: (letter) => {
    if (!pullDiagnostics && !documents.get(letter.uri)) void connection.sendDiagnostics({ uri: letter.uri, diagnostics: letter.diagnostics });
  },
});

async function workspaceLettersChanged(changes: readonly { uri: string; type: number }[]): Promise<void> {
  const files = changes
    .filter((c) => c.uri.startsWith('file:'))
    .map((c) => ({ file: fileURLToPath(c.uri), type: c.type === FileChangeType.Deleted ? ('deleted' as const) : c.type === FileChangeType.Created ? ('created' as const) : ('changed' as const) }));
  await workspaceLetters.filesChanged(files);
}

// A closed letter is shown as it is on disk again (it may have been saved or reverted).
documents.onDidClose((event) => {
  if (event.document.uri.startsWith('file:')) void workspaceLettersChanged([{ uri: event.document.uri, type: FileChangeType.Changed }]);
});

connection.languages.diagnostics.onWorkspace(async (params, token) => {
  const previous = new Map(params.previousResultIds.map((p) => [p.uri, p.value]));
  const reports = (): WorkspaceDocumentDiagnosticReport[] =>
    workspaceLetters.all().map((l) =>
      previous.get(l.uri) === l.resultId
        ? { kind: DocumentDiagnosticReportKind.Unchanged, uri: l.uri, version: null, resultId: l.resultId }
        : { kind: DocumentDiagnosticReportKind.Full, uri: l.uri, version: null, resultId: l.resultId, items: l.diagnostics },
    );
  for (;;) {
    await workspaceLetters.ensureScanned();
    const items = reports();
    if (token.isCancellationRequested) return { items: [] };
    if (previous.size === 0 || items.some((i) => i.kind === DocumentDiagnosticReportKind.Full)) return { items };
    // Nothing new since the client's last pull: hold the request until a letter changes or the settings do.
    await workspaceLetters.nextChange(token);
  }
});

connection.onRequest(workspaceReportRequest, async (_params, token) => {
  await workspaceLetters.ensureScanned({ resume: true });
  const rows = [];
  for (const letter of workspaceLetters.present()) {
    if (token.isCancellationRequested) return null;
    // A letter open in the editor is reported as the editor holds it.
    const open = documents.get(letter.uri);
    const outcome = open ? await analysisOf(open, token) : undefined;
    const analysis = outcome && 'analysis' in outcome ? outcome.analysis : undefined;
    rows.push(analysis ? service.reportRow(letter.row.file, analysis) : letter.row);
  }
  return service.workspaceReport(rows);
});

// A fault in a handler must not end the server: log it (no letter text) and keep serving.
// The message line is left out: it could quote letter text. The kind of error and where it arose remain.
process.on('uncaughtException', (error) =>
  connection.console.error(`Unexpected error (${error.name}):\n${(error.stack ?? '').split('\n').slice(1).join('\n')}`));

documents.listen(connection);
connection.listen();

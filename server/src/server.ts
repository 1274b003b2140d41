// The LSP adapter: the only module that speaks the protocol. It keeps the open documents, reads the
// settings, and hands every request to a pure provider in service/. Runs over IPC inside VS Code and
// as `node dist/server.js --stdio` for other editors.
import {
  createConnection,
  CodeLensRefreshRequest,
  DiagnosticRefreshRequest,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  ResponseError,
  ErrorCodes,
  DocumentDiagnosticReportKind,
  type DocumentDiagnosticReport,
  type WorkspaceDocumentDiagnosticReport,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { fileURLToPath } from 'node:url';
import { AnalysisCache, type Analysis } from './service/analysis';
import { toDiagnostics } from './service/diagnostics';
import { citationRefactorKind, fixAllKind, provideCodeActions } from './service/code-actions';
import { completionTriggerCharacters, provideCompletion } from './service/completion';
import { provideHover } from './service/hover';
import { provideFoldingRanges } from './service/folding';
import { provideDocumentSymbols } from './service/symbols';
import { provideCodeLenses } from './service/code-lens';
import { letterSummaryMarkdown } from './service/letter-summary';
import { provideCitationChoices } from './service/citation-choices';
import { builtinCatalog, mergeCatalogs, type Catalog } from './catalog';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { allRules } from './rules';
import { checkSettings, type SettingsInput } from './rules/settings';
import { defaultSettings, type EngineSettings } from './rules/types';
import { catalogPaths, configFileName, findConfigFile, readConfigFile } from './node/config-files';
import { analyze } from './service/analysis';
import { newLetter } from './service/new-letter';
import { cleanRequests, splitRequests } from './service/request-list';
import { letterRow, reportCsv, reportMarkdown } from './service/letters-report';
import { WorkspaceLetters, type ScanProgress } from './node/workspace-letters';
import { letterFromRequestsKind } from './service/letter-from-requests';

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);

let settings: EngineSettings = defaultSettings;
let catalog: Catalog = builtinCatalog;
let catalogFiles: string[] = [];
let codeLensEnabled = true;
let pullDiagnostics = false;
let canReadConfiguration = false;
let codeLensSupportsRefresh = false;
let canRegisterConfigurationChanges = false;
let workspaceFolders: string[] = [];
const reportedRuleErrors = new Set<string>();
let lastProblems = '';

// Long analyses pause between rules (setImmediate) so other requests are answered meanwhile.
const pause = () => new Promise<void>((resolve) => setImmediate(resolve));

const cache = new AnalysisCache(() => ({
  catalog,
  settings,
  rules: allRules,
  // Logged once per rule, without letter text: the message and stack of the rule's own error.
  onRuleError: (ruleId, error) => {
    if (reportedRuleErrors.has(ruleId)) return;
    reportedRuleErrors.add(ruleId);
    connection.console.error(`Rule ${ruleId} failed and was skipped: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  },
}), pause);

const statusSent = new WeakSet<Analysis>();

/** The document's analysis for its current version; undefined when the request was cancelled. */
async function analysisOf(document: TextDocument, token?: { isCancellationRequested: boolean }): Promise<Analysis | undefined> {
  const analysis = await cache.getInSlices(document.uri, document.version, () => document.getText(), token);
  if (!analysis) return undefined;
  // The client's status item shows the counts and time of each fresh analysis.
  if (!statusSent.has(analysis)) {
    statusSent.add(analysis);
    void connection.sendNotification('imr/status', statusOf(document.uri, analysis));
  }
  return analysis;
}

function statusOf(uri: string, analysis: Analysis) {
  const count = (severity: string) => analysis.findings.filter((f) => f.severity === severity).length;
  return { uri, errors: count('error'), warnings: count('warning'), infos: count('info') + count('hint'), elapsed: analysis.elapsed };
}

connection.onInitialize((params: InitializeParams): InitializeResult => {
  const caps = params.capabilities;
  pullDiagnostics = caps.textDocument?.diagnostic !== undefined;
  canReadConfiguration = caps.workspace?.configuration === true;
  codeLensSupportsRefresh = caps.workspace?.codeLens?.refreshSupport === true;
  canRegisterConfigurationChanges = caps.workspace?.didChangeConfiguration?.dynamicRegistration === true;
  workspaceFolders = (params.workspaceFolders ?? []).map((f) => f.uri).concat(params.rootUri && !params.workspaceFolders ? [params.rootUri] : []);
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
    serverInfo: { name: 'imr-author', version: '0.1.0' },
  };
});

connection.onInitialized(() => {
  // Build the catalog's lookups now, after initialize was answered, rather than on the first keystroke.
  setImmediate(() => catalog.part(''));
  // Only a client that says it can take the registration gets it (eglot, for one, cannot).
  if (canReadConfiguration && canRegisterConfigurationChanges) {
    void connection.client.register(DidChangeConfigurationNotification.type, { section: 'imr' });
  }
  registerWorkspaceLetterWatcher();
  void reloadSettings();
});

/**
 * Settings from `.imrlintrc.json` at the workspace root, overridden by the editor's `imr.*` settings;
 * then the user catalogs both name, merged over the built-in one.
 */
async function reloadSettings(): Promise<void> {
  const inputs: { where: string; value: SettingsInput | undefined }[] = [];
  const problems: string[] = [];
  const catalogs: string[] = [];
  for (const folder of workspaceFolders) {
    if (!folder.startsWith('file:')) continue;
    const file = findConfigFile(fileURLToPath(folder));
    if (!file) continue;
    const config = readConfigFile(file);
    if (config.problem) problems.push(config.problem);
    inputs.push({ where: file, value: config.value });
    const named = catalogPaths(config);
    catalogs.push(...named.paths);
    problems.push(...named.problems);
  }
  if (canReadConfiguration) {
    try {
      const editor = (await connection.workspace.getConfiguration('imr')) as { rules?: unknown; profile?: unknown; catalog?: { paths?: unknown }; codeLens?: { enabled?: unknown } } | null;
      codeLensEnabled = editor?.codeLens?.enabled !== false;
      inputs.push({ where: 'Settings (imr.rules / imr.profile)', value: editor ? { rules: editor.rules, profile: editor.profile } : undefined });
      const paths = editor?.catalog?.paths;
      if (Array.isArray(paths)) {
        const root = workspaceFolders.find((f) => f.startsWith('file:'));
        for (const p of paths) {
          if (typeof p === 'string') catalogs.push(path.resolve(root ? fileURLToPath(root) : process.cwd(), p));
          else problems.push('Settings (imr.catalog.paths): every entry must be a file path.');
        }
      } else if (paths !== undefined && paths !== null) {
        problems.push('Settings (imr.catalog.paths): must be a list of file paths.');
      }
    } catch (error) {
      problems.push(`Could not read the editor settings: ${String(error)}`);
    }
  }
  const checked = checkSettings(inputs);
  settings = checked.settings;
  problems.push(...checked.problems, ...loadCatalogs(catalogs));
  const text = problems.join('\n');
  // Say each set of problems once, not on every reload.
  if (text && text !== lastProblems) {
    for (const p of problems) connection.console.warn(p);
    void connection.window.showWarningMessage(`IMR Author: ${problems[0]}${problems.length > 1 ? ` (and ${problems.length - 1} more; see the IMR Author output)` : ''}`);
  }
  lastProblems = text;
  cache.invalidate();
  refreshDiagnostics();
}

/** Reads the user catalog files (as JSON data only) and merges them over the built-in catalog. */
function loadCatalogs(files: readonly string[]): string[] {
  catalogFiles = [...files];
  const problems: string[] = [];
  const texts: { name: string; text: string }[] = [];
  for (const file of files) {
    try {
      texts.push({ name: file, text: fs.readFileSync(file, 'utf8') });
    } catch (error) {
      problems.push(`${file}: cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)}).`);
    }
  }
  if (texts.length === 0) {
    catalog = builtinCatalog;
    return problems;
  }
  const merged = mergeCatalogs(builtinCatalog, texts);
  catalog = merged.catalog;
  return problems.concat(merged.problems.map((p) => `${p.file}: ${p.message}`));
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
  const analysis = await analysisOf(document);
  // A newer version is on its way and will be published itself.
  if (!analysis || documents.get(document.uri)?.version !== version) return;
  void connection.sendDiagnostics({ uri: document.uri, version, diagnostics: toDiagnostics(analysis.letter, document.uri, analysis.findings) });
}

connection.onDidChangeConfiguration(() => void reloadSettings());
connection.onDidChangeWatchedFiles((params) => {
  const changed = params.changes.map((c) => (c.uri.startsWith('file:') ? fileURLToPath(c.uri) : c.uri));
  if (changed.some((f) => f.endsWith(configFileName) || catalogFiles.includes(f))) void reloadSettings();
  void workspaceLettersChanged(params.changes);
});

documents.onDidChangeContent((event) => {
  if (!pullDiagnostics) void publish(event.document);
});
documents.onDidClose((event) => {
  cache.delete(event.document.uri);
  if (!pullDiagnostics) void connection.sendDiagnostics({ uri: event.document.uri, diagnostics: [] });
});

const noReport: DocumentDiagnosticReport = { kind: DocumentDiagnosticReportKind.Full, items: [] };

connection.languages.diagnostics.on(async (params, token) => {
  const document = documents.get(params.textDocument.uri);
  const analysis = document && !token.isCancellationRequested ? await analysisOf(document, token) : undefined;
  if (!document || !analysis) return noReport;
  return { kind: DocumentDiagnosticReportKind.Full, items: toDiagnostics(analysis.letter, document.uri, analysis.findings) };
});

/** Runs a provider on the document's analysis, or answers `none` for an unknown document or a cancelled request. */
async function withAnalysis<T>(uri: string, token: { isCancellationRequested: boolean } | undefined, none: T, provide: (analysis: Analysis, document: TextDocument) => T): Promise<T> {
  const document = documents.get(uri);
  if (!document) return none;
  const analysis = await analysisOf(document, token);
  return analysis ? provide(analysis, document) : none;
}

const eraOf = (analysis: Analysis) => (settings.profile === 'auto' ? analysis.letter.era : settings.profile);

connection.onCodeAction((params, token) =>
  withAnalysis(params.textDocument.uri, token, [], (analysis, document) =>
    provideCodeActions(analysis, { uri: document.uri, range: params.range, only: params.context.only, catalog, era: eraOf(analysis) }, token),
  ),
);

connection.onCompletion((params, token) => withAnalysis(params.textDocument.uri, token, [], (a) => provideCompletion(a.letter, catalog, params.position, token)));

connection.onHover((params, token) => withAnalysis(params.textDocument.uri, token, null, (a) => provideHover(a.letter, catalog, params.position, token)));

connection.onFoldingRanges((params, token) => withAnalysis(params.textDocument.uri, token, [], (a) => provideFoldingRanges(a.letter, token)));

connection.onDocumentSymbol((params, token) => withAnalysis(params.textDocument.uri, token, [], (a) => provideDocumentSymbols(a.letter, token)));

connection.onCodeLens((params, token) => withAnalysis(params.textDocument.uri, token, [], (a) => (codeLensEnabled ? provideCodeLenses(a, catalog, token) : [])));

connection.onRequest('imr/letterSummary', (params: { uri: string }) => withAnalysis(params.uri, undefined, null, (a) => letterSummaryMarkdown(a, catalog)));

connection.onRequest('imr/citationChoices', (params: { uri: string; position: { line: number; character: number } }, token) =>
  withAnalysis(params.uri, token, [], (a) => provideCitationChoices(a.letter, catalog, eraOf(a), params.position, token)),
);

// Which process serves: the client's restart test and "Show Output" troubleshooting use it.
connection.onRequest('imr/serverInfo', () => ({ pid: process.pid, version: '0.1.0' }));

// ---- Authoring: a new letter from its requests -------------------------------------------------

connection.onRequest('imr/newLetter', (params: { requests?: unknown; form?: unknown } | null) => {
  const given = params?.requests;
  const form = params?.form ?? (settings.profile === 'auto' ? '2016' : settings.profile);
  if (form !== '2016' && form !== '2014') return new ResponseError(ErrorCodes.InvalidParams, 'form must be "2016" or "2014".');
  let requests: string[];
  if (typeof given === 'string') requests = splitRequests(given);
  else if (Array.isArray(given) && given.every((r) => typeof r === 'string')) requests = cleanRequests(given as string[]);
  else return new ResponseError(ErrorCodes.InvalidParams, 'requests must be text or a list of texts.');
  return newLetter(requests, form, catalog);
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
  analyze: (text) =>
    analyze(text, {
      catalog,
      settings,
      rules: allRules,
      onRuleError: (ruleId, error) => {
        if (reportedRuleErrors.has(ruleId)) return;
        reportedRuleErrors.add(ruleId);
        connection.console.error(`Rule ${ruleId} failed and was skipped: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      },
    }),
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

connection.onRequest('imr/workspaceReport', async (_params: unknown, token) => {
  await workspaceLetters.ensureScanned({ resume: true });
  const rows = [];
  for (const letter of workspaceLetters.present()) {
    if (token.isCancellationRequested) return null;
    // A letter open in the editor is reported as the editor holds it.
    const open = documents.get(letter.uri);
    const analysis = open ? await analysisOf(open, token) : undefined;
    rows.push(analysis ? letterRow(letter.row.file, analysis.letter, analysis.findings) : letter.row);
  }
  return { rows, csv: reportCsv(rows), markdown: reportMarkdown(rows) };
});

// A fault in a handler must not end the server: log it (no letter text) and keep serving.
process.on('uncaughtException', (error) => connection.console.error(`Unexpected error: ${error.stack ?? error.message}`));

documents.listen(connection);
connection.listen();

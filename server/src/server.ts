// The LSP adapter: the only module that speaks the protocol. It keeps the open documents, reads the
// settings, and hands every request to a pure provider in service/. Runs over IPC inside VS Code and
// as `node dist/server.js --stdio` for other editors.
import {
  createConnection,
  DiagnosticRefreshRequest,
  DidChangeConfigurationNotification,
  DocumentDiagnosticReportKind,
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
import { fixAllKind, provideCodeActions } from './service/code-actions';
import { builtinCatalog, type Catalog } from './catalog';
import { allRules } from './rules';
import { checkSettings, type SettingsInput } from './rules/settings';
import { defaultSettings, type EngineSettings } from './rules/types';
import { configFileName, findConfigFile, readConfigFile } from './node/config-files';

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);

let settings: EngineSettings = defaultSettings;
const catalog: Catalog = builtinCatalog;
let pullDiagnostics = false;
let canReadConfiguration = false;
let workspaceFolders: string[] = [];
const reportedRuleErrors = new Set<string>();
let lastProblems = '';

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
}));

const statusSent = new WeakSet<Analysis>();

function analysisOf(document: TextDocument): Analysis {
  const analysis = cache.get(document.uri, document.version, () => document.getText());
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
  workspaceFolders = (params.workspaceFolders ?? []).map((f) => f.uri).concat(params.rootUri && !params.workspaceFolders ? [params.rootUri] : []);
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
      ...(pullDiagnostics ? { diagnosticProvider: { identifier: 'imr', interFileDependencies: false, workspaceDiagnostics: false } } : {}),
      codeActionProvider: { codeActionKinds: ['quickfix', fixAllKind] },
    },
    serverInfo: { name: 'imr-author', version: '0.1.0' },
  };
});

connection.onInitialized(() => {
  if (canReadConfiguration) {
    void connection.client.register(DidChangeConfigurationNotification.type, { section: 'imr' });
  }
  void reloadSettings();
});

/** Settings from `.imrlintrc.json` at the workspace root, overridden by the editor's `imr.*` settings. */
async function reloadSettings(): Promise<void> {
  const inputs: { where: string; value: SettingsInput | undefined }[] = [];
  const problems: string[] = [];
  for (const folder of workspaceFolders) {
    if (!folder.startsWith('file:')) continue;
    const file = findConfigFile(fileURLToPath(folder));
    if (!file) continue;
    const config = readConfigFile(file);
    if (config.problem) problems.push(config.problem);
    inputs.push({ where: file, value: config.value });
  }
  if (canReadConfiguration) {
    try {
      const editor = (await connection.workspace.getConfiguration('imr')) as { rules?: unknown; profile?: unknown } | null;
      inputs.push({ where: 'Settings (imr.rules / imr.profile)', value: editor ? { rules: editor.rules, profile: editor.profile } : undefined });
    } catch (error) {
      problems.push(`Could not read the editor settings: ${String(error)}`);
    }
  }
  const checked = checkSettings(inputs);
  settings = checked.settings;
  const all = [...problems, ...checked.problems];
  const text = all.join('\n');
  // Say each set of problems once, not on every reload.
  if (text && text !== lastProblems) {
    for (const p of all) connection.console.warn(p);
    void connection.window.showWarningMessage(`IMR Author: ${all[0]}${all.length > 1 ? ` (and ${all.length - 1} more; see the IMR Author output)` : ''}`);
  }
  lastProblems = text;
  cache.invalidate();
  refreshDiagnostics();
}

function refreshDiagnostics(): void {
  if (pullDiagnostics) {
    void connection.sendRequest(DiagnosticRefreshRequest.type).catch(() => undefined);
  } else {
    for (const d of documents.all()) publish(d);
  }
}

function publish(document: TextDocument): void {
  const analysis = analysisOf(document);
  void connection.sendDiagnostics({ uri: document.uri, version: document.version, diagnostics: toDiagnostics(analysis.letter, document.uri, analysis.findings) });
}

connection.onDidChangeConfiguration(() => void reloadSettings());
connection.onDidChangeWatchedFiles((params) => {
  if (params.changes.some((c) => c.uri.endsWith(configFileName))) void reloadSettings();
});

documents.onDidChangeContent((event) => {
  if (!pullDiagnostics) publish(event.document);
});
documents.onDidClose((event) => {
  cache.delete(event.document.uri);
  if (!pullDiagnostics) void connection.sendDiagnostics({ uri: event.document.uri, diagnostics: [] });
});

connection.languages.diagnostics.on((params, token) => {
  const document = documents.get(params.textDocument.uri);
  if (!document || token.isCancellationRequested) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
  const analysis = analysisOf(document);
  return { kind: DocumentDiagnosticReportKind.Full, items: toDiagnostics(analysis.letter, document.uri, analysis.findings) };
});

connection.onCodeAction((params, token) => {
  const document = documents.get(params.textDocument.uri);
  if (!document) return [];
  return provideCodeActions(analysisOf(document), { uri: document.uri, range: params.range, only: params.context.only }, token);
});

// A fault in a handler must not end the server: log it (no letter text) and keep serving.
process.on('uncaughtException', (error) => connection.console.error(`Unexpected error: ${error.stack ?? error.message}`));

documents.listen(connection);
connection.listen();

// The IMR language service: one object that owns the analysis of documents and every provider, as
// vscode-markdown-languageservice's `createLanguageService` does. Pure: no I/O, no transport. The LSP
// adapter (server.ts) maps requests onto it; `imr-lint` (cli/lint.ts) uses it for its analysis; tests
// can drive it in memory.
import type { Era } from '../letter/model';
import type { CodeAction, CodeLens, CompletionItem, Diagnostic, DocumentSymbol, FoldingRange, Hover, Position } from 'vscode-languageserver-types';
import type { Catalog } from '../catalog';
import { defaultMaxProblems, type EngineSettings, type Rule } from '../rules/types';
import { AnalysisCache, analyze, analyzeInSlices, SLICE_MS, type Analysis, type AnalysisCounts, type AnalysisOutcome } from './analysis';
import type { CancellationToken } from './cancellation';
import { provideCitationChoices, type CitationChoice } from './citation-choices';
import { provideCodeActions, type CodeActionRequest } from './code-actions';
import { provideCodeLenses } from './code-lens';
import { provideCompletion } from './completion';
import { diagnosticsOf } from './diagnostics';
import { provideFoldingRanges } from './folding';
import { provideHover } from './hover';
import { letterSummaryMarkdown } from './letter-summary';
import { providePreview } from './preview';
import { letterRow, reportCsv, reportMarkdown, type LetterRow } from './letters-report';
import { newLetter, type NewLetter } from './new-letter';
import { cleanRequests, splitRequests } from './request-list';
import { provideDocumentSymbols } from './symbols';

/** The counts and time of a document's latest analysis (the client shows them in its status item). */
export interface Status {
  uri: string;
  errors: number;
  warnings: number;
  /** Info and hint findings together. */
  infos: number;
  /** Milliseconds spent parsing and checking. */
  elapsed: number;
}

/** What the service needs of a document: the editor's copy, read when an analysis starts. */
export interface ServiceDocument {
  readonly uri: string;
  readonly version: number;
  getText(): string;
}

export interface ImrServiceOptions {
  catalog: Catalog;
  settings: EngineSettings;
  rules: readonly Rule[];
  /** A rule threw: its findings were dropped. Called for every failure; the host decides what to report. */
  onRuleError?: (ruleId: string, error: unknown) => void;
  /** Each fresh analysis of a document, once (the server sends it to the client as its status notification). */
  onAnalysed?: (status: Status) => void;
  /** The host's way to yield between slices of a long analysis (setImmediate in the server). */
  pause?: () => Promise<void>;
  /** How long an analysis may hold the thread before it pauses; tests pass 0. */
  sliceMs?: number;
}

export interface WorkspaceReport {
  rows: LetterRow[];
  csv: string;
  markdown: string;
}

/** The parameters of a new letter, as a client may send them: checked here. */
export interface NewLetterInput {
  requests?: unknown;
  form?: unknown;
}

export interface ImrService {
  readonly catalog: Catalog;
  readonly settings: EngineSettings;
  /** How many document analyses ran to the end and how many were stopped. */
  readonly counts: AnalysisCounts;
  /** New settings or catalog: every document is checked again on its next request. */
  configure(inputs: { catalog: Catalog; settings: EngineSettings }): void;

  /** The text checked at once, every finding kept: the CLI. */
  analyzeText(text: string): Analysis;
  /**
   * The text checked in slices (pausing with the host's `pause`), every finding kept: the workspace's closed
   * letters, checked in the background while keystrokes in an open letter are answered between slices.
   */
  analyzeTextInSlices(text: string): Promise<Analysis>;
  /**
   * An open document's analysis, cached by version and text, in slices, capped at `imr.maxProblems`;
   * or why there is none (the request was cancelled, or the document changed meanwhile).
   */
  analyzeDocument(document: ServiceDocument, token?: CancellationToken): Promise<AnalysisOutcome>;
  /** The document's text changed: an analysis under way is of text that no longer exists. */
  documentChanged(uri: string): void;
  documentClosed(uri: string): void;
  /** The era citations are written in: the profile's, or the letter's own under `auto`. */
  eraOf(analysis: Analysis): Era;

  diagnostics(analysis: Analysis, uri: string): Diagnostic[];
  status(uri: string, analysis: Analysis): Status;
  codeActions(analysis: Analysis, request: Omit<CodeActionRequest, 'catalog' | 'era'>, token?: CancellationToken): CodeAction[];
  completion(analysis: Analysis, position: Position, token?: CancellationToken): CompletionItem[];
  hover(analysis: Analysis, position: Position, token?: CancellationToken): Hover | null;
  foldingRanges(analysis: Analysis, token?: CancellationToken): FoldingRange[];
  documentSymbols(analysis: Analysis, token?: CancellationToken): DocumentSymbol[];
  codeLenses(analysis: Analysis, token?: CancellationToken): CodeLens[];
  letterSummary(analysis: Analysis): string;
  /** The letter as published, as the body of an HTML page; null when cancelled. */
  preview(analysis: Analysis, token?: CancellationToken): string | null;
  citationChoices(analysis: Analysis, position: Position, token?: CancellationToken): CitationChoice[];
  /** A new letter from its requests, or why the parameters cannot be used. */
  newLetter(input: NewLetterInput | null | undefined): { letter: NewLetter } | { invalid: string };
  /** One row of the workspace letters report. */
  reportRow(file: string, analysis: Analysis): LetterRow;
  workspaceReport(rows: LetterRow[]): WorkspaceReport;
}

export function createImrService(options: ImrServiceOptions): ImrService {
  let { catalog, settings } = options;
  const { rules, onRuleError, onAnalysed } = options;
  const cache = new AnalysisCache(
    () => ({ catalog, settings, rules, onRuleError, maxFindings: settings.maxProblems ?? defaultMaxProblems }),
    options.pause,
    options.sliceMs ?? SLICE_MS,
  );
  const reported = new WeakSet<Analysis>();
  const eraOf = (analysis: Analysis) => analysis.facts.era;
  const status = (uri: string, analysis: Analysis): Status => {
    const count = (severity: string) => analysis.findings.filter((f) => f.severity === severity).length;
    return { uri, errors: count('error'), warnings: count('warning'), infos: count('info') + count('hint'), elapsed: analysis.elapsed };
  };

  return {
    get catalog() {
      return catalog;
    },
    get settings() {
      return settings;
    },
    counts: cache.counts,
    configure(inputs) {
      catalog = inputs.catalog;
      settings = inputs.settings;
      cache.invalidate();
    },

    analyzeText: (text) => analyze(text, { catalog, settings, rules, onRuleError }),
    async analyzeTextInSlices(text) {
      const inputs = { catalog, settings, rules, onRuleError };
      if (!options.pause) return analyze(text, inputs);
      // Never cancelled: a letter changed on disk meanwhile is checked again by its own change.
      return (await analyzeInSlices(text, inputs, options.pause, undefined, options.sliceMs ?? SLICE_MS))!;
    },
    async analyzeDocument(document, token) {
      const outcome = await cache.analyse(document.uri, document.version, document.getText(), token);
      if ('analysis' in outcome && !reported.has(outcome.analysis)) {
        reported.add(outcome.analysis);
        onAnalysed?.(status(document.uri, outcome.analysis));
      }
      return outcome;
    },
    documentChanged: (uri) => cache.changed(uri),
    documentClosed: (uri) => cache.delete(uri),
    eraOf,

    diagnostics: (analysis, uri) => diagnosticsOf(analysis, uri),
    status,
    codeActions: (analysis, request, token) => provideCodeActions(analysis, { ...request, catalog, era: eraOf(analysis) }, token),
    completion: (analysis, position, token) => provideCompletion(analysis.letter, catalog, position, token),
    hover: (analysis, position, token) => provideHover(analysis.letter, catalog, position, token),
    foldingRanges: (analysis, token) => provideFoldingRanges(analysis.letter, token),
    documentSymbols: (analysis, token) => provideDocumentSymbols(analysis.letter, token),
    codeLenses: (analysis, token) => provideCodeLenses(analysis, token),
    letterSummary: (analysis) => letterSummaryMarkdown(analysis),
    preview: (analysis, token) => providePreview(analysis, token),
    citationChoices: (analysis, position, token) => provideCitationChoices(analysis.letter, catalog, eraOf(analysis), position, token),
    newLetter(input) {
      const given = input?.requests;
      const form = input?.form ?? (settings.profile === 'auto' ? '2016' : settings.profile);
      if (form !== '2016' && form !== '2014') return { invalid: 'form must be "2016" or "2014".' };
      let requests: string[];
      if (typeof given === 'string') requests = splitRequests(given);
      else if (Array.isArray(given) && given.every((r) => typeof r === 'string')) requests = cleanRequests(given as string[]);
      else return { invalid: 'requests must be text or a list of texts.' };
      return { letter: newLetter(requests, form, catalog) };
    },
    reportRow: (file, analysis) => letterRow(file, analysis.letter, analysis.findings),
    workspaceReport: (rows) => ({ rows, csv: reportCsv(rows), markdown: reportMarkdown(rows) }),
  };
}

// The IMR Author protocol: every custom request and notification between the client and the server,
// declared once with its parameter and result types. The VS Code client (client/src/extension.ts), the
// server (server.ts) and the protocol tests import these, never the method strings. This module imports
// only `vscode-languageserver-protocol` and types, so the client's bundle takes nothing of the server.
import { NotificationType, NotificationType0, RequestType, RequestType0 } from 'vscode-languageserver-protocol';
import type { Position } from 'vscode-languageserver-types';
import type { AnalysisCounts } from './service/analysis';
import type { CitationChoice } from './service/citation-choices';
import type { LetterRow } from './service/letters-report';
import type { NewLetter } from './service/new-letter';
import type { Status, WorkspaceReport } from './service/imr-service';

export type { CitationChoice, LetterRow, NewLetter, Status, WorkspaceReport };

// ---- Notifications ---------------------------------------------------------------------------------

/** Server → client, after each fresh analysis of an open document: its counts and time, for the status item. */
export const statusNotification = new NotificationType<Status>('imr/status');

/** Client → server: VS Code now trusts the workspace (trust, once given, lasts until the window reloads). */
export const workspaceTrustedNotification = new NotificationType0('imr/workspaceTrusted');

// ---- Requests about one open document ------------------------------------------------------------

export interface DocumentParams {
  uri: string;
}

/** The letter's summary as Markdown; null for a document the server does not have. */
export const letterSummaryRequest = new RequestType<DocumentParams, string | null, void>('imr/letterSummary');

export interface CitationChoicesParams extends DocumentParams {
  position: Position;
}

/** "IMR: Insert Guideline Citation…": the item's suggestions first, then the whole catalog. */
export const citationChoicesRequest = new RequestType<CitationChoicesParams, CitationChoice[], void>('imr/citationChoices');

// ---- Requests about the server and the workspace -------------------------------------------------

export interface ServerInfo {
  pid: number;
  /** The extension's version, from package.json. */
  version: string;
  /** How many analyses ran to the end and how many were stopped. */
  analyses: AnalysisCounts;
}

/** Which process serves, and its analysis counts: the restart test, the protocol tests and troubleshooting use it. */
export const serverInfoRequest = new RequestType0<ServerInfo, void>('imr/serverInfo');

export interface NewLetterParams {
  /** Text to split into requests ("Soma 350mg #90; Ambien 10mg #30"), or the requests one by one. */
  requests: string | string[];
  /** The letter's form; the profile's (2016 under `auto`) when absent. */
  form?: '2016' | '2014';
}

/** "IMR: New Letter from Requests…": the letter's text. Bad parameters get InvalidParams. */
export const newLetterRequest = new RequestType<NewLetterParams, NewLetter, void>('imr/newLetter');

/** Every `.imr` letter of the workspace folders as a table; null when the request was cancelled. */
export const workspaceReportRequest = new RequestType<Record<string, never>, WorkspaceReport | null, void>('imr/workspaceReport');

// ---- Preview -------------------------------------------------------------------------------------

export interface PreviewAnswer {
  /** The page body: the letter as published, every character of it escaped, problems marked. */
  html: string;
  /** The document version it shows: the client drops an answer older than the page it shows. */
  version: number;
}

/** "IMR: Open Preview to the Side": the letter as the reader will see it; null for a document the server does not hold. */
export const previewRequest = new RequestType<{ uri: string }, PreviewAnswer | null, void>('imr/preview');

// "Start the letter from these requests": in a document that holds only the disputed requests (pasted
// one per line, or the utilization review's sentence), replaces them with the whole letter.
import type { CodeAction } from 'vscode-languageserver-types';
import type { Analysis } from './analysis';
import type { Catalog } from '../catalog';
import type { CitationEra } from '../catalog/suggest';
import { newLetter, newLetterTitle } from './new-letter';
import { splitRequests } from './request-list';

export const letterFromRequestsKind = 'refactor.rewrite.letterFromRequests';

/** A list of requests is short: anything longer is a draft, not a list to start from. */
const MAX_TEXT = 3000;
const MAX_LINES = 40;

/** The requests when the document is nothing but a list of them; otherwise none. */
export function requestsOfDocument(analysis: Analysis): string[] {
  const { letter } = analysis;
  const text = letter.source;
  if (letter.header || letter.sections.length > 0 || letter.items.length > 0) return [];
  if (text.trim() === '' || text.length > MAX_TEXT || letter.lines.lineCount > MAX_LINES) return [];
  return splitRequests(text);
}

export function letterFromRequestsActions(analysis: Analysis, uri: string, era: CitationEra | undefined, catalog: Catalog): CodeAction[] {
  const requests = requestsOfDocument(analysis);
  if (requests.length === 0) return [];
  const { letter } = analysis;
  const whole = { start: letter.lines.position(0), end: letter.lines.position(letter.source.length) };
  const first: CitationEra = era ?? '2016';
  const other: CitationEra = first === '2016' ? '2014' : '2016';
  return [first, other].map((form, n) => ({
    title: n === 0 ? newLetterTitle : `${newLetterTitle} (${form === '2016' ? '2016' : '2014–15'} form)`,
    kind: letterFromRequestsKind,
    isPreferred: n === 0,
    edit: { changes: { [uri]: [{ range: whole, newText: newLetter(requests, form, catalog).text }] } },
  }));
}

// Findings as LSP diagnostics: rule id as `code`, a link to the rule's page, related places.
import type { Diagnostic, DiagnosticSeverity } from 'vscode-languageserver-types';
import type { Letter } from '../letter/model';
import type { Finding, Severity } from '../rules/types';
import { ruleDocUrl } from '../rules/types';

const severityNumber: Record<Severity, DiagnosticSeverity> = { error: 1, warning: 2, info: 3, hint: 4 };

export function toRange(letter: Letter, start: number, end: number) {
  // An empty range stays empty: the end side of a dropped character would put its end before its start.
  return { start: letter.lines.position(start), end: end > start ? letter.lines.endPosition(end) : letter.lines.position(start) };
}

export function toDiagnostic(letter: Letter, uri: string, f: Finding): Diagnostic {
  const d: Diagnostic = {
    range: toRange(letter, f.start, f.end),
    severity: severityNumber[f.severity],
    code: f.ruleId,
    codeDescription: { href: ruleDocUrl(f.ruleId) },
    source: 'imr',
    message: f.message,
  };
  if (f.related && f.related.length > 0) {
    d.relatedInformation = f.related.map((r) => ({ location: { uri, range: toRange(letter, r.start, r.end) }, message: r.message }));
  }
  return d;
}

export function toDiagnostics(letter: Letter, uri: string, findings: readonly Finding[]): Diagnostic[] {
  return findings.map((f) => toDiagnostic(letter, uri, f));
}

/**
 * The analysis's diagnostics, and when findings were dropped past the cap (`imr.maxProblems`), one
 * more at the end of the document saying how many.
 */
export function diagnosticsOf(analysis: { letter: Letter; findings: readonly Finding[]; omitted: number }, uri: string): Diagnostic[] {
  const diagnostics = toDiagnostics(analysis.letter, uri, analysis.findings);
  if (analysis.omitted > 0) diagnostics.push(omittedDiagnostic(analysis.letter, analysis.omitted, analysis.findings.length));
  return diagnostics;
}

function omittedDiagnostic(letter: Letter, omitted: number, shown: number): Diagnostic {
  const end = letter.lines.position(letter.source.length);
  const count = (n: number) => n.toLocaleString('en-US');
  return {
    range: { start: end, end },
    severity: 3,
    source: 'imr',
    message: `${count(omitted)} more problem${omitted === 1 ? '' : 's'} not shown: only the first ${count(shown)} are (setting imr.maxProblems).`,
  };
}

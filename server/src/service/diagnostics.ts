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

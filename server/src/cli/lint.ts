// One letter through the engine: the same analyze() and the same offset -> range conversion
// (service/diagnostics.ts) as the server, so a finding's range here equals the editor's.
import { analyze } from '../service/analysis';
import { toDiagnostics } from '../service/diagnostics';
import { applyEdits, documentEdits, safeEdits } from '../service/fix-all';
import { allRules } from '../rules';
import type { Severity } from '../rules/types';
import type { Letter } from '../letter/model';
import type { LintConfig } from './config';

/** The stable JSON contract's diagnostic: 0-based lines, characters in UTF-16 code units. */
export interface CliDiagnostic {
  ruleId: string;
  severity: Severity;
  message: string;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
}

const severityName: Record<number, Severity> = { 1: 'error', 2: 'warning', 3: 'info', 4: 'hint' };

export type RuleErrorHandler = (ruleId: string, error: unknown) => void;

export interface LintResult {
  diagnostics: CliDiagnostic[];
  /** The diagnostics that `--fix` would fix (a safe fix exists); kept apart so the JSON contract stays as it is. */
  fixable: ReadonlySet<CliDiagnostic>;
  /** The parsed letter, for the CSV report's items and decisions; not part of the JSON contract. */
  letter: Letter;
}

export function lintText(text: string, config: LintConfig, onRuleError: RuleErrorHandler): LintResult {
  const { letter, findings } = analyze(text, { ...config, rules: allRules, onRuleError });
  const fixable = new Set<CliDiagnostic>();
  // The uri only labels related places, which the contract leaves out.
  const diagnostics = toDiagnostics(letter, 'file:///letter', findings).map((d, i) => {
    const diagnostic: CliDiagnostic = {
      ruleId: String(d.code),
      severity: severityName[d.severity ?? 1],
      message: d.message,
      range: { start: { ...d.range.start }, end: { ...d.range.end } },
    };
    if (findings[i].fixes?.some((fix) => fix.safe)) fixable.add(diagnostic);
    return diagnostic;
  });
  return { diagnostics, fixable, letter };
}

/** Two fixes may touch the same text; the loser is fixed on a later pass. A few passes suffice. */
const maxFixPasses = 10;

/** The text with every safe fix applied, pass after pass until nothing changes. */
export function fixText(text: string, config: LintConfig, onRuleError: RuleErrorHandler): string {
  let current = text;
  for (let pass = 0; pass < maxFixPasses; pass++) {
    const { letter, findings } = analyze(current, { ...config, rules: allRules, onRuleError });
    const edits = documentEdits(letter, safeEdits(findings));
    if (edits.length === 0) break;
    const next = applyEdits(current, edits);
    if (next === current) break;
    current = next;
  }
  return current;
}

// One letter through the engine: the same language service (service/imr-service.ts) and the same
// offset -> range conversion (service/diagnostics.ts toRange) as the server, so a finding's range here
// equals the editor's. Findings go straight to the CLI's own diagnostics, not through LSP's.
import { createImrService, type ImrService } from '../service/imr-service';
import { toRange } from '../service/diagnostics';
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

export type RuleErrorHandler = (ruleId: string, error: unknown) => void;

export interface LintResult {
  diagnostics: CliDiagnostic[];
  /** The diagnostics that `--fix` would fix (a safe fix exists); kept apart so the JSON contract stays as it is. */
  fixable: ReadonlySet<CliDiagnostic>;
  /** The parsed letter, for the CSV report's items and decisions; not part of the JSON contract. */
  letter: Letter;
}

const serviceFor = (config: LintConfig, onRuleError: RuleErrorHandler): ImrService => createImrService({ ...config, rules: allRules, onRuleError });

export function lintText(text: string, config: LintConfig, onRuleError: RuleErrorHandler): LintResult {
  const { letter, findings } = serviceFor(config, onRuleError).analyzeText(text);
  const fixable = new Set<CliDiagnostic>();
  const diagnostics = findings.map((f) => {
    const diagnostic: CliDiagnostic = { ruleId: f.ruleId, severity: f.severity, message: f.message, range: toRange(letter, f.start, f.end) };
    if (f.fixes?.some((fix) => fix.safe)) fixable.add(diagnostic);
    return diagnostic;
  });
  return { diagnostics, fixable, letter };
}

/** Two fixes may touch the same text; the loser is fixed on a later pass. A few passes suffice. */
const maxFixPasses = 10;

/** The text with every safe fix applied, pass after pass until nothing changes. */
export function fixText(text: string, config: LintConfig, onRuleError: RuleErrorHandler): string {
  const service = serviceFor(config, onRuleError);
  let current = text;
  for (let pass = 0; pass < maxFixPasses; pass++) {
    const { letter, findings } = service.analyzeText(current);
    const edits = documentEdits(letter, safeEdits(findings));
    if (edits.length === 0) break;
    const next = applyEdits(current, edits);
    if (next === current) break;
    current = next;
  }
  return current;
}

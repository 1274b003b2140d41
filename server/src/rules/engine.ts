// Runs every rule over one parsed letter. A rule that throws is isolated: its error is reported
// once through `onRuleError` and the other rules still report.
import type { Letter } from '../letter/model';
import type { Catalog } from '../catalog';
import type { EngineSettings, Finding, Rule, Severity } from './types';

export interface RunOptions {
  onRuleError?: (ruleId: string, error: unknown) => void;
  /** Checked between rules; when it returns true the run stops early and returns what it has. */
  isCancelled?: () => boolean;
}

/**
 * The rules one at a time: each `next()` runs one rule, and the return value is every finding,
 * sorted. The server steps through it with pauses so other requests are answered meanwhile.
 */
export function* ruleSteps(
  letter: Letter,
  catalog: Catalog,
  settings: EngineSettings,
  rules: readonly Rule[],
  options: RunOptions = {},
): Generator<string, Finding[]> {
  const findings: Finding[] = [];
  const era = settings.profile === 'auto' ? letter.era : settings.profile;
  for (const rule of rules) {
    if (options.isCancelled?.()) break;
    const configured = settings.rules[rule.id];
    if (configured === 'off') continue;
    const severity: Severity | undefined = configured;
    // A rule's findings count only if it finishes: half a rule's findings could be wrong.
    const own: Finding[] = [];
    try {
      rule.check({
        letter,
        catalog,
        settings,
        era,
        report: (r) => own.push({ ...r, ruleId: rule.id, severity: severity ?? r.severity ?? rule.defaultSeverity }),
      });
      // A loop, not push(...own): a hostile document can yield more findings than a call takes arguments.
      for (const f of own) findings.push(f);
    } catch (error) {
      options.onRuleError?.(rule.id, error);
    }
    yield rule.id;
  }
  findings.sort((a, b) => a.start - b.start || a.end - b.end || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0));
  return findings;
}

export function runRules(
  letter: Letter,
  catalog: Catalog,
  settings: EngineSettings,
  rules: readonly Rule[],
  options: RunOptions = {},
): Finding[] {
  const steps = ruleSteps(letter, catalog, settings, rules, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

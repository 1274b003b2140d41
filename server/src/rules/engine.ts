// Runs every rule over one parsed letter. A rule that throws is isolated: its error is reported
// once through `onRuleError` and the other rules still report.
import type { Letter } from '../letter/model';
import type { Catalog } from '../catalog';
import type { EngineSettings, Finding, Rule, Severity } from './types';
import { LetterFacts } from './facts';

export interface RunOptions {
  onRuleError?: (ruleId: string, error: unknown) => void;
  /** Checked between rules; when it returns true the run stops early and returns what it has. */
  isCancelled?: () => boolean;
  /**
   * Keep at most this many findings (the first by position); the rest are only counted. Each rule stops
   * storing past it too, so a hostile document cannot fill memory with findings nobody will read.
   */
  maxFindings?: number;
  /** The letter's facts, when the caller keeps them for its providers too; made here otherwise. */
  facts?: LetterFacts;
}

export interface RuleRun {
  /** Sorted by position; at most `maxFindings`. */
  findings: Finding[];
  /** How many findings were found past `maxFindings` and dropped. */
  omitted: number;
}

/**
 * The rules one at a time: each `next()` runs one rule, and the return value is every finding,
 * sorted (up to `maxFindings`). The server steps through it with pauses so other requests are answered meanwhile.
 */
export function* ruleSteps(
  letter: Letter,
  catalog: Catalog,
  settings: EngineSettings,
  rules: readonly Rule[],
  options: RunOptions = {},
): Generator<string, RuleRun> {
  const findings: Finding[] = [];
  const max = options.maxFindings ?? Infinity;
  let omitted = 0;
  const facts = options.facts ?? new LetterFacts(letter, catalog, settings.profile);
  const era = facts.era;
  for (const rule of rules) {
    if (options.isCancelled?.()) break;
    const configured = settings.rules[rule.id];
    if (configured === 'off') continue;
    const severity: Severity | undefined = configured;
    // A rule's findings count only if it finishes: half a rule's findings could be wrong.
    const own: Finding[] = [];
    let ownOmitted = 0;
    try {
      rule.check({
        letter,
        catalog,
        facts,
        era,
        report: (r) => {
          if (own.length < max) own.push({ ...r, ruleId: rule.id, severity: severity ?? r.severity ?? rule.defaultSeverity });
          else ownOmitted++;
        },
      });
      // A loop, not push(...own): a hostile document can yield more findings than a call takes arguments.
      for (const f of own) findings.push(f);
      omitted += ownOmitted;
    } catch (error) {
      options.onRuleError?.(rule.id, error);
    }
    yield rule.id;
  }
  findings.sort((a, b) => a.start - b.start || a.end - b.end || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0));
  if (findings.length > max) {
    omitted += findings.length - max;
    findings.length = max;
  }
  return { findings, omitted };
}

/**
 * How a rule's failure is logged: the rule and the kind of error, never the error's message or
 * stack, which can quote the letter. A kind that is not a plain identifier is not repeated either.
 */
export function ruleFailureMessage(ruleId: string, error: unknown): string {
  const kind = error instanceof Error ? error.name : typeof error;
  return `rule ${ruleId} failed and was skipped (${/^[A-Za-z_$][\w$]{0,63}$/.test(kind) ? kind : 'Error'}).`;
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
    if (step.done) return step.value.findings;
  }
}

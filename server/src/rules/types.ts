// The contract between the engine and a rule. A rule reads the parsed Letter and the catalog and
// reports findings in document offsets; the engine applies the configured severity and turns
// offsets into LSP ranges (service/diagnostics.ts) so the server and the CLI agree exactly.
import type { LetterFacts } from './facts';
import type { Era, Letter } from '../letter/model';
import type { Catalog } from '../catalog';

export type Severity = 'error' | 'warning' | 'info' | 'hint';
export type RuleSetting = Severity | 'off';
export type Profile = 'auto' | '2016' | '2014';

export interface EngineSettings {
  /** Rule id -> severity or `off`; a rule not named keeps its default severity. */
  rules: Record<string, RuleSetting>;
  profile: Profile;
  /** The most problems the editor shows for one document (`imr.maxProblems`); `imr-lint` reports all. */
  maxProblems?: number;
}

export const defaultSettings: EngineSettings = { rules: {}, profile: 'auto' };

/** `imr.maxProblems` when it is not set. */
export const defaultMaxProblems = 1000;

/** A text replacement in document offsets: [start, end) becomes newText. */
export interface OffsetEdit {
  start: number;
  end: number;
  newText: string;
}

export interface Fix {
  title: string;
  edits: OffsetEdit[];
  /** Safe fixes are applied by `source.fixAll.imr` and `imr-lint --fix` without asking. */
  safe: boolean;
  /** The likeliest of several fixes (LSP `isPreferred`). */
  preferred?: boolean;
}

export interface RelatedPlace {
  start: number;
  end: number;
  message: string;
}

export interface Finding {
  ruleId: string;
  severity: Severity;
  message: string;
  start: number;
  end: number;
  related?: RelatedPlace[];
  fixes?: Fix[];
  /**
   * A topic the catalog lacks that the reviewer may add to the workspace's catalog: the part it is cited
   * under and the name as written. Offered as a code action to clients that run `imr.addTopicToCatalog`.
   */
  catalogAddition?: { partId: string; partLabel: string; name: string };
}

/**
 * What a rule reports; the engine fills in ruleId and severity. A rule may give a finding its own
 * severity (a worse case of the same mistake); a severity the user set for the rule still wins.
 */
export type Report = Omit<Finding, 'ruleId' | 'severity'> & { severity?: Severity };

export interface RuleContext {
  letter: Letter;
  catalog: Catalog;
  /** What several rules read of this letter (guideline fields, conclusions, item names), computed once. */
  facts: LetterFacts;
  /** The era the rules should judge by: the profile, or the letter's own when `auto`. */
  era: Era;
  report(report: Report): void;
}

export interface Rule {
  /** Stable: users, settings files and tools depend on it. */
  id: string;
  defaultSeverity: Severity;
  /** One line, shown in docs, SARIF and hover. */
  description: string;
  check(context: RuleContext): void;
}

export const docsBaseUrl = 'https://github.com/imr-author/imr-author/blob/main/docs/rules/';

export function ruleDocUrl(id: string): string {
  return `${docsBaseUrl}${id}.md`;
}

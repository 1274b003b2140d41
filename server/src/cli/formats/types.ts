import type { CliDiagnostic } from '../lint';

/** One checked letter: its path as the user gave it (`-` for standard input) and what was found. */
export interface FileResult {
  path: string;
  diagnostics: CliDiagnostic[];
  /** Which of `diagnostics` have a safe fix (for the text formats' fixable count; not in JSON or SARIF). */
  fixable?: ReadonlySet<CliDiagnostic>;
}

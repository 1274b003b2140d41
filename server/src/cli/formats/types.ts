import type { CliDiagnostic } from '../lint';
import type { Letter } from '../../letter/model';

/** One checked letter: its path as the user gave it (`-` for standard input) and what was found. */
export interface FileResult {
  path: string;
  diagnostics: CliDiagnostic[];
  /** Which of `diagnostics` have a safe fix (for the text formats' fixable count; not in JSON or SARIF). */
  fixable?: ReadonlySet<CliDiagnostic>;
  /** The parsed letter (for the CSV report; not in JSON or SARIF). */
  letter?: Letter;
}

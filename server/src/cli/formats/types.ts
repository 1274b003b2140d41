import type { CliDiagnostic } from '../lint';

/** One checked letter: its path as the user gave it (`-` for standard input) and what was found. */
export interface FileResult {
  path: string;
  diagnostics: CliDiagnostic[];
}

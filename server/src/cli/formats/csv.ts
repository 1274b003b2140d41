// One row per letter, the table of "IMR: Workspace Letters Report": built by the same pure module
// (service/letters-report.ts) so the command line and the editor agree.
import { letterRow, reportCsv } from '../../service/letters-report';
import type { FileResult } from './types';

export function formatCsv(results: readonly FileResult[]): string {
  return reportCsv(
    results.flatMap((r) => (r.letter ? [letterRow(r.path, r.letter, r.diagnostics)] : [])),
  );
}

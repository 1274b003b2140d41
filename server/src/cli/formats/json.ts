// The stable JSON contract: other tools parse it, so its shape does not change.
import type { FileResult } from './types';

export function formatJson(results: readonly FileResult[]): string {
  return `${JSON.stringify({ files: results.map((r) => ({ path: r.path, diagnostics: r.diagnostics })) })}\n`;
}

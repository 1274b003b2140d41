// One line per finding, `path:line:col: severity message [rule-id]` (1-based), nothing else: the
// form editors' error parsers (Vim's errorformat, Emacs' compilation mode) read without help, so a
// message never spans two lines.
import type { FileResult } from './types';

export function formatUnix(results: readonly FileResult[]): string {
  return results
    .flatMap((file) =>
      file.diagnostics.map((d) => `${file.path}:${d.range.start.line + 1}:${d.range.start.character + 1}: ${d.severity} ${d.message.replace(/[\r\n]+/g, ' ')} [${d.ruleId}]\n`),
    )
    .join('');
}

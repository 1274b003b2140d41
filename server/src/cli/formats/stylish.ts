// For people: `path:line:col  severity  message  rule-id` with 1-based line and column, then a
// summary line. Colour only when asked (main.ts decides: a TTY and no NO_COLOR).
import type { Severity } from '../../rules/types';
import type { FileResult } from './types';

const ansi = { red: 31, yellow: 33, blue: 34, gray: 90, bold: 1 } as const;

function painter(color: boolean) {
  return (code: keyof typeof ansi, text: string) => (color ? `\u001b[${ansi[code]}m${text}\u001b[0m` : text);
}

const severityColor: Record<Severity, keyof typeof ansi> = { error: 'red', warning: 'yellow', info: 'blue', hint: 'gray' };

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

export function formatStylish(results: readonly FileResult[], options: { color: boolean }): string {
  const paint = painter(options.color);
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0, hint: 0 };
  let out = '';
  for (const file of results) {
    for (const d of file.diagnostics) {
      counts[d.severity]++;
      const where = `${file.path}:${d.range.start.line + 1}:${d.range.start.character + 1}`;
      out += `${where}  ${paint(severityColor[d.severity], d.severity)}  ${d.message}  ${paint('gray', d.ruleId)}\n`;
    }
  }
  const total = counts.error + counts.warning + counts.info + counts.hint;
  const files = plural(results.length, 'file');
  if (total === 0) return `${out}No problems in ${files}.\n`;
  const parts = [plural(counts.error, 'error'), plural(counts.warning, 'warning')];
  if (counts.info > 0) parts.push(plural(counts.info, 'info'));
  if (counts.hint > 0) parts.push(plural(counts.hint, 'hint'));
  const summary = `${plural(total, 'problem')} (${parts.join(', ')}) in ${files}.`;
  return `${out}${paint('bold', paint(counts.error > 0 ? 'red' : 'yellow', summary))}\n`;
}

// For people, as eslint's "stylish" prints: each file's path, then one row per finding with aligned
// columns `line:col  severity  message  rule-id` (1-based), then `✖ N problems (…)` and how many the
// --fix option would fix. Colour only when asked (run.ts decides: a TTY and no NO_COLOR).
import type { Severity } from '../../rules/types';
import type { CliDiagnostic } from '../lint';
import type { FileResult } from './types';

const ansi = { red: 31, yellow: 33, blue: 34, gray: 90, bold: 1, underline: 4 } as const;

type Paint = (code: keyof typeof ansi, text: string) => string;

function painter(color: boolean): Paint {
  return (code, text) => (color ? `\u001b[${ansi[code]}m${text}\u001b[0m` : text);
}

const severityColor: Record<Severity, keyof typeof ansi> = { error: 'red', warning: 'yellow', info: 'blue', hint: 'gray' };

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** Width as a terminal counts it closely enough: code points, not UTF-16 units. */
function width(text: string): number {
  return [...text].length;
}

function pad(text: string, to: number): string {
  return ' '.repeat(Math.max(0, to - width(text)));
}

/** One file's rows, every column as wide as its widest cell; padding stays outside the colour. */
function rows(diagnostics: readonly CliDiagnostic[], paint: Paint): string {
  const cells = diagnostics.map((d) => ({
    line: String(d.range.start.line + 1),
    column: String(d.range.start.character + 1),
    severity: d.severity,
    message: d.message,
    ruleId: d.ruleId,
  }));
  const most = (pick: (c: (typeof cells)[number]) => string) => Math.max(...cells.map((c) => width(pick(c))));
  const lineWidth = most((c) => c.line);
  const columnWidth = most((c) => c.column);
  const severityWidth = most((c) => c.severity);
  const messageWidth = most((c) => c.message);
  return cells
    .map((c) => {
      const where = `${pad(c.line, lineWidth)}${paint('gray', `${c.line}:${c.column}`)}${pad(c.column, columnWidth)}`;
      const severity = `${paint(severityColor[c.severity], c.severity)}${pad(c.severity, severityWidth)}`;
      return `  ${where}  ${severity}  ${c.message}${pad(c.message, messageWidth)}  ${paint('gray', c.ruleId)}\n`;
    })
    .join('');
}

export function formatStylish(results: readonly FileResult[], options: { color: boolean }): string {
  const paint = painter(options.color);
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0, hint: 0 };
  let fixable = 0;
  let out = '';
  for (const file of results) {
    if (file.diagnostics.length === 0) continue;
    for (const d of file.diagnostics) {
      counts[d.severity]++;
      if (file.fixable?.has(d)) fixable++;
    }
    out += `\n${paint('underline', file.path)}\n${rows(file.diagnostics, paint)}`;
  }
  const total = counts.error + counts.warning + counts.info + counts.hint;
  if (total === 0) return `No problems in ${plural(results.length, 'file')}.\n`;
  const parts = [plural(counts.error, 'error'), plural(counts.warning, 'warning'), plural(counts.info, 'info')];
  if (counts.hint > 0) parts.push(plural(counts.hint, 'hint'));
  const color = counts.error > 0 ? 'red' : 'yellow';
  out += `\n${paint('bold', paint(color, `\u2716 ${plural(total, 'problem')} (${parts.join(', ')})`))}\n`;
  if (fixable > 0) {
    out += `${paint('bold', paint(color, `  ${plural(fixable, 'problem')} ${fixable === 1 ? 'is' : 'are'} fixable with the --fix option.`))}\n`;
  }
  return `${out}\n`;
}

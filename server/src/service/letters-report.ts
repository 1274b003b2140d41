// The workspace letters report: one row per letter (case number, items, decisions, problems by
// severity, the rules that fired), written as CSV or as a Markdown table. The server's
// "IMR: Workspace Letters Report" and `imr-lint --format csv` both build their rows here.
import type { Letter } from '../letter/model';
import type { Severity } from '../rules/types';
import { fold } from '../letter/text';

export interface LetterRow {
  /** The letter's path as the report shows it (relative to its workspace folder, or as given). */
  file: string;
  caseNumber: string;
  items: number;
  upheld: number;
  overturned: number;
  errors: number;
  warnings: number;
  infos: number;
  hints: number;
  /** The ids of the rules with a finding, sorted, each once. */
  rules: string[];
}

export interface Problem {
  ruleId: string;
  severity: Severity;
}

export function letterRow(file: string, letter: Letter, problems: readonly Problem[]): LetterRow {
  const count = (severity: Severity) => problems.filter((p) => p.severity === severity).length;
  const caseNumber = letter.header?.fields.find((f) => f.key === 'caseNumber')?.value?.text ?? '';
  return {
    file,
    caseNumber: fold(caseNumber),
    items: letter.items.length,
    upheld: letter.items.filter((i) => i.decision === 'Upheld').length,
    overturned: letter.items.filter((i) => i.decision === 'Overturned').length,
    errors: count('error'),
    warnings: count('warning'),
    infos: count('info'),
    hints: count('hint'),
    rules: [...new Set(problems.map((p) => p.ruleId))].sort(),
  };
}

export const reportColumns = ['File', 'Case Number', 'Items', 'Upheld', 'Overturned', 'Errors', 'Warnings', 'Info', 'Hints', 'Rules'] as const;

function cells(row: LetterRow): string[] {
  return [row.file, row.caseNumber, ...[row.items, row.upheld, row.overturned, row.errors, row.warnings, row.infos, row.hints].map(String), row.rules.join(' ')];
}

/**
 * One CSV field (RFC 4180): quoted when it holds a quote, a comma or a line break, quotes doubled.
 * A field a spreadsheet would run as a formula (=, +, -, @, tab, carriage return first) gets a
 * leading apostrophe: a case number or file name is text, never a formula.
 */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The header and one line per letter, lines ended by CRLF as RFC 4180 writes them. */
export function reportCsv(rows: readonly LetterRow[]): string {
  return [[...reportColumns], ...rows.map(cells)].map((line) => `${line.map(csvField).join(',')}\r\n`).join('');
}

function markdownCell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/[<>]/g, (c) => (c === '<' ? '&lt;' : '&gt;')).replace(/\s+/g, ' ').trim() || '—';
}

export function reportMarkdown(rows: readonly LetterRow[]): string {
  const total = (pick: (r: LetterRow) => number) => rows.reduce((sum, r) => sum + pick(r), 0);
  const out = [
    '# Workspace letters report',
    '',
    `${rows.length} letter${rows.length === 1 ? '' : 's'} · ${total((r) => r.items)} items (${total((r) => r.upheld)} upheld, ${total((r) => r.overturned)} overturned) · ${total((r) => r.errors)} errors, ${total((r) => r.warnings)} warnings`,
    '',
    `| ${reportColumns.join(' | ')} |`,
    `|${reportColumns.map((c) => (c === 'File' || c === 'Case Number' || c === 'Rules' ? '---' : '---:')).join('|')}|`,
  ];
  for (const row of rows) out.push(`| ${cells(row).map(markdownCell).join(' | ')} |`);
  return `${out.join('\n')}\n`;
}

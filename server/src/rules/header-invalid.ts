import type { Rule } from './types';
import { headerLabels } from '../letter/header';
import { isValidDate } from '../letter/dates';

const dateKeys = new Set(['dateAssigned', 'decisionDate', 'dateOfInjury', 'urDenialDate', 'applicationReceived']);

export const headerInvalid: Rule = {
  id: 'header-invalid',
  defaultSeverity: 'warning',
  description: 'A header field is malformed: case number, date format or priority value.',
  check({ letter, report }) {
    reportMissingFields(letter, report);
    for (const field of letter.header?.fields ?? []) {
      const label = headerLabels.find((l) => l.key === field.key)!.label;
      if (!field.value) {
        report({ message: `'${label}' has no value. Fill it in.`, start: field.label.start, end: field.label.end });
        continue;
      }
      const v = field.value;
      // A «…» placeholder still to be filled in is the placeholder rule's finding.
      if (v.text.includes('«')) continue;
      const problem = checkValue(field.key, v.text, label);
      if (!problem) continue;
      const { message, replacement } = problem;
      report({
        message,
        start: v.start,
        end: v.end,
        ...(replacement
          ? { fixes: [{ title: `Change to '${replacement}'`, edits: [{ start: v.start, end: v.end, newText: replacement }], safe: true, preferred: true }] }
          : {}),
      });
    }
  },
};

/** What a missing field's line holds when the fix adds it: the value is the author's to write. */
const missingValue: Record<string, string> = {
  caseNumber: '«case number»',
  priority: '«Standard/Expedited»',
};

/**
 * A header that has most of its fields but not all: each missing one is reported on the field it belongs
 * before (or after, for the last), with a fix that adds its line with a «…» value where the header has a
 * field on each line. A text with only a field or two is no header this rule judges.
 */
function reportMissingFields(letter: Parameters<Rule['check']>[0]['letter'], report: Parameters<Rule['check']>[0]['report']): void {
  const fields = letter.header?.fields ?? [];
  if (fields.length < 4) return;
  const present = new Set(fields.map((f) => f.key));
  const source = letter.source;
  const oneLineEach = fields.every((f) => !f.value || !source.slice(f.label.end, f.value.start).includes('\n'));
  headerLabels.forEach(({ key, label }, index) => {
    if (present.has(key)) return;
    const after = headerLabels.slice(index + 1).map((l) => fields.find((f) => f.key === l.key)).find((f) => f !== undefined);
    const before = [...headerLabels.slice(0, index)].reverse().map((l) => fields.find((f) => f.key === l.key)).find((f) => f !== undefined);
    const anchor = after ?? before!;
    const value = missingValue[key] ?? '«MM/DD/YYYY»';
    const lineStart = source.lastIndexOf('\n', anchor.label.start - 1) + 1;
    const lineEnd = (() => {
      const end = source.indexOf('\n', anchor.label.start);
      return end < 0 ? source.length : end;
    })();
    const edit = after ? { start: lineStart, end: lineStart, newText: `${label}: ${value}\n` } : { start: lineEnd, end: lineEnd, newText: `\n${label}: ${value}` };
    report({
      message: `The header has no '${label}' line. Add it ${after ? `before '${headerLabels.find((l) => l.key === after.key)!.label}'` : 'at the end of the header'}.`,
      start: anchor.label.start,
      end: anchor.label.end,
      ...(oneLineEach ? { fixes: [{ title: `Add the '${label}' line`, edits: [edit], safe: false, preferred: true }] } : {}),
    });
  });
}

function checkValue(key: string, value: string, label: string): { message: string; replacement?: string } | undefined {
  if (key === 'caseNumber') {
    if (/^CM\d{2}-\d{7}$/.test(value)) return undefined;
    const fixable = /^cm\s*(\d{2})\s*(?:-\s*)?(\d{7})$/i.exec(value);
    return {
      message: `'${value}' is not a case number: it is written CM, two digits of the year, a dash and seven digits (CM16-0213037).`,
      ...(fixable ? { replacement: `CM${fixable[1]}-${fixable[2]}` } : {}),
    };
  }
  if (key === 'priority') {
    if (value === 'Standard' || value === 'Expedited') return undefined;
    const lower = value.toLowerCase();
    const canonical = lower === 'standard' ? 'Standard' : lower === 'expedited' ? 'Expedited' : undefined;
    return {
      message: `Priority is 'Standard' or 'Expedited', not '${value}'.`,
      ...(canonical ? { replacement: canonical } : {}),
    };
  }
  if (dateKeys.has(key)) {
    const m = /^(\d{1,2})[/-](\d{1,2})[/-](\d{2}|\d{4})$/.exec(value);
    if (!m) return { message: `'${label}' must be a date written MM/DD/YYYY, not '${value}'.` };
    const month = Number(m[1]);
    const day = Number(m[2]);
    const year = m[3].length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
    // An impossible date is date-invalid's finding; here only the form counts.
    if (!isValidDate(month, day, year)) return undefined;
    const canonical = `${String(month).padStart(2, '0')}/${String(day).padStart(2, '0')}/${year}`;
    if (canonical === value) return undefined;
    return { message: `Write '${label}' as MM/DD/YYYY: '${canonical}'.`, replacement: canonical };
  }
  return undefined;
}

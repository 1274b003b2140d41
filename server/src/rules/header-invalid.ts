import type { Rule } from './types';
import { headerLabels } from '../letter/header';
import { isValidDate } from '../letter/dates';

const dateKeys = new Set(['dateAssigned', 'decisionDate', 'dateOfInjury', 'urDenialDate', 'applicationReceived']);

export const headerInvalid: Rule = {
  id: 'header-invalid',
  defaultSeverity: 'warning',
  description: 'A header field is malformed: case number, date format or priority value.',
  check({ letter, report }) {
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

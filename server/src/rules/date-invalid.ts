import type { Rule } from './types';

const monthNames = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export const dateInvalid: Rule = {
  id: 'date-invalid',
  defaultSeverity: 'error',
  description: 'An impossible calendar date.',
  check({ letter, report }) {
    for (const d of letter.dates) {
      if (d.valid) continue;
      const why =
        d.month < 1 || d.month > 12
          ? `there is no month ${d.month}`
          : `${monthNames[d.month - 1]} ${d.year} has no day ${d.day}`;
      report({ message: `'${d.span.text}' is not a real date: ${why}. Check the date in the records.`, start: d.span.start, end: d.span.end });
    }
  },
};

import type { Letter } from '../letter/model';
import type { Rule } from './types';

/** How many years after the case's year a date may fall (a decision early the next year, a follow-up). */
const YEARS_AFTER_CASE = 3;
/** Earlier than this, a year is a slip (a birth year of a worker is later still). */
const EARLIEST_YEAR = 1900;

/** The year the case was opened, from its number (CM16-… is 2016), when the header gives it. */
function caseYear(letter: Letter): number | undefined {
  const value = letter.header?.fields.find((f) => f.key === 'caseNumber')?.value?.text;
  const m = value ? /^CM(\d\d)-/i.exec(value.trim()) : null;
  return m ? 2000 + Number(m[1]) : undefined;
}

const monthNames = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export const dateInvalid: Rule = {
  id: 'date-invalid',
  defaultSeverity: 'error',
  description: 'An impossible calendar date, or a year that cannot be right for the case.',
  check({ letter, report }) {
    const opened = caseYear(letter);
    for (const d of letter.dates) {
      if (d.valid) {
        // A real calendar date can still carry a slipped year: 2106 for 2016, 1016 for 2016.
        const late = opened !== undefined && d.year > opened + YEARS_AFTER_CASE;
        if (late || d.year < EARLIEST_YEAR) {
          report({
            message: late
              ? `'${d.span.text}' falls in ${d.year}, long after this ${opened} case: check the year.`
              : `'${d.span.text}' falls in ${d.year}: check the year.`,
            start: d.span.start,
            end: d.span.end,
          });
        }
        continue;
      }
      const why =
        d.month < 1 || d.month > 12
          ? `there is no month ${d.month}`
          : `${monthNames[d.month - 1]} ${d.year} has no day ${d.day}`;
      report({ message: `'${d.span.text}' is not a real date: ${why}. Check the date in the records.`, start: d.span.start, end: d.span.end });
    }
  },
};

import type { HeaderFieldKey } from '../letter/model';
import type { Rule } from './types';
import { headerLabels } from '../letter/header';
import { dayNumber, isValidDate } from '../letter/dates';

/** The order of events a header records. */
const sequence: readonly HeaderFieldKey[] = ['dateOfInjury', 'urDenialDate', 'applicationReceived', 'dateAssigned', 'decisionDate'];

interface Dated {
  key: HeaderFieldKey;
  day: number;
  start: number;
  end: number;
}

function readHeaderDate(text: string): number | undefined {
  const m = /^(\d{1,2})[/-](\d{1,2})[/-](\d{4}|\d{2})$/.exec(text.trim());
  if (!m) return undefined;
  const month = Number(m[1]);
  const day = Number(m[2]);
  const year = m[3].length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
  return isValidDate(month, day, year) ? dayNumber({ month, day, year }) : undefined;
}

function labelOf(key: HeaderFieldKey): string {
  return headerLabels.find((l) => l.key === key)!.label;
}

export const dateOrder: Rule = {
  id: 'date-order',
  defaultSeverity: 'warning',
  description: 'Header dates out of the order of events, or a date later than the decision date.',
  check({ letter, report }) {
    const dated: Dated[] = [];
    for (const key of sequence) {
      const f = letter.header?.fields.find((x) => x.key === key);
      const day = f?.value ? readHeaderDate(f.value.text) : undefined;
      if (f?.value && day !== undefined) dated.push({ key, day, start: f.value.start, end: f.value.end });
    }
    for (let i = 1; i < dated.length; i++) {
      const here = dated[i];
      // Compare with the latest earlier event, so one wrong date is reported once.
      const latest = dated.slice(0, i).reduce((a, b) => (b.day > a.day ? b : a));
      if (here.day >= latest.day) continue;
      report({
        message: `${labelOf(here.key)} (${letter.source.slice(here.start, here.end)}) is before ${labelOf(latest.key)} (${letter.source.slice(latest.start, latest.end)}), but comes after it in the order of events.`,
        start: here.start,
        end: here.end,
        related: [{ start: latest.start, end: latest.end, message: labelOf(latest.key) }],
      });
    }
    const decision = dated.find((d) => d.key === 'decisionDate');
    if (!decision) return;
    const headerEnd = letter.header?.span.end ?? 0;
    for (const d of letter.dates) {
      if (!d.valid || d.span.start < headerEnd) continue;
      if (dayNumber(d) <= decision.day) continue;
      report({
        message: `'${d.span.text}' is later than the decision date (${letter.source.slice(decision.start, decision.end)}). Check the date.`,
        start: d.span.start,
        end: d.span.end,
        related: [{ start: decision.start, end: decision.end, message: 'Decision Date' }],
      });
    }
  },
};

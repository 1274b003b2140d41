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
    // One wrong date puts it out of order with several others; comparing each date with the latest
    // earlier one would report every correct date after a too-late one. Instead the date out of order
    // with the most others is reported and set aside, until the rest agree.
    const conflicts = (a: Dated, rest: readonly Dated[]) =>
      rest.filter((b) => b !== a && (sequence.indexOf(b.key) < sequence.indexOf(a.key) ? b.day > a.day : b.day < a.day));
    const remaining = [...dated];
    for (;;) {
      let worst: Dated | undefined;
      let worstCount = 0;
      for (const d of remaining) {
        const n = conflicts(d, remaining).length;
        // On a tie (two dates swapped) the later event is the one reported.
        if (n > 0 && n >= worstCount) {
          worst = d;
          worstCount = n;
        }
      }
      if (!worst) break;
      const others = conflicts(worst, remaining);
      const here = worst;
      const names = others.map((o) => `${labelOf(o.key)} (${letter.source.slice(o.start, o.end)})`);
      const describe = names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}` : names[0];
      const rank = sequence.indexOf(here.key);
      const relation = others.every((o) => sequence.indexOf(o.key) < rank)
        ? `is before ${describe}, but comes after ${others.length > 1 ? 'them' : 'it'}`
        : others.every((o) => sequence.indexOf(o.key) > rank)
          ? `is after ${describe}, but comes before ${others.length > 1 ? 'them' : 'it'}`
          : `is out of order with ${describe}`;
      report({
        message: `${labelOf(here.key)} (${letter.source.slice(here.start, here.end)}) ${relation} in the order of events (injury, UR denial, application, assignment, decision).`,
        start: here.start,
        end: here.end,
        related: others.map((o) => ({ start: o.start, end: o.end, message: labelOf(o.key) })),
      });
      remaining.splice(remaining.indexOf(here), 1);
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

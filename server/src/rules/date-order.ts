import type { HeaderFieldKey, Letter } from '../letter/model';
import { FoldedText } from '../letter/text';
import type { Rule } from './types';
import { headerLabels } from '../letter/header';
import { dayNumber, isValidDate } from '../letter/dates';
import { sentenceBounds } from './drug-mention';

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

/** How far a prose date's paragraph is read on either side of it: no sentence is longer. */
const PARAGRAPH_REACH = 400;

/** Where a date in prose may have its sentence: the field or the section body it stands in, never a heading or a label. */
function containerOf(letter: Letter, at: number): [number, number] | undefined {
  for (const item of letter.items) {
    if (at < item.span.start || at >= item.span.end) continue;
    const field = item.fields.find((f) => at >= f.content.start && at < f.content.end);
    return field ? [field.content.start, field.content.end] : undefined;
  }
  const section = letter.sections.find((s) => at >= s.body.start && at < s.body.end);
  return section ? [section.body.start, section.body.end] : undefined;
}

/** Whether source[start, end) (a line) is blank or ends in a colon, as a heading's intro or a label does. */
function endsParagraph(source: string, start: number, end: number): boolean {
  const line = source.slice(start, end).trimEnd();
  return line.trim().length === 0 || line.endsWith(':');
}

/**
 * The sentence around `at`, folded. It may run over the lines its paragraph is wrapped onto (PDF text breaks a
 * sentence at a fixed width: "submitted an application for Independent / Medical Review"), within the field or
 * section body the date stands in and up to a blank line or a line ending in a colon.
 */
function sentenceAround(letter: Letter, at: number): { text: FoldedText; at: number } {
  const source = letter.source;
  const lineStart = source.lastIndexOf('\n', at - 1) + 1;
  const lineEnd = source.indexOf('\n', at);
  let from = lineStart;
  let to = lineEnd < 0 ? source.length : lineEnd;
  const container = containerOf(letter, at);
  if (container) {
    const low = Math.max(container[0], at - PARAGRAPH_REACH);
    const high = Math.min(container[1], at + PARAGRAPH_REACH);
    // Up over the lines before, while each continues the paragraph.
    while (from > low) {
      const previousStart = source.lastIndexOf('\n', from - 2) + 1;
      if (previousStart < container[0] || endsParagraph(source, previousStart, from - 1)) break;
      from = previousStart;
    }
    // Down over the lines after, while the last one read does not end the paragraph.
    let lastStart = lineStart;
    while (to < high && !endsParagraph(source, lastStart, to)) {
      const nextEnd = source.indexOf('\n', to + 1);
      const end = nextEnd < 0 ? source.length : nextEnd;
      if (end > container[1] || source.slice(to + 1, end).trim().length === 0) break;
      lastStart = to + 1;
      to = end;
    }
  }
  const [start, end] = sentenceBounds(source, at, from, to);
  const text = new FoldedText(source, start, end);
  return { text, at: text.indexOf(at) };
}

/** How far the nearest match of `re` (global) in `text` lies from `at`; Infinity when none. */
function nearest(re: RegExp, text: string, at: number): number {
  let best = Infinity;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) best = Math.min(best, Math.abs(m.index - at), Math.abs(m.index + m[0].length - at));
  return best;
}

// A sentence that dates the utilization review's denial, or the worker's application for IMR, in prose
// (the 2014 form has no header to hold them): "On 05/12/2015 Utilization Review non-certified …",
// "The injured worker applied for IMR on 04/28/2015."
const urWords = /\b(?:utilization review|UR)\b/gi;
const denialWords = /\b(?:non-?certif\w*|not certif\w*|denied|denial|modified)\b/i;
const applicationWords =
  /\b(?:applied for (?:an? )?(?:IMR|independent medical review)|(?:IMR|independent medical review) (?:application|was requested|request(?:ed)? (?:was )?(?:filed|received|signed))|application for (?:an? )?(?:IMR|independent medical review)|(?:requested|filed for|filed) (?:an? )?(?:IMR|independent medical review))\b/gi;

/** Where a clause ends within a sentence: a semicolon, or "and" before another event. */
const clauseBreak = /;|\sand\s/g;

/** The clause of `text` around `at`, as [start, end). */
function clauseAround(text: string, at: number): [number, number] {
  let start = 0;
  let end = text.length;
  clauseBreak.lastIndex = 0;
  for (let m = clauseBreak.exec(text); m; m = clauseBreak.exec(text)) {
    if (m.index + m[0].length <= at) start = m.index + m[0].length;
    else if (m.index >= at) {
      end = m.index;
      break;
    }
  }
  return [start, end];
}

interface ProseDate {
  day: number;
  start: number;
  end: number;
  text: string;
}

/**
 * The UR denial and the IMR application dated in the letter's prose, where the header does not date them:
 * the first sentence that dates each, and only a sentence that names one of the two events.
 */
function proseEvents(letter: Parameters<Rule['check']>[0]['letter'], headerEnd: number): { ur?: ProseDate; application?: ProseDate } {
  const found: { ur?: ProseDate; application?: ProseDate } = {};
  for (const d of letter.dates) {
    if (!d.valid || d.span.start < headerEnd) continue;
    const { text: sentence, at } = sentenceAround(letter, d.span.start);
    // A sentence may date both ("applied on 3/2, after UR denied it on 3/9"): each date goes with the nearer,
    // in its own clause first ("UR non-certified them on 1/12 and IMR was requested on 1/20").
    const denied = denialWords.test(sentence.text);
    const [clauseStart, clauseEnd] = clauseAround(sentence.text, at);
    const clause = sentence.text.slice(clauseStart, clauseEnd);
    let toApplication = nearest(applicationWords, clause, at - clauseStart);
    let toUr = denied ? nearest(urWords, clause, at - clauseStart) : Infinity;
    if (toApplication === Infinity && toUr === Infinity) {
      toApplication = nearest(applicationWords, sentence.text, at);
      toUr = denied ? nearest(urWords, sentence.text, at) : Infinity;
    }
    const isApplication = toApplication < Infinity && toApplication <= toUr;
    const isUr = toUr < Infinity && toUr < toApplication;
    const dated = { day: dayNumber(d), start: d.span.start, end: d.span.end, text: d.span.text };
    if (isApplication) found.application ??= dated;
    else if (isUr) found.ur ??= dated;
  }
  return found;
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
    const headerEnd = letter.header?.span.end ?? 0;
    if (!dated.some((d) => d.key === 'urDenialDate' || d.key === 'applicationReceived')) {
      const { ur, application } = proseEvents(letter, headerEnd);
      if (ur && application && application.day < ur.day) {
        report({
          message: `The IMR application (${application.text}) is dated before the utilization review denial (${ur.text}) it appeals. Check the dates.`,
          start: application.start,
          end: application.end,
          related: [{ start: ur.start, end: ur.end, message: 'Utilization review denial' }],
        });
      }
    }
    const decision = dated.find((d) => d.key === 'decisionDate');
    if (!decision) return;
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

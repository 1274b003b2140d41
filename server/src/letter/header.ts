// The header block before the first section (2016+ letters): `Label: value` lines, or the PDF's
// column of labels followed by a column of values, which are paired in order.
import type { Header, HeaderField, HeaderFieldKey, Span } from './model';
import type { TextLine } from './lines';
import { letterKey, span } from './text';

export const headerLabels: readonly { key: HeaderFieldKey; label: string }[] = [
  { key: 'caseNumber', label: 'Case Number' },
  { key: 'dateAssigned', label: 'Date Assigned' },
  { key: 'decisionDate', label: 'Decision Date' },
  { key: 'priority', label: 'Priority' },
  { key: 'dateOfInjury', label: 'Date of Injury' },
  { key: 'urDenialDate', label: 'UR Denial Date' },
  { key: 'applicationReceived', label: 'Application Received' },
];

const byKey = new Map(headerLabels.map((l) => [letterKey(l.label), l.key]));

interface LabelHit {
  key: HeaderFieldKey;
  label: Span;
  value?: Span;
}

/** `Label: value` or `Label:` on a line; `Application` alone begins the split `Application / Received:`. */
function readLabel(source: string, line: TextLine, next: TextLine | undefined): { hit: LabelHit; usesNext: boolean } | undefined {
  const text = source.slice(line.start, line.end);
  const colon = text.indexOf(':');
  if (colon < 0) {
    if (letterKey(text) === 'APPLICATION' && next && letterKey(next.text) === 'RECEIVED') {
      const nextText = source.slice(next.start, next.end);
      const c = nextText.indexOf(':');
      const labelEnd = next.start + (c >= 0 ? c + 1 : nextText.length);
      return { hit: { key: 'applicationReceived', label: span(source, line.start, labelEnd) }, usesNext: true };
    }
    return undefined;
  }
  const key = byKey.get(letterKey(text.slice(0, colon)));
  if (!key) return undefined;
  const labelEnd = line.start + colon + 1;
  let valueStart = labelEnd;
  while (valueStart < line.end && /\s/.test(source[valueStart])) valueStart++;
  const hit: LabelHit = { key, label: span(source, line.start, labelEnd) };
  if (valueStart < line.end) hit.value = span(source, valueStart, line.end);
  return { hit, usesNext: false };
}

export function parseHeader(source: string, lines: readonly TextLine[], endLine: number): Header | undefined {
  const fields: LabelHit[] = [];
  const waiting: LabelHit[] = [];
  let first = -1;
  let last = -1;
  let columns = false;
  for (let i = 0; i < endLine; i++) {
    const line = lines[i];
    if (line.blank) continue;
    // The next line with text: in double-spaced text `Application` and `Received:` have a blank
    // line between them, which hid the split label (its value then went to the wrong label).
    let n = i + 1;
    while (n < endLine && n <= i + 2 && lines[n].blank) n++;
    const read = readLabel(source, line, n < endLine ? lines[n] : undefined);
    if (read) {
      fields.push(read.hit);
      if (!read.hit.value) waiting.push(read.hit);
      if (first < 0) first = line.start;
      last = read.usesNext ? lines[n].end : line.end;
      if (read.usesNext) i = n;
      continue;
    }
    if (waiting.length > 0) {
      // A value line of the column layout, for the oldest label still waiting.
      const hit = waiting.shift()!;
      hit.value = span(source, line.start, line.end);
      columns = true;
      last = line.end;
      continue;
    }
    // Text that is neither a label nor a value: the header (if any) has ended.
    if (fields.length > 0) break;
  }
  if (fields.length === 0) return undefined;
  const result: HeaderField[] = fields.map((f) => (f.value ? { key: f.key, label: f.label, value: f.value } : { key: f.key, label: f.label }));
  return { span: span(source, first, last), fields: result, layout: columns ? 'columns' : 'lines' };
}

// The header block before the first section (2016+ letters): `Label: value` lines, or the PDF's
// column of labels followed by a column of values, which are paired in order.
import type { Header, HeaderField, HeaderFieldKey, Span } from './model';
import type { TextLine } from './lines';
import { letterKey, span } from './text';
import { LINES_PER_STEP, runSteps, type Steps } from './steps';

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
    // `Application` / `Received:` split over two lines; in `pdftotext -layout` output the value stands
    // on the first of them ("Application          11/03/2016").
    const split = /^Application(?:\s+(\S.*))?$/.exec(text);
    if (split && next && letterKey(next.text) === 'RECEIVED') {
      const nextText = source.slice(next.start, next.end);
      const c = nextText.indexOf(':');
      const labelEnd = next.start + (c >= 0 ? c + 1 : nextText.length);
      const hit: LabelHit = { key: 'applicationReceived', label: span(source, line.start, labelEnd) };
      if (split[1]) hit.value = span(source, line.end - split[1].length, line.end);
      return { hit, usesNext: true };
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

/**
 * A label that may start a new field further along a line. The gap before it is checked in code
 * (`gapBefore`): a pattern for "gap, then label" is tried from every space of a long gap and re-reads
 * the rest of it each time.
 */
const labelAhead = /(?:Case Number|Date Assigned|Decision Date|Priority|Date of Injury|UR Denial Date|Application Received)\s*:|Application\b/g;

function isGapChar(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0; // space, tab, no-break space
}

/** Where the gap of spaces, tabs and no-break spaces before `at` starts, never before `floor`. */
function gapBefore(raw: string, at: number, floor: number): number {
  let g = at;
  while (g > floor && isGapChar(raw.charCodeAt(g - 1))) g--;
  return g;
}

/**
 * The header's lines with side-by-side fields split apart: `pdftotext -layout` prints two columns of
 * `Label: value` on one line ("Date Assigned:   11/09/2016        Date of Injury:   10/13/2016"). A
 * label starts a new field after a tab or a run of two or more spaces; one space is part of a value.
 */
function* headerLineSteps(source: string, lines: readonly TextLine[], endLine: number): Steps<TextLine[]> {
  const out: TextLine[] = [];
  for (let i = 0; i < endLine; i++) {
    if (i % LINES_PER_STEP === LINES_PER_STEP - 1) yield;
    const line = lines[i];
    if (line.blank || line.end - line.start < 12) {
      out.push(line);
      continue;
    }
    const raw = source.slice(line.start, line.end);
    let pieceStart = 0;
    let previousEnd = 0; // gaps end at labels, so each is read back once
    labelAhead.lastIndex = 0;
    for (let m = labelAhead.exec(raw); m; m = labelAhead.exec(raw)) {
      const gap = gapBefore(raw, m.index, previousEnd);
      previousEnd = labelAhead.lastIndex;
      const width = m.index - gap;
      if (width >= 2 || (width === 1 && raw[gap] === '\t')) {
        out.push(piece(source, line, pieceStart, gap));
        pieceStart = m.index;
      }
    }
    out.push(pieceStart === 0 ? line : piece(source, line, pieceStart, raw.length));
  }
  return out;
}

function piece(source: string, line: TextLine, from: number, to: number): TextLine {
  let start = line.start + from;
  let end = line.start + to;
  while (start < end && /\s/.test(source[start])) start++;
  while (end > start && /\s/.test(source[end - 1])) end--;
  return { line: line.line, start, end, text: source.slice(start, end).replace(/[ \t\u00a0]+/g, ' '), blank: start === end };
}

export function parseHeader(source: string, allLines: readonly TextLine[], lastLine: number): Header | undefined {
  return runSteps(parseHeaderSteps(source, allLines, lastLine));
}

export function* parseHeaderSteps(source: string, allLines: readonly TextLine[], lastLine: number): Steps<Header | undefined> {
  const lines = yield* headerLineSteps(source, allLines, lastLine);
  const endLine = lines.length;
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

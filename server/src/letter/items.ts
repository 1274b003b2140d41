// The disputed items of IMR ISSUES. Field labels start lines; an item heading is the line(s) ending
// in `: Upheld` / `: Overturned` (or a mistaken decision word), possibly with the decision wrapped
// onto a line of its own. A heading with no decision is found by walking back from the first label, or,
// begun and left undecided ("Item 3:", "Tramadol #60 -") right before the next item or the section's end,
// by its shape and place (`isBareHeading`).
import type { Decision, FieldKind, Item, ItemField, Span } from './model';
import type { TextLine } from './lines';
import { FoldedText, fold, span, trimSpan } from './text';
import { LINES_PER_STEP, runSteps, type Steps } from './steps';
import { readDecisionWord, type DecisionReading } from './decision-words';
import type { ParseMemo } from './block-memo';

export const fieldLabels: readonly { kind: FieldKind; label: string }[] = [
  { kind: 'claims', label: 'Claims Administrator guideline:' },
  { kind: 'maximus', label: 'MAXIMUS guideline:' },
  { kind: 'rationale', label: 'Decision rationale:' },
];

const labelPattern = /^(claims\s+administrator\s+guidelines?|maximus\s+guidelines?|decision\s+rationale)\s*:/i;

export function readFieldLabel(text: string): { kind: FieldKind; length: number } | undefined {
  const m = labelPattern.exec(text);
  if (!m) return undefined;
  const first = m[1][0].toLowerCase();
  const kind: FieldKind = first === 'c' ? 'claims' : first === 'm' ? 'maximus' : 'rationale';
  return { kind, length: m[0].length };
}

/** Labels a rationale gives its own paragraphs: a line "<label>: <decision word>" under them is prose, not an item. */
const rationaleLabels = new Set([
  'recommendation', 'recommendations', 'conclusion', 'conclusions', 'decision', 'determination', 'summary', 'note', 'answer',
  'question', 'rationale', 'assessment', 'plan', 'opinion', 'impression', 'finding', 'findings', 'result', 'outcome', 'verdict',
  'medical necessity', 'bottom line', 'final determination', 'my determination', 'ruling',
]);

/** A «…» placeholder standing for the decision still to be chosen (a new letter's `«Upheld/Overturned»`). */
const decisionPlaceholder = /^«[^«»]{1,22}»$/;

/** The decision word(s) at the end of a heading's text, after its last colon (full stop included). */
export function readDecisionTail(text: string): { colon: number; word: string; reading: DecisionReading } | undefined {
  const colon = text.lastIndexOf(':');
  if (colon < 0) return undefined;
  // "Recommendation: non-certify.", "Conclusion: Upheld": a rationale's own paragraph label, not an item;
  // so is a label after a sentence of a wrapped rationale ("… on opioids. Verdict: not medically necessary.").
  const head = text.slice(0, colon).trim().toLowerCase();
  const stop = Math.max(head.lastIndexOf('. '), head.lastIndexOf('? '), head.lastIndexOf('! '));
  if (rationaleLabels.has(head) || (stop >= 0 && rationaleLabels.has(head.slice(stop + 2).trim()))) return undefined;
  const word = text.slice(colon + 1).trim();
  const reading = decisionPlaceholder.test(word) ? { hidden: false } : readDecisionWord(word);
  return reading ? { colon, word, reading } : undefined;
}

/** What a reviewer leaves where the decision will go: "[decision]", "[ ]", "___", "TBD", "?". */
const decisionBlank = /^(?:\[[^[\]]{0,24}\]|_{2,24}|\?{1,3}|TBD|TBA|TODO|pending)$/i;

/**
 * Where the item text of a heading written without its decision ends: before its closing colon (and a blank
 * left after it, "Home health aide: [decision]"), or before a closing dash ("Tramadol 50mg #60 -").
 * Undefined when the text does not end that way.
 */
export function bareHeadingEnd(text: string): number | undefined {
  const t = text.trimEnd();
  if (t.endsWith(':')) return t.length - 1;
  if (/\s[-\u2013\u2014]$/.test(t)) return t.length - 1;
  const colon = t.lastIndexOf(':');
  if (colon > 0 && decisionBlank.test(t.slice(colon + 1).trim())) return colon;
  return undefined;
}

/** Last words of a sentence that introduces what follows: "The guidelines state:", "as follows:", "set forth below:". */
const introducingEnd =
  /\b(?:states?|stated|says?|said|reads?|notes?|noted|recommends?|recommended|recommendations?|includes?|including|included|follows?|following|below|above|criteria|indicates?|indicated|requires?|required|reports?|reported|documents?|documented|specifies|specified|describes?|described|lists?|listed|quoted?|are|is|was|were|be|as|e\.g\.|i\.e\.|per|namely|that|which|of|for|to|with|and|or|the|a|an)$/i;
/** Openings of a sentence rather than a request: "According to ODG:", "Per the MTUS:", "The ODG …:", "Criteria for use:". */
const introducingStart =
  /^(?:according|per|as|in|if|when|for|regarding|with|under|criteria|guidelines?|recommendations?|note|see|this|these|those|that|there|it|he|she|they|we|i|the\s(?:guidelines?|mtus|odg|acoem|ca|california|official|treating|requesting|provider|physician|patient|injured|worker|claimant|records?|report|documentation|request|criteria|following))\b/i;
/** A guideline field's words: an item heading names a treatment, not a guideline or its parts. */
const guidelineWords = /\b(?:MTUS|ODG|ACOEM|guidelines?|Section\(s\)|Page\(s\)|chapter|Decision\s+based|Citation)\b/i;
/** The next heading's text continues a wrapped line, it does not start a request: "spine: Upheld", "11/11/2016: Upheld". */
const continuationStart = /^(?:[a-z(),&]|\d{1,2}\/\d{1,2}\/)/;
/** Longest heading without a decision taken on its own: a request named in a line, not a sentence. */
const MAX_BARE_HEADING = 100;
const MAX_BARE_HEADING_WORDS = 16;

/** Whether a line's shape is that of an item heading left without its decision (where it stands aside). */
function isBareHeadingShape(text: string): boolean {
  const end = bareHeadingEnd(text);
  if (end === undefined) return false;
  const head = text.slice(0, end).trim();
  if (head.length === 0 || head.length > MAX_BARE_HEADING || head.split(' ').length > MAX_BARE_HEADING_WORDS) return false;
  if (rationaleLabels.has(head.toLowerCase()) || /[.?!;]\s/.test(head) || /medically necessary|medical necessity/i.test(head)) return false;
  if (head.endsWith(':') || introducingEnd.test(head) || introducingStart.test(head) || guidelineWords.test(head)) return false;
  return readFieldLabel(text) === undefined && readDecisionTail(text) === undefined;
}

function isDecisionOnly(text: string): boolean {
  return decisionPlaceholder.test(text) || readDecisionWord(text) !== undefined;
}

const sentenceEnd = /[.?!]["')\]]?$/;
const partialTemplate = /remaining IMR eligible portion|leaving the original request|The original request,/i;
const partialStart = /was the original request|Claims Administrator authorized/i;
const MAX_HEADING_LINES = 6;

interface HeadingLines {
  first: number;
  last: number;
  hasDecision: boolean;
}

/** Walks back from `last` to the heading's first line, never past `floor`. */
function headingStart(lines: readonly TextLine[], last: number, floor: number, doubleSpaced: boolean): number {
  let first = last;
  let text = lines[last].text;
  let i = last - 1;
  let blanks = 0;
  while (i > floor) {
    const prev = lines[i];
    if (prev.blank) {
      blanks++;
      if (!doubleSpaced || blanks >= 2) break;
      i--;
      continue;
    }
    blanks = 0;
    if (readFieldLabel(prev.text) || prev.text.endsWith(':') || readDecisionTail(prev.text)) break;
    const inTemplate = partialTemplate.test(text) && !partialStart.test(text);
    if (!inTemplate) {
      if (sentenceEnd.test(prev.text) || /medically necessary|medical necessity/i.test(prev.text)) break;
      if (last - i >= MAX_HEADING_LINES) break;
    } else if (last - i >= MAX_HEADING_LINES * 2) {
      break;
    }
    first = i;
    text = `${prev.text} ${text}`;
    i--;
  }
  return first;
}

/** The text a partial-authorisation heading says is still disputed: `... original request, <Z> is`. */
function disputedPortion(heading: string): [number, number] | undefined {
  const m = /(?:remaining IMR eligible portion of the original request|The original request),\s*/i.exec(heading);
  if (!m) return undefined;
  const start = m.index + m[0].length;
  let end = heading.length;
  const is = heading.slice(start).search(/(?<!\s)\s+is\s*$/i);
  if (is >= 0) end = start + is;
  return end > start ? [start, end] : undefined;
}

/** The items at once (tests and callers that need no pauses); `parseItemSteps` in slices. */
export function parseItems(...args: Parameters<typeof parseItemSteps>): Item[] {
  return runSteps(parseItemSteps(...args));
}

export function* parseItemSteps(
  source: string,
  lines: readonly TextLine[],
  fromLine: number,
  toLine: number,
  sectionEnd: number,
  doubleSpaced: boolean,
  memo?: ParseMemo,
  /**
   * Section headings inside the range (a repeated IMR ISSUES heading), by first line, each with its last
   * line: no item's heading or fields reach across one.
   */
  barriers?: ReadonlyMap<number, number>,
  /**
   * Whether a line may be taken as a heading without a decision from its shape and what follows it: only inside
   * the IMR ISSUES section, whose lines are items (with no such heading, the items are looked for in other text).
   */
  bareHeadings = false,
): Steps<Item[]> {
  interface Draft {
    heading: HeadingLines;
    fields: { kind: FieldKind; label: Span; contentStart: number }[];
    /** Which kinds `fields` holds, kept as fields are added so no label rescans them. */
    has: Set<FieldKind>;
    /** Where the item ends when a section heading, not the next item, follows it. */
    endsAt?: number;
  }
  const drafts: Draft[] = [];
  let floor = fromLine - 1; // the last line that belongs to something already read
  let current: Draft | undefined;

  /** The next line with text after `i`, or -1 at the end of the range or at a section heading inside it. */
  const nextContent = (i: number): number => {
    let k = i + 1;
    while (k < toLine && lines[k].blank) k++;
    return k >= toLine || barriers?.has(k) ? -1 : k;
  };
  /** Whether line `k` starts the next item: a heading with its decision (not the wrapped end of a line), or a field label. */
  const startsNext = (k: number, depth: number): boolean => {
    if (k < 0) return true;
    const text = lines[k].text;
    if (readFieldLabel(text)) return true;
    if (readDecisionTail(text)) return !continuationStart.test(text);
    // Several headings begun in a row ("Item 3:" then "Item 4:"), up to a few.
    return depth > 0 && isBareHeadingShape(text) && !continuationStart.test(text) && startsNext(nextContent(k), depth - 1);
  };
  /**
   * Whether line `i` is an item heading written without its decision: a short line ending in a colon (or a dash,
   * or a blank where the decision goes), that names a request rather than introduces a quotation, standing
   * alone — after a heading, the section's opening or a field's finished sentence, never inside a field's
   * wrapped text — and followed by the next item, a field label or the end of the section.
   */
  const isBareHeading = (i: number, inField: boolean): boolean => {
    const text = lines[i].text;
    if (!isBareHeadingShape(text) || continuationStart.test(text)) return false;
    // What stands before it: nothing, the heading just read, the section's opening line, or a finished sentence.
    const before = previousContent(lines, i, floor);
    if (before >= fromLine) {
      const prev = lines[before].text;
      const standsAlone = sentenceEnd.test(prev) || (!inField && (before === floor || prev.endsWith(':')));
      if (!standsAlone) return false;
    }
    const after = nextContent(i);
    if (after >= 0 && isDecisionOnly(lines[after].text)) return false; // the decision wrapped onto its own line
    return startsNext(after, 3);
  };

  for (let i = fromLine; i < toLine; i++) {
    if ((i - fromLine) % LINES_PER_STEP === LINES_PER_STEP - 1) yield;
    const line = lines[i];
    if (line.blank) continue;
    const barrier = barriers?.get(i);
    if (barrier !== undefined) {
      if (current) current.endsAt = line.start;
      current = undefined;
      floor = i = barrier;
      continue;
    }
    const label = readFieldLabel(line.text);
    if (label) {
      const labelEnd = line.start + source.slice(line.start, line.end).indexOf(':') + 1;
      const field = { kind: label.kind, label: span(source, line.start, labelEnd), contentStart: labelEnd };
      // A second `Claims Administrator guideline:` starts the next item (whose heading lacks its
      // decision) once the current item has its rationale; before that it is a duplicated field.
      // An item that has its rationale but no Claims Administrator field yet takes this one as its
      // own, out of order (item-field-order), rather than starting a new item headed by the last
      // lines of the rationale (which made a rationale-first item read as two broken items).
      const startsNew =
        label.kind === 'claims' &&
        (!current || (current.has.has('rationale') && current.has.has('claims')));
      if (startsNew || !current) {
        // A label with no decision line before it: its heading is the text just above, if any,
        // unless that text ends a sentence of the previous item's last field.
        const last = previousContent(lines, i, floor);
        // Nor is the section's opening sentence a heading (an item whose heading line was lost).
        const endsField =
          last > floor && ((current !== undefined && sentenceEnd.test(lines[last].text)) || /^The Final Determination was based on/i.test(lines[last].text));
        const heading: HeadingLines =
          last > floor && !endsField
            ? { first: headingStart(lines, last, floor, doubleSpaced), last, hasDecision: false }
            : { first: i, last: i - 1, hasDecision: false };
        current = { heading, fields: [], has: new Set() };
        drafts.push(current);
      }
      current.fields.push(field);
      current.has.add(field.kind);
      floor = i;
      continue;
    }
    let last = -1;
    let headingEnd = -1; // the line the item text ends on (before a decision wrapped onto its own line)
    if (readDecisionTail(line.text)) last = headingEnd = i;
    else if (isDecisionOnly(line.text)) {
      const before = previousContent(lines, i, floor);
      if (before > floor && lines[before].text.endsWith(':')) {
        last = i;
        headingEnd = before;
      }
    }
    if (last >= 0) {
      const first = headingStart(lines, headingEnd, floor, doubleSpaced);
      current = { heading: { first, last, hasDecision: true }, fields: [], has: new Set() };
      drafts.push(current);
      floor = last;
    } else if (bareHeadings && isBareHeading(i, current !== undefined && current.fields.length > 0)) {
      // A heading the reviewer has begun and not decided ("Postoperative therapy 8 sessions:") right before
      // the next heading, a field label or the section's end: its own item, whose decision is missing.
      current = { heading: { first: i, last: i, hasDecision: false }, fields: [], has: new Set() };
      drafts.push(current);
      floor = i;
    }
  }

  const items: Item[] = [];
  for (let n = 0; n < drafts.length; n++) {
    if (n % LINES_PER_STEP === LINES_PER_STEP - 1) yield;
    const d = drafts[n];
    const next = drafts[n + 1];
    const nextStart = d.endsAt ?? (next ? headingStartOffset(lines, next) : sectionEnd);
    items.push(memo ? keptItem(memo, source, lines, d.heading, d.fields, nextStart) : buildItem(source, lines, d.heading, d.fields, nextStart));
  }
  return items;
}

/**
 * `item` moved by `delta`: every span in it. What `rebase` does for any value, written out for the item,
 * which is moved on every keystroke before it (a unit test checks the two agree).
 */
export function movedItem(item: Item, delta: number): Item {
  if (delta === 0) return item;
  const move = (s: Span): Span => ({ start: s.start + delta, end: s.end + delta, text: s.text });
  const moved: Item = {
    span: move(item.span),
    heading: move(item.heading),
    itemText: item.itemText,
    itemSpan: move(item.itemSpan),
    fields: item.fields.map((f) => ({ kind: f.kind, label: move(f.label), content: move(f.content) })),
  };
  if (item.decisionWord) moved.decisionWord = move(item.decisionWord);
  if (item.decision) moved.decision = item.decision;
  return moved;
}

/**
 * The item built from its block, [the heading's start, `end`), and the lines and labels found in it: an
 * item of the same text and shape is taken from the memo, moved to where it now stands.
 */
function keptItem(memo: ParseMemo, source: string, lines: readonly TextLine[], h: HeadingLines, drafts: { kind: FieldKind; label: Span; contentStart: number }[], end: number): Item {
  const hasHeading = h.last >= h.first;
  const at = hasHeading ? lines[h.first].start : (drafts[0]?.label.start ?? end);
  const shape = hasHeading ? [lines[h.first].end - at, lines[h.last].start - at, lines[h.last].end - at, h.hasDecision ? 1 : 0] : [-1, -1, -1, h.hasDecision ? 1 : 0];
  for (const f of drafts) shape.push(fieldLabels.findIndex((l) => l.kind === f.kind), f.label.start - at, f.label.end - at, f.contentStart - at);
  const text = source.slice(at, end);
  const kept = memo.parsedItems.get(text);
  if (kept && kept.shape.length === shape.length && kept.shape.every((n, i) => n === shape[i])) return movedItem(kept.value, at - kept.at);
  memo.reads.items++;
  const item = buildItem(source, lines, h, drafts, end);
  memo.parsedItems.set(text, { at, shape, value: item });
  return item;
}

function previousContent(lines: readonly TextLine[], i: number, floor: number): number {
  let j = i - 1;
  while (j > floor && lines[j].blank) j--;
  return j;
}

function headingStartOffset(lines: readonly TextLine[], d: { heading: HeadingLines; fields: { label: Span }[] }): number {
  if (d.heading.last >= d.heading.first) return lines[d.heading.first].start;
  return d.fields[0]?.label.start ?? lines[d.heading.first].start;
}

function buildItem(
  source: string,
  lines: readonly TextLine[],
  h: HeadingLines,
  drafts: { kind: FieldKind; label: Span; contentStart: number }[],
  end: number,
): Item {
  const hasHeading = h.last >= h.first;
  const headingStartAt = hasHeading ? lines[h.first].start : (drafts[0]?.label.start ?? end);
  const headingEndAt = hasHeading ? lines[h.last].end : headingStartAt;
  const heading = span(source, headingStartAt, headingEndAt);
  const folded = new FoldedText(source, headingStartAt, headingEndAt);

  let itemStart = 0;
  let itemEnd = folded.text.length;
  let decisionWord: Span | undefined;
  let decision: Decision | undefined;
  const tail = readDecisionTail(folded.text);
  if (tail && h.hasDecision) {
    itemEnd = tail.colon;
    const wordAt = folded.text.indexOf(tail.word, tail.colon);
    decisionWord = span(source, folded.startOf(wordAt), folded.endOf(wordAt + tail.word.length));
    decision = tail.reading.decision;
  } else if (h.hasDecision) {
    // The decision word stood alone on its own line, after a heading ending in a colon.
    const lastLine = lines[h.last];
    decisionWord = span(source, lastLine.start, lastLine.end);
    decision = readDecisionWord(lastLine.text)?.decision;
    itemEnd = folded.text.lastIndexOf(':');
  } else {
    // A heading ending in its colon, a dash, or a blank left for the decision: the item text is what precedes it.
    const bare = bareHeadingEnd(folded.text);
    if (bare !== undefined) itemEnd = folded.text.slice(0, bare).trimEnd().length;
  }
  const portion = disputedPortion(folded.text.slice(0, itemEnd));
  if (portion) [itemStart, itemEnd] = portion;
  const itemSpan = hasHeading && itemEnd > itemStart ? span(source, folded.startOf(itemStart), folded.endOf(itemEnd)) : span(source, headingStartAt, headingStartAt);
  const itemText = fold(itemSpan.text);

  const fields: ItemField[] = drafts.map((f, k) => {
    const contentEnd = k + 1 < drafts.length ? drafts[k + 1].label.start : end;
    return { kind: f.kind, label: f.label, content: trimSpan(source, f.contentStart, contentEnd) };
  });
  const lastEnd = fields.length > 0 ? fields[fields.length - 1].content.end : heading.end;
  const spanEnd = Math.max(lastEnd, fields.length > 0 ? fields[fields.length - 1].label.end : heading.end);
  const item: Item = { span: span(source, headingStartAt, spanEnd), heading, itemText, itemSpan, fields };
  if (decisionWord) item.decisionWord = decisionWord;
  if (decision) item.decision = decision;
  return item;
}

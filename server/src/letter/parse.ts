// Text in, Letter out, in one pass over the lines: sections, then the header before them, the items
// of IMR ISSUES, the dates anywhere, and the requests the case summary names.
import type { Era, Letter, Section } from './model';
import { LineIndex, MappedLineIndex, lineIndexSteps } from './line-index';
import { normalizeText } from './normalize';
import { isDoubleSpaced, splitLineSteps } from './lines';
import { findHeadingSteps, toSections } from './sections';
import { parseHeaderSteps } from './header';
import { parseItemSteps } from './items';
import { findDateSteps } from './dates';
import { runSteps, type Steps } from './steps';
import { findRequests } from './requests';
import { rebase, type ParseMemo } from './block-memo';

export function parseLetter(document: string, memo?: ParseMemo): Letter {
  return runSteps(parseLetterSteps(document, memo));
}

/**
 * The parse, with pause points between its phases and every few thousand lines inside them, so the
 * server can answer requests about other documents while a very large one is read. With a `memo` (the
 * previous versions' blocks), a block whose text is unchanged is not read again.
 */
export function* parseLetterSteps(document: string, memo?: ParseMemo): Steps<Letter> {
  memo?.rotate();
  // The parse reads words: soft hyphens, curly quotes, ligatures and page furniture are read through.
  const { text: source, map } = normalizeText(document);
  yield;
  const lines = yield* lineIndexSteps(source);
  const textLines = yield* splitLineSteps(source, lines);
  const doubleSpaced = isDoubleSpaced(textLines);
  const headings = yield* findHeadingSteps(source, textLines);
  const sections = toSections(source, headings);

  const firstHeadingLine = headings.length > 0 ? lines.lineOf(headings[0].heading.start) : textLines.length;
  const header = yield* parseHeaderSteps(source, textLines, firstHeadingLine);

  // Items belong to the (first) IMR ISSUES section; with no such heading, look for them everywhere
  // so a draft missing its heading still gets its items checked.
  const issuesAt = headings.findIndex((h) => h.kind === 'issues');
  let fromLine = 0;
  let toLine = textLines.length;
  let sectionEnd = source.length;
  if (issuesAt >= 0) {
    fromLine = headings[issuesAt].lastLine + 1;
    const next = headings.slice(issuesAt + 1).find((h) => h.kind !== 'issues');
    if (next) {
      toLine = lines.lineOf(next.heading.start);
      sectionEnd = next.heading.start;
    }
  } else if (headings.length > 0) {
    fromLine = headings[headings.length - 1].lastLine + 1;
  }
  // A repeated IMR ISSUES heading among the items (section-duplicate reports it) is no part of an item.
  const repeated = new Map(
    headings
      .filter((h, k) => k > issuesAt && issuesAt >= 0 && h.kind === 'issues')
      .map((h) => [lines.lineOf(h.heading.start), h.lastLine] as const)
      .filter(([first]) => first >= fromLine && first < toLine),
  );
  const items = yield* parseItemSteps(source, textLines, fromLine, toLine, sectionEnd, doubleSpaced, memo, repeated.size > 0 ? repeated : undefined, issuesAt >= 0);
  const dates = yield* findDateSteps(source);

  const summaryBody = summarySpan(sections) ?? unheadedSummary(source, sections);
  const requests = summaryBody ? summaryRequests(source, summaryBody.start, summaryBody.end, memo) : [];
  yield;

  return {
    source,
    ...(map ? { sourceMap: map, lines: new MappedLineIndex(new LineIndex(document), map) } : { lines }),
    ...(header ? { header } : {}),
    sections,
    items,
    dates,
    requests,
    era: detectEra(source, header !== undefined),
  };
}

/**
 * The case summary's body, and the bodies of summary headings repeated right after it (section-duplicate reports the
 * repetition): the summary runs on under them, and a sentence there ("UR non-certified all four requests") refers back.
 */
function summarySpan(sections: readonly Section[]): { start: number; end: number } | undefined {
  const first = sections.findIndex((s) => s.kind === 'summary');
  if (first < 0) return undefined;
  let last = first;
  while (sections[last + 1]?.kind === 'summary') last++;
  return { start: sections[first].body.start, end: sections[last].body.end };
}

/** The summary's standard first sentence, by its words: a PDF may wrap it anywhere. */
const summaryIntro = /\bdeveloped\s+the\s+following\s+clinical\s+case\s+summary\b[^\n]{0,120}/i;

/** The 2016 credentials block's last line, which the case summary follows. */
const specialtyLine = /Certification\(s\)\s*\/\s*Specialty\s*:[^\n]{0,200}/i;

/**
 * The case summary of a letter whose summary heading is missing: from its standard first sentence ("The expert
 * reviewer developed the following clinical case summary …") to the next heading — or, with that sentence
 * missing too, from the end of the 2016 credentials block, which the summary follows. Its requests are still the
 * ones the items must decide.
 */
function unheadedSummary(source: string, sections: readonly Section[]): { start: number; end: number } | undefined {
  // The intro sits in the section before the issues (the reviewer paragraph's), or before any heading.
  const issues = sections.find((s) => s.kind === 'issues');
  const limit = issues ? issues.heading.start : source.length;
  const before = source.slice(0, limit);
  const intro = summaryIntro.exec(before) ?? (issues ? specialtyLine.exec(before) : null);
  if (!intro) return undefined;
  const start = intro.index + intro[0].length;
  const next = sections.find((s) => s.heading.start >= start);
  return { start, end: next ? next.heading.start : source.length };
}

/**
 * The requests the summary names: read from its text (and a few characters either side, which the
 * sentence reader may look at), so kept by that text between versions.
 */
function summaryRequests(source: string, start: number, end: number, memo: ParseMemo | undefined): Letter['requests'] {
  if (!memo) return findRequests(source, start, end);
  const key = `${start - Math.max(0, start - 4)}:${source.slice(Math.max(0, start - 4), end + 1)}`;
  let kept = memo.requests.get(key);
  if (!kept) {
    memo.reads.requests++;
    kept = { at: start, value: findRequests(source, start, end) };
    memo.requests.set(key, kept);
  }
  return rebase(kept.value, start - kept.at);
}

/** The 2016 form has a header block, a credentials block and `Section(s):` citations; 2014–15 `Page(s):`. */
function detectEra(source: string, hasHeader: boolean): Era {
  // Citations say it most reliably; then the header and the credentials block, which came with 2016;
  // then the 2014 reviewer sentence ("is Board Certified in … and is licensed to practice in …").
  // Each regex runs only after a plain substring test finds its key word: this runs on every keystroke.
  if (source.includes('Section(s):')) return '2016';
  if (source.includes('Page(s):')) return '2014';
  if (source.includes('Treatment Guidelines') || source.includes('Treatment\n')) {
    if (/Chronic\s+Pain\s+Treatment\s+Guidelines/.test(source)) return '2014';
  }
  if (hasHeader) return '2016';
  if (source.includes('credentials') && /The\s+Expert\s+Reviewer\s+has\s+the\s+following\s+credentials/i.test(source)) return '2016';
  if ((source.includes('ertified') || source.includes('icensed')) && /Board\s+Certified\s+in|licensed\s+to\s+practice/i.test(source)) return '2014';
  return '2016';
}

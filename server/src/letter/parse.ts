// Text in, Letter out, in one pass over the lines: sections, then the header before them, the items
// of IMR ISSUES, the dates anywhere, and the requests the case summary names.
import type { Era, Letter } from './model';
import { LineIndex, MappedLineIndex } from './line-index';
import { normalizeText } from './normalize';
import { isDoubleSpaced, splitLines } from './lines';
import { findHeadings, toSections } from './sections';
import { parseHeader } from './header';
import { parseItems } from './items';
import { findDates } from './dates';
import { findRequests } from './requests';

export function parseLetter(document: string): Letter {
  // The parse reads words: soft hyphens, curly quotes, ligatures and page furniture are read through.
  const { text: source, map } = normalizeText(document);
  const lines = new LineIndex(source);
  const textLines = splitLines(source, lines);
  const doubleSpaced = isDoubleSpaced(textLines);
  const headings = findHeadings(source, textLines);
  const sections = toSections(source, headings);

  const firstHeadingLine = headings.length > 0 ? lines.lineOf(headings[0].heading.start) : textLines.length;
  const header = parseHeader(source, textLines, firstHeadingLine);

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
  const items = parseItems(source, textLines, fromLine, toLine, sectionEnd, doubleSpaced);

  const summary = sections.find((s) => s.kind === 'summary');
  const requests = summary ? findRequests(source, summary.body.start, summary.body.end) : [];

  return {
    source,
    ...(map ? { sourceMap: map, lines: new MappedLineIndex(new LineIndex(document), map) } : { lines }),
    ...(header ? { header } : {}),
    sections,
    items,
    dates: findDates(source),
    requests,
    era: detectEra(source, header !== undefined),
  };
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

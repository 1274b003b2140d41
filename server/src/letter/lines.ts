// The document as a list of lines with their trimmed text: the unit the section, header and item
// parsers walk. Built once per parse.
import type { LineIndex } from './line-index';
import { LINES_PER_STEP, runSteps, type Steps } from './steps';

export interface TextLine {
  /** 0-based line number. */
  line: number;
  /** Offsets of the trimmed text (equal when the line is blank). */
  start: number;
  end: number;
  /** Trimmed text with runs of whitespace folded to one space. */
  text: string;
  blank: boolean;
}

/** Space, tab, no-break space, BOM, form feed, vertical tab: what a line is trimmed of. */
function isBlank(c: number): boolean {
  return c === 32 || c === 9 || c === 160 || c === 0xfeff || c === 12 || c === 11;
}

export function splitLines(source: string, index: LineIndex): TextLine[] {
  return runSteps(splitLineSteps(source, index));
}

export function* splitLineSteps(source: string, index: LineIndex): Steps<TextLine[]> {
  const lines: TextLine[] = [];
  for (let line = 0; line < index.lineCount; line++) {
    if (line % LINES_PER_STEP === LINES_PER_STEP - 1) yield;
    let start = index.lineStart(line);
    let end = index.lineEnd(line);
    while (start < end && isBlank(source.charCodeAt(start))) start++;
    while (end > start && isBlank(source.charCodeAt(end - 1))) end--;
    const raw = source.slice(start, end);
    const text = raw.indexOf('  ') >= 0 || raw.indexOf('\t') >= 0 ? raw.replace(/[ \t\u00a0]+/g, ' ') : raw;
    lines.push({ line, start, end, text, blank: start === end });
  }
  return lines;
}

/**
 * Seed 003 and some PDF extractions put a blank line after every line. There a single blank line
 * is not a paragraph break; two are.
 */
export function isDoubleSpaced(lines: readonly TextLine[]): boolean {
  let content = 0;
  let followedBySingleBlank = 0;
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].blank) continue;
    content++;
    if (i + 2 < lines.length && lines[i + 1].blank && !lines[i + 2].blank) followedBySingleBlank++;
  }
  return content >= 10 && followedBySingleBlank / content > 0.6;
}

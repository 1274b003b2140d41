// Folding ranges: the header block, each section, each item, and each field that spans lines.
import type { FoldingRange } from 'vscode-languageserver-types';
import type { Letter } from '../letter/model';
import type { CancellationToken } from './cancellation';
import { trimmedEnd } from '../letter/text';

export function provideFoldingRanges(letter: Letter, token?: CancellationToken): FoldingRange[] {
  const ranges: FoldingRange[] = [];
  const lineOf = (offset: number) => letter.lines.lineOf(offset);
  const add = (start: number, end: number, kind?: string) => {
    const startLine = lineOf(start);
    // End on the last line with text, so trailing blank lines stay visible.
    const endLine = lineOf(Math.max(start, end));
    if (endLine > startLine) ranges.push(kind ? { startLine, endLine, kind } : { startLine, endLine });
  };
  if (letter.header) add(letter.header.span.start, letter.header.span.end, 'imports');
  for (const s of letter.sections) {
    if (token?.isCancellationRequested) return [];
    add(s.heading.start, trimmedEnd(letter.source, s.body.start, s.body.end));
  }
  for (const item of letter.items) {
    if (token?.isCancellationRequested) return [];
    add(item.span.start, item.span.end);
    for (const f of item.fields) add(f.label.start, f.content.end);
  }
  return ranges;
}

// Offsets <-> LSP positions. A line ends at \r\n, \n or a lone \r, as LSP defines it; characters
// are UTF-16 code units, which is what JavaScript string offsets already are.
import type { LineIndexLike } from './model';
import type { SourceMap } from './normalize';
import { runSteps, type Steps } from './steps';

/** How many line breaks (LF-only text) are found between pause points. */
const BREAKS_PER_STEP = 8192;

/** Where each line starts and ends, found a block at a time. */
export function* lineBreakSteps(source: string): Steps<{ starts: number[]; ends: number[] }> {
  const starts = [0];
  const ends: number[] = [];
  const n = source.length;
  if (source.indexOf('\r') < 0) {
    // The common case, LF only: let indexOf find the breaks.
    for (let i = source.indexOf('\n'); i >= 0; i = source.indexOf('\n', i + 1)) {
      ends.push(i);
      starts.push(i + 1);
      if (starts.length % BREAKS_PER_STEP === 0) yield;
    }
  } else {
    for (let i = 0; i < n; i++) {
      const c = source.charCodeAt(i);
      if (c === 10 /* \n */) {
        ends.push(i);
        starts.push(i + 1);
      } else if (c === 13 /* \r */) {
        ends.push(i);
        if (i + 1 < n && source.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      }
      if ((i & 0xffff) === 0) yield;
    }
  }
  ends.push(n);
  return { starts, ends };
}

/** A LineIndex built in steps, for the server's sliced analysis. */
export function* lineIndexSteps(source: string): Steps<LineIndex> {
  return new LineIndex(source, yield* lineBreakSteps(source));
}

export class LineIndex implements LineIndexLike {
  private readonly starts: number[];
  private readonly ends: number[];

  constructor(
    private readonly source: string,
    breaks: { starts: number[]; ends: number[] } = runSteps(lineBreakSteps(source)),
  ) {
    this.starts = breaks.starts;
    this.ends = breaks.ends;
  }

  get lineCount(): number {
    return this.starts.length;
  }

  lineStart(line: number): number {
    return this.starts[Math.max(0, Math.min(line, this.starts.length - 1))];
  }

  lineEnd(line: number): number {
    return this.ends[Math.max(0, Math.min(line, this.ends.length - 1))];
  }

  lineText(line: number): string {
    return this.source.slice(this.lineStart(line), this.lineEnd(line));
  }

  lineOf(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  position(offset: number): { line: number; character: number } {
    const clamped = Math.max(0, Math.min(offset, this.source.length));
    const line = this.lineOf(clamped);
    // An offset inside a \r\n pair (or past the line's end) belongs at the end of the line.
    const character = Math.min(clamped, this.ends[line]) - this.starts[line];
    return { line, character };
  }

  endPosition(offset: number): { line: number; character: number } {
    return this.position(offset);
  }

  offset(position: { line: number; character: number }): number {
    if (position.line < 0) return 0;
    if (position.line >= this.starts.length) return this.source.length;
    const start = this.starts[position.line];
    return Math.min(start + Math.max(0, position.character), this.ends[position.line]);
  }
}

/**
 * The document's lines addressed by offsets into the normalised text: every offset goes through the
 * map, so positions are the document's own.
 */
export class MappedLineIndex implements LineIndexLike {
  constructor(
    private readonly document: LineIndex,
    private readonly map: SourceMap,
  ) {}

  get lineCount(): number {
    return this.document.lineCount;
  }

  lineStart(line: number): number {
    return this.map.fromDocument(this.document.lineStart(line));
  }

  lineEnd(line: number): number {
    return this.map.fromDocument(this.document.lineEnd(line));
  }

  lineOf(offset: number): number {
    return this.document.lineOf(this.map.toDocumentStart(offset));
  }

  position(offset: number): { line: number; character: number } {
    return this.document.position(this.map.toDocumentStart(offset));
  }

  endPosition(offset: number): { line: number; character: number } {
    return this.document.position(this.map.toDocumentEnd(offset));
  }

  offset(position: { line: number; character: number }): number {
    return this.map.fromDocument(this.document.offset(position));
  }
}

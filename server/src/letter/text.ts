// Small text helpers shared by the parsers. All of them run in linear time.
import type { Span } from './model';

export function span(source: string, start: number, end: number): Span {
  return { start, end, text: source.slice(start, end) };
}

function isSpace(c: number): boolean {
  // space, tab, no-break space, line breaks, form feed, BOM
  return c === 32 || c === 9 || c === 160 || c === 10 || c === 13 || c === 12 || c === 0xfeff;
}

/** The span with surrounding whitespace removed (an empty span stays where it started). */
export function trimSpan(source: string, start: number, end: number): Span {
  let s = start;
  let e = end;
  while (s < e && isSpace(source.charCodeAt(s))) s++;
  while (e > s && isSpace(source.charCodeAt(e - 1))) e--;
  return span(source, s, e);
}

/** Whitespace (line breaks included) folded to single spaces and trimmed. */
export function fold(text: string): string {
  let out = '';
  let pendingSpace = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      pendingSpace = out.length > 0;
    } else {
      if (pendingSpace) out += ' ';
      pendingSpace = false;
      out += text[i];
    }
  }
  return out;
}

/**
 * A folded view of source[start, end) that remembers where each of its characters came from, so a
 * match in the folded text (which ignores line wrapping) maps back to document offsets.
 */
export class FoldedText {
  readonly text: string;
  /**
   * The folded text is kept as runs copied from consecutive source characters (a folded space stands at the
   * first character of the white space it replaces, so it ends the run before it): the folded index and the
   * document offset where each run starts, in order. A run is a line or more, not a character: this runs
   * on every keystroke over rationales and summaries, and a per-character table cost more to allocate than
   * the folding itself.
   */
  private readonly runIndex: number[] = [];
  private readonly runOffset: number[] = [];

  constructor(source: string, start: number, end: number) {
    // Text between runs of other white space than one plain space is copied whole (slice + join): no
    // string is built a character at a time.
    const chunks: string[] = [];
    let length = 0;
    let i = start;
    while (i < end && isSpace(source.charCodeAt(i))) i++;
    let chunkStart = i;
    if (i < end) this.startRun(0, i);
    while (i < end) {
      const c = source.charCodeAt(i);
      if (!isSpace(c) || (c === 32 && i + 1 < end && !isSpace(source.charCodeAt(i + 1)))) {
        // A character kept as it is: a non-space, or one plain space between two.
        length++;
        i++;
        continue;
      }
      chunks.push(source.slice(chunkStart, i));
      const spaceAt = i;
      while (i < end && isSpace(source.charCodeAt(i))) i++;
      if (i < end) {
        chunks.push(' ');
        length++;
        // One white space character folded to a space keeps the run going.
        if (i !== spaceAt + 1) this.startRun(length, i);
      }
      chunkStart = i;
    }
    if (chunkStart < end) chunks.push(source.slice(chunkStart, end));
    this.text = chunks.length === 1 ? chunks[0] : chunks.join('');
  }

  private startRun(index: number, offset: number): void {
    this.runIndex.push(index);
    this.runOffset.push(offset);
  }

  /** The run holding folded index `index` (0 ≤ index < text.length). */
  private runAt(index: number): number {
    return lastAtOrBefore(this.runIndex, index);
  }

  /** Index of the first folded character from document offset `offset` on (text.length when none is). */
  indexOf(offset: number): number {
    const offsets = this.runOffset;
    if (offsets.length === 0 || offset <= offsets[0]) return 0;
    // The last run starting at or before `offset`.
    const low = lastAtOrBefore(offsets, offset);
    const runEnd = low + 1 < offsets.length ? this.runIndex[low + 1] : this.text.length;
    // Inside the run, or in the white space after it (then the next run's first character).
    return Math.min(this.runIndex[low] + (offset - offsets[low]), runEnd);
  }

  /** Document offset of the folded character at `index`. */
  startOf(index: number): number {
    if (this.text.length === 0) return 0;
    const k = Math.max(0, Math.min(index, this.text.length - 1));
    const run = this.runAt(k);
    return this.runOffset[run] + (k - this.runIndex[run]);
  }

  /** Document offset just past the folded character at `index - 1` (an exclusive end). */
  endOf(index: number): number {
    if (index <= 0 || this.text.length === 0) return this.startOf(0);
    return this.startOf(Math.min(index, this.text.length) - 1) + 1;
  }
}

/** Letters only, upper-cased: the key headings and labels are compared by. */
export function letterKey(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 97 && c <= 122) out += String.fromCharCode(c - 32);
    else if (c >= 65 && c <= 90) out += text[i];
  }
  return out;
}

/** The end of source[start, end) with trailing whitespace left off. */
export function trimmedEnd(source: string, start: number, end: number): number {
  let e = end;
  while (e > start && isSpace(source.charCodeAt(e - 1))) e--;
  return e;
}

/** The position of the last value at or before `value` in ascending `sorted` (0 when none is), by bisection. */
function lastAtOrBefore(sorted: readonly number[], value: number): number {
  let low = 0;
  let high = sorted.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >>> 1;
    if (sorted[mid] <= value) low = mid;
    else high = mid - 1;
  }
  return low;
}

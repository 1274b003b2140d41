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
  private readonly origin: Int32Array;

  constructor(source: string, start: number, end: number) {
    // Text between runs of other white space than one plain space is copied whole (slice + join), and
    // `origin` is sized up front: this runs on every keystroke over rationales and summaries, so it must
    // not build strings a character at a time.
    const chunks: string[] = [];
    const origin = new Int32Array(Math.max(0, end - start));
    let length = 0;
    let i = start;
    while (i < end && isSpace(source.charCodeAt(i))) i++;
    let chunkStart = i;
    while (i < end) {
      const c = source.charCodeAt(i);
      if (!isSpace(c) || (c === 32 && i + 1 < end && !isSpace(source.charCodeAt(i + 1)))) {
        // A character kept as it is: a non-space, or one plain space between two.
        origin[length++] = i++;
        continue;
      }
      chunks.push(source.slice(chunkStart, i));
      const spaceAt = i;
      while (i < end && isSpace(source.charCodeAt(i))) i++;
      if (i < end) {
        chunks.push(' ');
        origin[length++] = spaceAt;
      }
      chunkStart = i;
    }
    if (chunkStart < end) chunks.push(source.slice(chunkStart, end));
    this.text = chunks.length === 1 ? chunks[0] : chunks.join('');
    this.origin = origin.subarray(0, length);
  }

  /** Index of the first folded character from document offset `offset` on (text.length when none is). */
  indexOf(offset: number): number {
    let low = 0;
    let high = this.origin.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (this.origin[mid] < offset) low = mid + 1;
      else high = mid;
    }
    return low;
  }

  /** Document offset of the folded character at `index`. */
  startOf(index: number): number {
    if (this.origin.length === 0) return 0;
    return this.origin[Math.max(0, Math.min(index, this.origin.length - 1))];
  }

  /** Document offset just past the folded character at `index - 1` (an exclusive end). */
  endOf(index: number): number {
    if (index <= 0) return this.startOf(0);
    return this.origin[Math.min(index, this.origin.length) - 1] + 1;
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

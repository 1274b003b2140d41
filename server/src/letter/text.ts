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
    // Runs of non-space text are copied whole (slice + join), and `origin` is sized up front: this runs
    // on every keystroke over rationales and summaries, so it must not build strings a character at a time.
    const chunks: string[] = [];
    const origin = new Int32Array(Math.max(0, end - start));
    let length = 0;
    let i = start;
    while (i < end && isSpace(source.charCodeAt(i))) i++;
    while (i < end) {
      const runStart = i;
      while (i < end && !isSpace(source.charCodeAt(i))) i++;
      chunks.push(source.slice(runStart, i));
      for (let k = runStart; k < i; k++) origin[length++] = k;
      const spaceAt = i;
      while (i < end && isSpace(source.charCodeAt(i))) i++;
      if (i < end) {
        chunks.push(' ');
        origin[length++] = spaceAt;
      }
    }
    this.text = chunks.join('');
    this.origin = origin.subarray(0, length);
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

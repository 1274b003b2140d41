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
  private readonly origin: number[];

  constructor(source: string, start: number, end: number) {
    let out = '';
    const origin: number[] = [];
    let pendingSpace = -1;
    for (let i = start; i < end; i++) {
      const c = source.charCodeAt(i);
      if (isSpace(c)) {
        if (out.length > 0 && pendingSpace < 0) pendingSpace = i;
      } else {
        if (pendingSpace >= 0) {
          out += ' ';
          origin.push(pendingSpace);
          pendingSpace = -1;
        }
        out += source[i];
        origin.push(i);
      }
    }
    this.text = out;
    this.origin = origin;
  }

  /** Document offset of the folded character at `index`. */
  startOf(index: number): number {
    return this.origin[Math.max(0, Math.min(index, this.origin.length - 1))] ?? 0;
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

/** Levenshtein distance, giving up (returning max + 1) once it must exceed `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = new Array<number>(b.length + 1);
  let cur = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = cur[0];
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (cur[j] < rowMin) rowMin = cur[j];
    }
    if (rowMin > max) return max + 1;
    [prev, cur] = [cur, prev];
  }
  return prev[b.length];
}

/** The end of source[start, end) with trailing whitespace left off. */
export function trimmedEnd(source: string, start: number, end: number): number {
  let e = end;
  while (e > start && isSpace(source.charCodeAt(e - 1))) e--;
  return e;
}

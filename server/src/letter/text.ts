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

/** Each ASCII character's column in a WordFinder's table: 1–26 for a letter of either case, 0 for any other. */
const letterColumn = new Uint8Array(128);
for (let c = 0; c < 26; c++) letterColumn[65 + c] = letterColumn[97 + c] = c + 1;

/**
 * Finds every occurrence of a set of lower-case words (letters a–z only) in one pass over a text,
 * ignoring the case of ASCII letters as a regex's `i` flag does (no other character matches a letter).
 * An automaton of the words (Aho–Corasick): one table step per character, however many words, where a
 * regex of alternatives tries each word at each position.
 */
export class WordFinder {
  /** The next state for each state (32 columns a state) and column (letterColumn; 0 goes back to the start). */
  private readonly next: Int32Array;
  /** Whether a word ends in each state. */
  private readonly final: Uint8Array;
  /** The words (their indexes) that end in each state. */
  private readonly ends: (readonly number[])[];
  private readonly lengths: readonly number[];

  constructor(words: readonly string[]) {
    const children: number[][] = [new Array<number>(26).fill(-1)];
    const own: number[][] = [[]];
    words.forEach((word, index) => {
      if (!/^[a-z]+$/.test(word)) throw new Error(`WordFinder: not a lower-case word: ${word}`);
      let state = 0;
      for (let i = 0; i < word.length; i++) {
        const c = word.charCodeAt(i) - 97;
        if (children[state][c] < 0) {
          children[state][c] = children.length;
          children.push(new Array<number>(26).fill(-1));
          own.push([]);
        }
        state = children[state][c];
      }
      own[state].push(index);
    });
    // Breadth first: each state's fallback (its longest proper suffix that is a state) is done before it.
    const next = new Int32Array(children.length * 32);
    const ends: number[][] = new Array<number[]>(children.length);
    const fallback = new Int32Array(children.length);
    const queue: number[] = [0];
    for (let q = 0; q < queue.length; q++) {
      const state = queue[q];
      ends[state] = state === 0 ? [] : [...own[state], ...ends[fallback[state]]];
      for (let c = 0; c < 26; c++) {
        const child = children[state][c];
        if (child >= 0) {
          fallback[child] = state === 0 ? 0 : next[fallback[state] * 32 + c + 1];
          next[state * 32 + c + 1] = child;
          queue.push(child);
        } else {
          next[state * 32 + c + 1] = state === 0 ? 0 : next[fallback[state] * 32 + c + 1];
        }
      }
    }
    this.next = next;
    this.ends = ends;
    this.final = Uint8Array.from(ends, (e) => (e.length > 0 ? 1 : 0));
    this.lengths = words.map((w) => w.length);
  }

  /** Calls `hit(word, start)` for every occurrence of a word wholly within text[from, to), in the order they end. */
  scan(text: string, from: number, to: number, hit: (word: number, start: number) => void): void {
    const { next, final, ends, lengths } = this;
    let state = 0;
    for (let i = from; i < to; i++) {
      const c = text.charCodeAt(i);
      state = next[(state << 5) | (c < 128 ? letterColumn[c] : 0)];
      if (final[state] !== 0) for (const w of ends[state]) hit(w, i + 1 - lengths[w]);
    }
  }
}

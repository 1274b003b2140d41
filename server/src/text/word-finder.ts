// Finds many fixed words in one pass over a text: a small automaton over the letters, case folded.
// Shared by the summary's request reader and the body-region finder.

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

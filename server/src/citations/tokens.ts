// Helpers over the word tokens of a guideline field (text/tokens.ts): fixed word sequences, markers,
// parentheses and trailing punctuation.
import type { Token } from '../catalog';
import type { Span } from '../letter/model';

// ---- token helpers ---------------------------------------------------------------------------

export function spanOf(source: string, start: number, end: number): Span {
  return { start, end, text: source.slice(start, end) };
}

export function tokensSpan(source: string, tokens: readonly Token[], from: number, to: number): Span {
  return spanOf(source, tokens[from].start, tokens[to - 1].end);
}

// Fixed parameters rather than a rest array: these run at every token, and a rest array is an
// allocation per call. Unused parameters are undefined, which no token's `norm` equals.
export function isWord(tokens: readonly Token[], i: number, a: string, b?: string, c?: string, d?: string, e?: string): boolean {
  if (i >= tokens.length) return false;
  const token = tokens[i];
  if (token.kind === 'punct') return false;
  const n = token.norm;
  return n === a || n === b || n === c || n === d || n === e;
}

export function isPunct(tokens: readonly Token[], i: number, a: string, b?: string, c?: string, d?: string): boolean {
  if (i >= tokens.length) return false;
  const token = tokens[i];
  if (token.kind !== 'punct') return false;
  const n = token.norm;
  return n === a || n === b || n === c || n === d;
}

/** Index just past `words` when they follow each other from `i` (punctuation between is skipped). */
export function matchWords(tokens: readonly Token[], i: number, words: readonly string[], limit: number): number {
  let k = i;
  for (const word of words) {
    while (k < limit && tokens[k].kind === 'punct') k++;
    if (k >= limit || tokens[k].norm !== word) return -1;
    k++;
  }
  return k;
}

/** Extends a match that ends inside parentheses ("Carisoprodol (Soma") past its closing ")". */
export function closeParens(tokens: readonly Token[], from: number, to: number, limit: number): number {
  let open = 0;
  for (let i = from; i < to; i++) {
    if (isPunct(tokens, i, '(')) open++;
    else if (isPunct(tokens, i, ')')) open--;
  }
  let end = to;
  while (open > 0 && end < limit && isPunct(tokens, end, ')')) {
    open--;
    end++;
  }
  return end;
}

/** Drops trailing punctuation tokens (the sentence's period) from [from, to). */
export function trimEnd(tokens: readonly Token[], from: number, to: number): number {
  let end = to;
  while (end > from && tokens[end - 1].kind === 'punct' && tokens[end - 1].norm !== ')') end--;
  return end;
}

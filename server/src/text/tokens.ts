// Citation text as tokens. Letters wrap lines anywhere, double spaces, add ® and vary punctuation, so
// matching works on word tokens (lower-cased, `&` read as "and") and keeps each token's offsets into
// the source, which is how every parsed piece gets its exact span back. One pass, no backtracking.

export type TokenKind = 'word' | 'number' | 'punct';

export interface Token {
  kind: TokenKind;
  /** Lower-cased word, the digits of a number (`3.3.9` stays one token), or the punctuation character. */
  norm: string;
  start: number;
  end: number;
}

function isAsciiAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

const nonAsciiLetter = /\p{L}|\p{N}/u;

function isWordChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return isAsciiAlnum(c);
  return nonAsciiLetter.test(text.slice(i, i + charWidth(text, i)));
}

/** 2 where a surrogate pair starts at `i` (one character outside the BMP), else 1: a token never splits a pair. */
function charWidth(text: string, i: number, to = text.length): number {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff || i + 1 >= to) return 1;
  const d = text.charCodeAt(i + 1);
  return d >= 0xdc00 && d <= 0xdfff ? 2 : 1;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 12 || c === 11 || c === 0xa0 || c === 0x2028 || c === 0x2029;
}

/** Marks that carry no meaning in a citation and vanish: ®, ™, ©, soft hyphen. */
function isIgnorable(c: number): boolean {
  return c === 0xae || c === 0x2122 || c === 0xa9 || c === 0xad;
}

/** Where the word continues after "-", a line break and a lower-case letter; 0 when it does not. */
function hyphenatedBreak(text: string, i: number, to: number): number {
  if (text.charCodeAt(i) !== 45 /* - */) return 0;
  let k = i + 1;
  while (k < to && (text[k] === ' ' || text[k] === '\t')) k++;
  if (k < to && text[k] === '\r') k++;
  if (k >= to || text[k] !== '\n') return 0;
  k++;
  while (k < to && (text[k] === ' ' || text[k] === '\t')) k++;
  const c = text.charCodeAt(k);
  return k < to && c >= 97 && c <= 122 ? k : 0;
}

/** Tokens of `text[from, to)`; offsets are into `text`. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (isSpace(c) || isIgnorable(c)) {
      i++;
      continue;
    }
    if (isWordChar(text, i)) {
      const start = i;
      let allDigits = true;
      let broken = false;
      // What the word holds decides how much folding its `norm` needs: most words are plain ASCII
      // lower case, whose `norm` is the text itself.
      let upper = false;
      let other = false;
      while (i < to) {
        const d = text.charCodeAt(i);
        if (d < 128) {
          if (d >= 97 && d <= 122) {
            allDigits = false;
            i++;
            continue;
          }
          if (d >= 48 && d <= 57) {
            i++;
            continue;
          }
          if (d >= 65 && d <= 90) {
            allDigits = false;
            upper = true;
            i++;
            continue;
          }
        } else if (isWordChar(text, i)) {
          allDigits = false;
          other = true;
          i += charWidth(text, i, to);
          continue;
        }
        // 3.3.9 and 12.5 stay one token; an apostrophe inside a word (TCA's) too.
        if (d === 46 && allDigits && i + 1 < to && isDigit(text.charCodeAt(i + 1)) && isDigit(text.charCodeAt(i - 1))) {
          i++;
          continue;
        }
        if ((d === 39 || d === 0x2019) && i + 1 < to && isWordChar(text, i + 1)) {
          other = true;
          i++;
          continue;
        }
        // A word hyphenated at a line break, as PDF text does ("Electro-\ndiagnostic"): one word.
        const rejoin = hyphenatedBreak(text, i, to);
        if (rejoin > 0) {
          broken = true;
          i = rejoin;
          continue;
        }
        break;
      }
      const raw = text.slice(start, i);
      let norm: string;
      if (!broken && !other) {
        norm = upper ? raw.toLowerCase() : raw;
      } else {
        const lower = (broken ? raw.replace(/-[ \t]*\r?\n[ \t]*/g, '') : raw).toLowerCase();
        // Apostrophes are rare: skip the replace (an allocation per word) when there is none.
        norm = lower.indexOf("'") < 0 && lower.indexOf('\u2019') < 0 ? lower : lower.replace(/['\u2019]/g, '');
      }
      tokens.push({ kind: allDigits ? 'number' : 'word', norm, start, end: i });
      continue;
    }
    const width = charWidth(text, i, to);
    const ch = c === 0x2013 || c === 0x2014 || c === 0x2010 || c === 0x2011 ? '-' : text.slice(i, i + width);
    tokens.push({ kind: c === 38 ? 'word' : 'punct', norm: c === 38 ? 'and' : ch, start: i, end: i + width });
    i += width;
  }
  return tokens;
}

/** The word and number tokens of a name, as the key a trie or a map is indexed by. */
export function keyWords(text: string): string[] {
  return tokenize(text)
    .filter((t) => t.kind !== 'punct')
    .map((t) => t.norm);
}

/** A name folded for comparison: "Forearm, Wrist, & Hand" and "forearm wrist and hand" agree. */
export function normKey(text: string): string {
  return keyWords(text).join(' ');
}

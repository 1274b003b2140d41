// A rationale as sentences of words, read in one pass over its characters. Words are lower-cased and
// read through what pasted text puts inside them (soft hyphens, zero-width characters, curly
// apostrophes, "fi"/"fl" ligatures), and keep their offsets in the source. Words inside quotation
// marks are flagged: a quoted guideline is the guideline's voice, not the reviewer's.

export interface Word {
  /** Lower-case, with hidden characters left out; punctuation tokens hold their character. */
  text: string;
  /** Offsets in the source. */
  start: number;
  end: number;
  /** False for a punctuation token: , ; : ( ) [ ] and dashes, which end a clause. */
  isWord: boolean;
  quoted: boolean;
  /** Written with a capital first letter. */
  capital: boolean;
}

export interface Sentence {
  /** Offsets in the source of the sentence's first and last characters (end exclusive). */
  start: number;
  end: number;
  /** Ends in a question mark: it asks rather than concludes. */
  question: boolean;
}

const SOFT_HYPHEN = 0xad;

function isHidden(c: number): boolean {
  return c === SOFT_HYPHEN || (c >= 0x200b && c <= 0x200d) || c === 0x2060 || c === 0xfeff;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 12 || c === 0xa0 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f || c === 0x3000;
}

function isWordChar(c: number): boolean {
  return (
    (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) || c === 0xfb01 || c === 0xfb02
  );
}

/** Characters that join two word characters into one word: "non-certified", "10/325mg", "can't", "2.5". */
function isJoiner(c: number): boolean {
  return c === 45 /* - */ || c === 47 /* / */ || c === 39 /* ' */ || c === 0x2019 || c === 46 /* . */ || c === 0x2010 || c === 0x2011;
}

function isQuote(c: number): boolean {
  return c === 34 || c === 0x201c || c === 0x201d || c === 39 || c === 0x2018 || c === 0x2019;
}

function isClausePunct(c: number): boolean {
  return c === 44 || c === 59 || c === 58 || c === 40 || c === 41 || c === 91 || c === 93 || c === 0x2013 || c === 0x2014;
}

/** Words after which a full stop is no sentence end. */
const abbreviations = new Set(['dr', 'mr', 'mrs', 'ms', 'vs', 'no', 'approx', 'e.g', 'i.e', 'fig', 'pp', 'p', 'st', 'jr', 'cf', 'al']);

/** The longest a single-quoted passage may run: beyond it, a lone quote mark is an apostrophe. */
const MAX_SINGLE_QUOTE = 400;

const quoteMarks = /["'\u2018\u2019\u201c\u201d]/g;

/** [start, end) ranges of text inside quotation marks: double quotes pair up, single quotes pair within reach. */
export function quotedRanges(text: string, from: number, to: number): [number, number][] {
  const ranges: [number, number][] = [];
  let openDouble = -1;
  let openSingle = -1;
  const scanned = text.slice(from, to);
  quoteMarks.lastIndex = 0;
  for (let m = quoteMarks.exec(scanned); m; m = quoteMarks.exec(scanned)) {
    const i = from + m.index;
    const c = text.charCodeAt(i);
    if (c === 34) {
      if (openDouble < 0) openDouble = i;
      else {
        ranges.push([openDouble, i + 1]);
        openDouble = -1;
      }
    } else if (c === 0x201c) {
      openDouble = i;
    } else if (c === 0x201d) {
      if (openDouble >= 0) ranges.push([openDouble, i + 1]);
      openDouble = -1;
    } else {
      const before = i > from ? text.charCodeAt(i - 1) : 32;
      const after = i + 1 < to ? text.charCodeAt(i + 1) : 32;
      const opens = !isWordChar(before) && isWordChar(after);
      const closes = !isWordChar(after) && !isSpace(before);
      if (openSingle >= 0 && i - openSingle > MAX_SINGLE_QUOTE) openSingle = -1;
      if (closes && openSingle >= 0) {
        ranges.push([openSingle, i + 1]);
        openSingle = -1;
      } else if (opens && c !== 0x2019) {
        openSingle = i;
      }
    }
  }
  // Ranges from the two kinds may nest or overlap: merged into disjoint ones, they are walked in order.
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  return merged;
}

function normalise(raw: string): string {
  let out = '';
  let plain = true;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (isHidden(c) || c === 0x2019 || c === 0x2010 || c === 0x2011 || c === 0xfb01 || c === 0xfb02) {
      plain = false;
      break;
    }
  }
  if (plain) return raw.toLowerCase();
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (isHidden(c)) continue;
    if (c === 0x2019) out += "'";
    else if (c === 0x2010 || c === 0x2011) out += '-';
    else if (c === 0xfb01) out += 'fi';
    else if (c === 0xfb02) out += 'fl';
    else out += raw[i];
  }
  return out.toLowerCase();
}

const MAX_VERDICT_LINE = 6;
const MAX_VERDICT_LINE_LENGTH = 80;

/** Whether the next non-space character from `at` is a capital letter. */
function startsCapital(source: string, at: number, to: number): boolean {
  let i = at;
  while (i < to && isSpace(source.charCodeAt(i))) i++;
  const c = source.charCodeAt(i);
  return c >= 65 && c <= 90;
}

/**
 * The stems of every word a finding can be read from. A sentence holding none of them (most of a
 * rationale's history and examination) is passed over without making its words: a cheap test on the
 * raw text, so the reading costs little more than one scan of the characters.
 */
const findingStems =
  /nec{1,2}es{1,2}|appropriat|indicat|support|warrant|recommend|reasonab|certif|approv|justif|need|authori[sz]|denied|\bden(?:y|ies)\b|uphe?ld|uphold|overturn|affirm|revers|establish|demonstrat|substantiat|\bmee?ts?\b|satisf|fulfil|criteri|endors|\bstands?\b|agree|concur|essential|proper|advis|merit|coverage/i;

/** Where a sentence may end: a stop, or a blank line. */
const sentenceEnds = /[.?!]|\n[ \t\u00a0\r]{0,40}\n/g;
const unusualCharacters = /[\u00ad\u200b-\u200d\u2060\ufeff\ufb01\ufb02]/;

/** Whether a finding may be read from source[start, end): it holds a word a finding is made of. */
export function mayHoldFinding(source: string, start: number, end: number): boolean {
  const raw = source.slice(start, end);
  return findingStems.test(raw) || unusualCharacters.test(raw);
}

/**
 * The sentences of source[from, to), found by a scan of the raw text; their words are read on demand
 * (`readWords`), so a reader that needs only the last sentences makes no others.
 */
export function readSentences(source: string, from: number, to: number): Sentence[] {
  const text = source.slice(from, to);
  const sentences: Sentence[] = [];
  let start = 0;
  const emit = (end: number, question: boolean) => {
    let s = start;
    while (s < end && isSpace(text.charCodeAt(s))) s++;
    start = end;
    if (s < end) sentences.push({ start: from + s, end: from + end, question });
  };
  sentenceEnds.lastIndex = 0;
  for (let m = sentenceEnds.exec(text); m; m = sentenceEnds.exec(text)) {
    const i = m.index;
    const c = text.charCodeAt(i);
    if (c === 10) {
      // A verdict may stand on a line of its own without a full stop ("Not medically necessary"). A
      // blank line ends such a short line's sentence when a capital starts the next; a longer one is a
      // sentence of a double-spaced letter wrapped over the blank line.
      const line = text.slice(start, i).trim();
      if (line.length > 0 && line.length <= MAX_VERDICT_LINE_LENGTH && line.split(/\s+/).length <= MAX_VERDICT_LINE && startsCapital(text, i + m[0].length, text.length)) {
        emit(i, false);
      }
      sentenceEnds.lastIndex = i + m[0].length - 1;
      continue;
    }
    // A stop ends the sentence when white space, a closing mark or the end follows it.
    let j = i + 1;
    while (j < text.length && j - i <= 3 && (isQuote(text.charCodeAt(j)) || text.charCodeAt(j) === 41)) j++;
    if (j < text.length && !isSpace(text.charCodeAt(j))) continue;
    if (c === 46 && isAbbreviation(text, i) && !answerEnds(text, i, j)) continue;
    emit(j, c === 63);
  }
  emit(text.length, false);
  return sentences;
}

/**
 * "No." that answers a question ("… medically necessary? No. The notes …") ends its sentence; "No. 5",
 * a number's abbreviation, has a digit or "#" after it.
 */
function answerEnds(text: string, stop: number, next: number): boolean {
  if (stop < 2 || text.slice(stop - 2, stop).toLowerCase() !== 'no' || (stop > 2 && isWordChar(text.charCodeAt(stop - 3)))) return false;
  while (next < text.length && isSpace(text.charCodeAt(next))) next++;
  const c = text.charCodeAt(next);
  return !(c >= 48 && c <= 57) && c !== 35;
}

/** Whether the word just before the full stop at `i` is an abbreviation ("Dr.", "e.g."). */
function isAbbreviation(text: string, i: number): boolean {
  let s = i;
  while (s > 0 && i - s < 7 && (isWordChar(text.charCodeAt(s - 1)) || text.charCodeAt(s - 1) === 46)) s--;
  return s < i && i - s <= 6 && abbreviations.has(text.slice(s, i).toLowerCase());
}

/** The first range in `quotes` (sorted, disjoint) that ends after `at`. */
function firstQuoteAfter(quotes: readonly [number, number][], at: number): number {
  let lo = 0;
  let hi = quotes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (quotes[mid][1] <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The words and clause marks of a sentence; `quotes` are the rationale's quoted ranges (`quotedRanges`). */
export function readWords(source: string, sentence: Sentence, quotes: readonly [number, number][]): Word[] {
  const { start: from, end: to } = sentence;
  const words: Word[] = [];
  let q = firstQuoteAfter(quotes, from);
  const push = (start: number, end: number, isWord: boolean) => {
    while (q < quotes.length && quotes[q][1] <= start) q++;
    const range = quotes[q];
    const quoted = range !== undefined && range[0] <= start && end <= range[1];
    const first = source.charCodeAt(start);
    const text = isWord ? normalise(source.slice(start, end)) : source[start];
    words.push({ text, start, end, isWord, quoted, capital: first >= 65 && first <= 90 });
  };
  let i = from;
  while (i < to) {
    const c = source.charCodeAt(i);
    if (isWordChar(c) || isHidden(c) || (c === 35 /* # */ && i + 1 < to && isWordChar(source.charCodeAt(i + 1)))) {
      const start = i;
      let hasLetter = !isHidden(c);
      i++;
      for (;;) {
        if (i >= to) break;
        const d = source.charCodeAt(i);
        if (isWordChar(d) || isHidden(d)) {
          if (!isHidden(d)) hasLetter = true;
          i++;
        } else if (isJoiner(d) && i + 1 < to && (isWordChar(source.charCodeAt(i + 1)) || isHidden(source.charCodeAt(i + 1)))) i += 2;
        else break;
      }
      if (hasLetter) push(start, i, true);
      continue;
    }
    if (isClausePunct(c) || (c === 45 && i + 1 < to && isSpace(source.charCodeAt(i + 1)))) push(i, i + 1, false);
    i++;
  }
  return words;
}

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
  words: Word[];
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

/** [start, end) ranges of text inside quotation marks: double quotes pair up, single quotes pair within reach. */
function quotedRanges(text: string, from: number, to: number): [number, number][] {
  const ranges: [number, number][] = [];
  let openDouble = -1;
  let openSingle = -1;
  for (let i = from; i < to; i++) {
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
    } else if (c === 39 || c === 0x2018 || c === 0x2019) {
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
  // Ranges from the two kinds may nest or overlap; sorted by start, they are walked in order.
  return ranges.sort((a, b) => a[0] - b[0]);
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

/** Whether the next non-space character from `at` is a capital letter. */
function startsCapital(source: string, at: number, to: number): boolean {
  let i = at;
  while (i < to && isSpace(source.charCodeAt(i))) i++;
  const c = source.charCodeAt(i);
  return c >= 65 && c <= 90;
}

/** The sentences of source[from, to). */
export function readSentences(source: string, from: number, to: number): Sentence[] {
  const quotes = quotedRanges(source, from, to);
  let q = 0;
  const sentences: Sentence[] = [];
  let words: Word[] = [];
  let sentenceStart = -1;
  const endSentence = (end: number, question = false) => {
    if (words.length > 0) sentences.push({ words, start: sentenceStart, end, question });
    words = [];
    sentenceStart = -1;
  };
  const push = (text: string, start: number, end: number, isWord: boolean) => {
    while (q < quotes.length && quotes[q][1] <= start) q++;
    let quoted = false;
    for (let k = q; k < quotes.length && quotes[k][0] < end; k++) {
      if (quotes[k][0] <= start && end <= quotes[k][1]) {
        quoted = true;
        break;
      }
    }
    if (sentenceStart < 0) sentenceStart = start;
    const first = source.charCodeAt(start);
    words.push({ text, start, end, isWord, quoted, capital: first >= 65 && first <= 90 });
  };
  let i = from;
  let lineBreaks = 0;
  while (i < to) {
    const c = source.charCodeAt(i);
    if (isSpace(c)) {
      if (c === 10 || (c === 13 && source.charCodeAt(i + 1) !== 10)) {
        lineBreaks++;
        // A verdict may stand on a line of its own without a full stop ("Not medically necessary"). A
        // blank line ends such a short line's sentence when a capital starts the next; a longer one is a
        // sentence of a double-spaced letter wrapped over the blank line.
        if (lineBreaks >= 2 && words.length > 0 && words.length <= MAX_VERDICT_LINE && startsCapital(source, i + 1, to)) endSentence(words[words.length - 1].end);
      }
      i++;
      continue;
    }
    lineBreaks = 0;
    if (isWordChar(c) || isHidden(c) || (c === 35 /* # */ && i + 1 < to && isWordChar(source.charCodeAt(i + 1)))) {
      const start = i;
      i++;
      for (;;) {
        if (i >= to) break;
        const d = source.charCodeAt(i);
        if (isWordChar(d) || isHidden(d)) i++;
        else if (isJoiner(d) && i + 1 < to && (isWordChar(source.charCodeAt(i + 1)) || isHidden(source.charCodeAt(i + 1)))) i += 2;
        else break;
      }
      const text = normalise(source.slice(start, i));
      if (text.length > 0) push(text, start, i, true);
      continue;
    }
    if (c === 46 || c === 63 || c === 33) {
      // A stop ends the sentence when white space, a closing mark or the end follows it.
      let j = i + 1;
      while (j < to && (isQuote(source.charCodeAt(j)) || source.charCodeAt(j) === 41)) j++;
      const last = words[words.length - 1];
      const abbreviation = c === 46 && last !== undefined && last.isWord && last.end === i && abbreviations.has(last.text);
      if ((j >= to || isSpace(source.charCodeAt(j))) && !abbreviation) {
        endSentence(j, c === 63);
        i = j;
        continue;
      }
      i++;
      continue;
    }
    if (isClausePunct(c) || (c === 45 && i + 1 < to && isSpace(source.charCodeAt(i + 1)))) {
      push(String.fromCharCode(c), i, i + 1, false);
    }
    i++;
  }
  endSentence(words.length > 0 ? words[words.length - 1].end : to);
  return sentences;
}


// Text as it arrives from Word and from PDFs, read as words. The parser and the rules read the
// normalised text; `SourceMap` takes its offsets back to the document, so every range and every fix
// still lands on the characters the author typed. Plain ASCII text without page furniture is returned
// as it is, with no map: that is nearly every keystroke.
//
// What changes:
// - soft hyphens, zero-width spaces and joiners and word joiners are dropped ("medi\u00adcally" reads
//   "medically");
// - a byte-order mark (at the start, or where pasted texts were joined), no-break and other Unicode spaces
//   become a space, curly quotes straight ones, the Unicode hyphens and
//   dashes a hyphen-minus (one character for one: no offset moves);
// - the ellipsis character becomes "..." and the ligatures ﬀ ﬁ ﬂ ﬃ ﬄ their letters;
// - page furniture that PDF text leaves in the middle of a paragraph is dropped with the blank lines around
//   it: a "Page 3 of 6" line, a running header repeating the case number, a footer with the form's
//   post-office box. Line breaks are kept as written (the line index reads \r\n, \n and a lone \r alike).

/** Where the parser's offsets are in the document, when the parser read a normalised text. */
export interface SourceMap {
  /** The text as the document holds it. */
  readonly document: string;
  /** The document offset of the character at `offset` (a range's start). */
  toDocumentStart(offset: number): number;
  /** The document offset just past the character before `offset` (a range's exclusive end). */
  toDocumentEnd(offset: number): number;
  /** The offset of the first character read at or after a document offset. */
  fromDocument(offset: number): number;
}

export interface Normalized {
  text: string;
  /** Absent when every offset of `text` is the document's (the text itself, or one-for-one replacements). */
  map?: SourceMap;
}

const dropped = new Set([0x00ad, 0x200b, 0x200c, 0x200d, 0x2060]);

/** The replacement of a character, or undefined to keep it. */
function replacement(c: number): string | undefined {
  if (dropped.has(c)) return '';
  if (c === 0xfeff || c === 0x00a0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f || c === 0x3000) return ' ';
  if (c === 0x2018 || c === 0x2019 || c === 0x201a || c === 0x201b || c === 0x2032) return "'";
  if (c === 0x201c || c === 0x201d || c === 0x201e || c === 0x201f || c === 0x2033) return '"';
  if ((c >= 0x2010 && c <= 0x2015) || c === 0x2212) return '-';
  if (c === 0x2026) return '...';
  if (c >= 0xfb00 && c <= 0xfb04) return ['ff', 'fi', 'fl', 'ffi', 'ffl'][c - 0xfb00];
  return undefined;
}

/** Any character outside ASCII (written as a range from the space: tabs and line breaks are ASCII too). */
const nonAscii = /[^\t\n\r\f\v -~]/;

class OffsetMap implements SourceMap {
  constructor(
    readonly document: string,
    /** origin[i]: the document offset of text[i]; origin[text.length] is the document's length. */
    private readonly origin: Int32Array,
  ) {}

  toDocumentStart(offset: number): number {
    return this.origin[Math.max(0, Math.min(offset, this.origin.length - 1))];
  }

  toDocumentEnd(offset: number): number {
    const o = Math.max(0, Math.min(offset, this.origin.length - 1));
    if (o === 0) return this.origin[0];
    return this.origin[o - 1] + 1 > this.origin[o] ? this.origin[o] : this.origin[o - 1] + 1;
  }

  fromDocument(offset: number): number {
    let lo = 0;
    let hi = this.origin.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.origin[mid] >= offset) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }
}

export function normalizeText(document: string): Normalized {
  const furniture = pageFurniture(document);
  if (furniture.length === 0 && !nonAscii.test(document)) return { text: document };
  const chunks: string[] = [];
  const origin = new Int32Array(document.length * 3 + 1);
  let length = 0;
  // Whether any offset moved: one-for-one replacements leave every offset where it was, and need no map.
  let shifted = furniture.length > 0;
  let cut = 0;
  let i = 0;
  let runStart = 0;
  const flush = (to: number) => {
    if (to > runStart) {
      chunks.push(document.slice(runStart, to));
      for (let k = runStart; k < to; k++) origin[length++] = k;
    }
  };
  while (i < document.length) {
    if (cut < furniture.length && i === furniture[cut][0]) {
      flush(i);
      i = furniture[cut][1];
      runStart = i;
      cut++;
      continue;
    }
    const c = document.charCodeAt(i);
    const r = c < 0x80 ? undefined : replacement(c);
    if (r !== undefined) {
      if (r.length !== 1) shifted = true;
      flush(i);
      chunks.push(r);
      for (let k = 0; k < r.length; k++) origin[length++] = i;
      runStart = i + 1;
    }
    i++;
  }
  flush(document.length);
  origin[length] = document.length;
  const text = chunks.join('');
  if (text === document) return { text: document };
  return shifted ? { text, map: new OffsetMap(document, origin.slice(0, length + 1)) } : { text };
}

// Page furniture. A line is furniture only when it has an anchor (a page number "Page 3 of 6" or
// "- 3 -", a case number already seen higher up, a post-office box) and every other word on it is one
// a running header or a form footer is made of. A citation's "Page(s): 68" has no "of", and a body
// line has other words.

const furnitureWords = new Set([
  'page', 'of', 'case', 'number', 'no', 'imr', 'final', 'determination', 'letter', 'independent', 'medical',
  'review', 'maximus', 'federal', 'services', 'inc', 'llc', 'p.o.', 'po', 'box', 'ca', 'california',
  'sacramento', 'confidential', 'dwc', 'division', "workers'", 'workers', 'compensation', 'tel', 'fax', 'phone',
  'form', 'rev', 'revised', 'imr-fdl', 'fdl', '-',
]);

const caseNumberShape = /[A-Z]{2}\d{2}-\d{5,8}/;
const dashedPageNumber = /^[ \t\f]{0,8}- ?\d{1,3} ?-[ \t]{0,8}$/m;
const dashThenNumber = /-[^\S\n\r]?\d/g;
const pageAnchor = /^(?:page \d{1,3} of \d{1,3}|-\s?\d{1,3}\s?-)$/;

/** [start, end) document ranges to drop, in order; each runs from a line's start to the next kept line's start. */
function pageFurniture(document: string): [number, number][] {
  const hasPage = (document.includes('Page ') || document.includes('PAGE ') || document.includes('page ')) && /page \d{1,3} of \d{1,3}/i.test(document);
  const caseNumber = caseNumberShape.exec(document);
  const repeatsCase = caseNumber !== null && document.indexOf(caseNumber[0], caseNumber.index + caseNumber[0].length) >= 0;
  const hasBox = document.includes('Box ') || document.includes('BOX ');
  if (!hasPage && !repeatsCase && !hasBox && !(document.includes('- ') && dashedPageNumber.test(document))) return [];
  const firstCase = caseNumber ? caseNumber.index + caseNumber[0].length : -1;
  // Nothing is dropped without an anchored line: look at the lines an anchor could be on before reading
  // every line (a long letter that repeats its case number in its items has few such lines, if any).
  if (!anyAnchoredLine(document, caseNumber?.[0], firstCase)) return [];
  // Each line once: blank, anchored furniture, a line of furniture words only (a form footer such as
  // "IMR Final Determination Letter — Form IMR-FDL (Rev. 10/2016)"), or text.
  const lines: { start: number; kind: 'blank' | 'anchored' | 'words' | 'text' }[] = [];
  let lineStart = 0;
  while (lineStart <= document.length) {
    let lineEnd = lineStart;
    while (lineEnd < document.length && document[lineEnd] !== '\n' && document[lineEnd] !== '\r') lineEnd++;
    let next = lineEnd;
    if (document[next] === '\r' && document[next + 1] === '\n') next += 2;
    else if (next < document.length) next++;
    else next = document.length + 1;
    const text = document.slice(lineStart, lineEnd).trim();
    const kind = text.length === 0 || text === '\f' ? 'blank' : isFurniture(text, caseNumber?.[0], lineStart > firstCase) ? 'anchored' : furnitureWordsOnly(text) ? 'words' : 'text';
    lines.push({ start: lineStart, kind });
    lineStart = next;
  }
  // A line of furniture words is furniture only beside an anchored line, in one block between text lines.
  const ranges: [number, number][] = [];
  let blockStart = 0;
  for (let i = 0; i <= lines.length; i++) {
    if (i < lines.length && lines[i].kind !== 'text') continue;
    // lines[blockStart, i) hold no text: drop them when one is anchored.
    if (lines.slice(blockStart, i).some((l) => l.kind === 'anchored')) {
      const end = i < lines.length ? lines[i].start : document.length;
      ranges.push([lines[blockStart].start, end]);
    }
    blockStart = i + 1;
  }
  return ranges;
}

/**
 * Whether some line is anchored furniture. An anchored line holds "page" or "box" (in any case), the
 * case number, or is a dashed page number, so only the lines holding one of those are read.
 */
function anyAnchoredLine(document: string, caseNumber: string | undefined, firstCase: number): boolean {
  // A form feed inside a line is dropped before the line is read, and may join an anchor's pieces; and
  // where lower case changes the text's length the offsets below would be off: then every line is read.
  if (document.includes('\f')) return true;
  const lower = document.toLowerCase();
  if (lower.length !== document.length) return true;
  const starts: number[] = [];
  for (const word of ['page', 'box']) for (let at = lower.indexOf(word); at >= 0; at = lower.indexOf(word, at + word.length)) starts.push(at);
  if (caseNumber) for (let at = document.indexOf(caseNumber); at >= 0; at = document.indexOf(caseNumber, at + caseNumber.length)) starts.push(at);
  // "- 3 -": a dash, at most one space, a digit.
  for (let m = dashThenNumber.exec(document); m; m = dashThenNumber.exec(document)) starts.push(m.index);
  starts.sort((a, b) => a - b);
  // Each line read once, however many anchors it holds.
  const crs = document.includes('\r');
  let readUpTo = -1;
  for (const at of starts) {
    if (at < readUpTo) continue;
    let start = at;
    let end = at;
    if (crs) {
      while (start > 0 && document[start - 1] !== '\n' && document[start - 1] !== '\r') start--;
      while (end < document.length && document[end] !== '\n' && document[end] !== '\r') end++;
    } else {
      start = at > 0 ? document.lastIndexOf('\n', at - 1) + 1 : 0;
      end = document.indexOf('\n', at);
      if (end < 0) end = document.length;
    }
    readUpTo = end;
    const text = document.slice(start, end).trim();
    if (text.length > 0 && isFurniture(text, caseNumber, start > firstCase)) return true;
  }
  return false;
}

/** A line made only of the words running headers and form footers are made of, with no anchor of its own. */
function furnitureWordsOnly(line: string): boolean {
  if (line.length > MAX_FURNITURE_LINE) return false;
  return wordsAreFurniture(line.replace(/\f/g, '').toLowerCase());
}

const MAX_FURNITURE_LINE = 140;

function isFurniture(line: string, caseNumber: string | undefined, afterFirstCase: boolean): boolean {
  if (line.length > MAX_FURNITURE_LINE) return false;
  const lower = line.replace(/\f/g, '').toLowerCase();
  let anchored = false;
  const page = /page \d{1,3} of \d{1,3}/.exec(lower);
  let rest = lower;
  if (page) {
    anchored = true;
    rest = lower.slice(0, page.index) + ' ' + lower.slice(page.index + page[0].length);
  } else if (pageAnchor.test(lower)) {
    return true;
  }
  if (caseNumber && afterFirstCase && lower.includes(caseNumber.toLowerCase())) {
    anchored = true;
    rest = rest.split(caseNumber.toLowerCase()).join(' ');
  }
  if (/p\.?o\.? box \d{1,7}/.test(rest)) anchored = true;
  if (!anchored) return false;
  return wordsAreFurniture(rest);
}

function wordsAreFurniture(lower: string): boolean {
  for (const piece of lower.split(/[\s|•·,:;()\u2013\u2014]{1,20}/)) {
    const word = piece.endsWith('.') && piece !== 'p.o.' ? piece.slice(0, -1) : piece;
    if (word.length === 0 || furnitureWords.has(word) || /^[\d./-]{1,12}$/.test(word)) continue;
    return false;
  }
  return true;
}

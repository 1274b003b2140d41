// The letters the benchmark runs on: examples/ and, read in place when present, ../shared/letters
// (never copied into the repository). Larger documents are built from them here, in memory.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

function lettersUnder(dir) {
  const found = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) found.push(...lettersUnder(full));
    else if (/\.(imr|txt)$/i.test(entry.name)) found.push(full);
  }
  return found;
}

export function loadCorpus(repo) {
  const examplesDir = path.join(repo, 'examples');
  const sharedDir = path.resolve(repo, '..', 'shared', 'letters');
  const read = (file) => ({ file, name: path.relative(repo, file), text: fs.readFileSync(file, 'utf8') });
  const examples = lettersUnder(examplesDir).map(read);
  const shared = fs.existsSync(sharedDir) ? lettersUnder(sharedDir).map(read) : undefined;
  return { examples, shared, sharedDir };
}

/**
 * A letter with `count` items: the example with the most items, its item blocks repeated after its
 * last item. Used only when no real letter has that many.
 */
export function withItemCount(letterText, parseLetter, count) {
  const letter = parseLetter(letterText);
  const items = letter.items;
  if (items.length === 0) throw new Error('the letter has no items to repeat');
  const gap = letterText.includes('\n\n') && /\n\n/.test(letterText.slice(items[0].span.end, items[0].span.end + 4)) ? '\n\n' : '\n';
  const insertAt = items[items.length - 1].span.end;
  let extra = '';
  for (let i = items.length; i < count; i++) extra += gap + items[i % items.length].span.text;
  const text = letterText.slice(0, insertAt) + extra + letterText.slice(insertAt);
  const got = parseLetter(text).items.length;
  if (got !== count) throw new Error(`built a letter of ${got} items, not ${count}`);
  return text;
}

/**
 * A letter of about `lineCount` lines (never more) made of items: the letter's own item blocks repeated
 * after its last item, as many as fit. The stress shape of a long letter, beside `withLineCount`'s one
 * long case summary.
 */
export function withItemLines(letterText, parseLetter, lineCount) {
  const lines = (text) => text.split('\n').length;
  const items = parseLetter(letterText).items.length;
  const probe = withItemCount(letterText, parseLetter, items + 20);
  const perItem = (lines(probe) - lines(letterText)) / 20;
  let count = items + Math.floor((lineCount - lines(letterText)) / perItem);
  let text = withItemCount(letterText, parseLetter, count);
  while (lines(text) > lineCount) text = withItemCount(letterText, parseLetter, --count);
  return { text, items: count, lines: lines(text) };
}

/**
 * Where a reviewer types: the middle of a line in the middle of the header, of the clinical case summary
 * and of the middle item, as LSP positions (line, character) of the document.
 */
export function editPlaces(letterText, parseLetter) {
  const letter = parseLetter(letterText);
  const docLines = letterText.split('\n');
  const spans = [
    ['in an item', letter.items[Math.floor(letter.items.length / 2)]?.span],
    ['in the summary', letter.sections.find((s) => s.kind === 'summary')?.body],
    ['in the header', letter.header?.span],
  ];
  return spans.map(([where, span]) => {
    if (!span) throw new Error(`the letter has nothing to type ${where}`);
    const first = letter.lines.position(span.start).line;
    const last = letter.lines.position(span.end).line;
    const middle = Math.floor((first + last) / 2);
    // The nearest line of the span with some text, looking down from the middle first.
    const candidates = [];
    for (let d = 0; middle - d >= first || middle + d <= last; d++) candidates.push(middle + d, middle - d);
    const line = candidates.find((l) => l >= first && l <= last && (docLines[l] ?? '').trim().length >= 8);
    if (line === undefined) throw new Error(`no line of text ${where}`);
    return { where, line, character: Math.floor(docLines[line].replace(/\r$/, '').length / 2) };
  });
}

/** `count` copies of the letters, one file each, in a new temporary folder the caller removes. */
export function letterFolder(letters, count, prefix = 'imr-bench-letters-') {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  for (let i = 0; i < count; i++) fs.writeFileSync(path.join(dir, `letter-${String(i).padStart(3, '0')}.imr`), letters[i % letters.length].text);
  return dir;
}

/** The whole letter written out `factor` times, one after another. */
export function repeated(letterText, factor) {
  const body = letterText.endsWith('\n') ? letterText : `${letterText}\n`;
  return body.repeat(factor);
}

/**
 * A letter of exactly `lineCount` lines: its clinical case summary lengthened with its own sentences,
 * wrapped at `width` characters (the corpus averages about 92 per line), as a long case history
 * copied from a PDF would be.
 */
export function withLineCount(letterText, parseLetter, lineCount, width = 90) {
  const letter = parseLetter(letterText);
  const summary = letter.sections.find((s) => s.kind === 'summary');
  if (!summary) throw new Error('the letter has no clinical case summary');
  const words = summary.body.text.split(/\s+/).filter(Boolean);
  const need = lineCount - letterText.split('\n').length;
  const extra = [];
  let line = '';
  for (let i = 0; extra.length < need; i++) {
    const word = words[i % words.length];
    if (line && line.length + 1 + word.length > width) {
      extra.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  const at = summary.body.end;
  const before = letterText.slice(0, at);
  const text = before.endsWith('\n') ? `${before}${extra.join('\n')}\n${letterText.slice(at)}` : `${before}\n${extra.join('\n')}${letterText.slice(at)}`;
  const got = text.split('\n').length;
  if (got !== lineCount) throw new Error(`built a letter of ${got} lines, not ${lineCount}`);
  return text;
}

/** About `bytes` of letter: the letter repeated. */
export function ofSize(letterText, bytes) {
  return repeated(letterText, Math.ceil(bytes / Buffer.byteLength(letterText)));
}

/** The letter with one case-summary line stretched to `bytes` by repeating its own sentences. */
export function withLongLine(letterText, parseLetter, bytes) {
  const letter = parseLetter(letterText);
  const summary = letter.sections.find((s) => s.kind === 'summary');
  const lines = summary.body.text.split('\n');
  const longest = lines.reduce((a, b) => (b.length > a.length ? b : a), '');
  const line = `${longest} `.repeat(Math.ceil(bytes / (longest.length + 1))).slice(0, bytes);
  const at = summary.body.start + summary.body.text.indexOf(longest);
  return letterText.slice(0, at) + line + letterText.slice(at + longest.length);
}

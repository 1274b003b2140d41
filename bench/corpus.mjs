// The letters the benchmark runs on: examples/ and, read in place when present, ../shared/letters
// (never copied into the repository). Larger documents are built from them here, in memory.
import * as fs from 'node:fs';
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
  const read = (file) => ({ file, name: path.relative(path.dirname(repo), file), text: fs.readFileSync(file, 'utf8') });
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

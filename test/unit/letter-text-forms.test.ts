// Text as it arrives from Word and from PDFs: soft hyphens and zero-width characters inside words,
// Unicode spaces, curly quotes, dashes, the ellipsis, ligatures, tabs, CRLF, a lone CR, a BOM and page
// furniture in the middle of paragraphs. A clean letter must get the same findings (rule and line) in
// every form as in plain text. The letters are the test fixtures and, where present, the shared drafts
// and PDF texts, read in place.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { repoRoot } from './repo-root';
import { parseLetter } from '../../server/src/letter/parse';
import { runRules } from '../../server/src/rules/engine';
import { allRules } from '../../server/src/rules/index';
import { builtinCatalog } from '../../server/src/catalog';

interface Form {
  name: string;
  /** The plain letter to compare with, when the form needs text the letters lack. */
  plain?(text: string): string;
  /** The letter in this form, and where each of its original lines now is. */
  make(text: string): { text: string; lineOf(line: number): number };
}

/** The letters quote no text with an omission; this gives the first "and" of each one. */
const withEllipsis = (t: string) => t.replace(/ and /, ' and ... ');

const sameLines = (text: string) => ({ text, lineOf: (line: number) => line });

/** Applies `f` to the words of the text (runs of letters), keeping everything else. */
function inWords(text: string, f: (word: string) => string): string {
  return text.replace(/[A-Za-z]{1,60}/g, f);
}

const forms: Form[] = [
  { name: 'soft hyphens inside long words', make: (t) => sameLines(inWords(t, (w) => (w.length >= 7 ? `${w.slice(0, 4)}\u00ad${w.slice(4)}` : w))) },
  { name: 'zero-width spaces and joiners inside words', make: (t) => sameLines(inWords(t, (w) => (w.length >= 6 ? `${w.slice(0, 3)}\u200b${w.slice(3, 5)}\u200d${w.slice(5)}` : w))) },
  { name: 'no-break spaces', make: (t) => sameLines(t.replace(/ /g, '\u00a0')) },
  { name: 'thin and narrow no-break spaces', make: (t) => sameLines(t.replace(/ (\d)/g, '\u202f$1').replace(/, /g, ',\u2009')) },
  { name: 'curly quotes and apostrophes', make: (t) => sameLines(t.replace(/'/g, '\u2019').replace(/"([^"\n]{0,200})"/g, '\u201c$1\u201d')) },
  { name: 'en and em dashes', make: (t) => sameLines(t.replace(/(\d)-(\d)/g, '$1\u2013$2').replace(/ - /g, ' \u2014 ')) },
  { name: 'the ellipsis character', plain: withEllipsis, make: (t) => sameLines(t.replace(/\.\.\./g, '\u2026')) },
  { name: 'fi and fl ligatures', make: (t) => sameLines(t.replace(/fi/g, '\ufb01').replace(/fl/g, '\ufb02')) },
  { name: 'tabs after colons', make: (t) => sameLines(t.replace(/: /g, ':\t')) },
  { name: 'CRLF line breaks', make: (t) => sameLines(t.replace(/\n/g, '\r\n')) },
  { name: 'lone CR line breaks', make: (t) => sameLines(t.replace(/\n/g, '\r')) },
  { name: 'a byte-order mark', make: (t) => sameLines(`\ufeff${t}`) },
  { name: 'page furniture in the middle of paragraphs', make: withPageFurniture },
];

/**
 * Every 12th line break between two lines of text (inside a paragraph, a field or a citation) gets a
 * page break as PDF text prints it: a footer, the page number, and the next page's running header with
 * the case number, with blank lines around.
 */
function withPageFurniture(text: string): { text: string; lineOf(line: number): number } {
  const lines = text.split('\n');
  const caseNumber = /[A-Z]{2}\d{2}-\d{5,8}/.exec(text)?.[0];
  const out: string[] = [];
  const shift: number[] = [];
  let page = 1;
  for (let i = 0; i < lines.length; i++) {
    shift.push(out.length);
    out.push(lines[i]);
    const midParagraph = i >= 20 && i % 12 === 0 && i + 1 < lines.length && lines[i].trim() !== '' && lines[i + 1].trim() !== '';
    if (!midParagraph) continue;
    page++;
    out.push('', 'MAXIMUS Federal Services, Inc. | P.O. Box 138009 | Sacramento, CA 95813-8009', `Page ${page} of 9`, '\f');
    if (caseNumber) out.push(`IMR Case Number: ${caseNumber}`);
    out.push('');
  }
  return { text: out.join('\n'), lineOf: (line) => shift[line] };
}

function lettersToRead(): { name: string; text: string }[] {
  const letters: { name: string; text: string }[] = [];
  for (const dir of [path.join(repoRoot(), 'test', 'fixtures', 'rules'), path.join(repoRoot(), 'test', 'fixtures', 'letters')]) {
    for (const name of fs.readdirSync(dir).sort()) letters.push({ name, text: fs.readFileSync(path.join(dir, name), 'utf8') });
  }
  const shared = path.join(repoRoot(), '..', 'shared', 'letters', 'real');
  for (const folder of ['draft', 'raw']) {
    const dir = path.join(shared, folder);
    if (!fs.existsSync(dir)) continue;
    for (const name of fs.readdirSync(dir).sort()) letters.push({ name: `${folder}/${name}`, text: fs.readFileSync(path.join(dir, name), 'utf8') });
  }
  return letters;
}

function findingKeys(text: string, lineOf: (line: number) => number = (l) => l): string[] {
  const letter = parseLetter(text);
  return runRules(letter, builtinCatalog, { rules: {}, profile: 'auto' }, allRules)
    .map((f) => `${f.ruleId} @${lineOf(letter.lines.lineOf(f.start)) + 1}`)
    .sort();
}

describe('letters in the forms text arrives in', () => {
  const letters = lettersToRead().map((l) => ({ ...l, text: l.text.replace(/\r\n?/g, '\n') }));

  for (const form of forms) {
    it(`reads ${form.name} as plain text: the same findings on the same lines`, () => {
      const differences: string[] = [];
      let changed = 0;
      for (const letter of letters) {
        const name = letter.name;
        const text = form.plain ? form.plain(letter.text) : letter.text;
        const made = form.make(text);
        if (made.text !== text) changed++;
        // Original line -> line in this form, inverted to compare on the plain letter's lines.
        const back = new Map<number, number>();
        text.split('\n').forEach((_, i) => {
          back.set(made.lineOf(i), i);
        });
        const expected = findingKeys(text);
        const actual = findingKeys(made.text, (line) => back.get(line) ?? -100);
        if (expected.join('\n') !== actual.join('\n')) differences.push(`${name}: plain [${expected.join(', ')}] but [${actual.join(', ')}]`);
      }
      assert.ok(changed >= 4, `the form changed only ${changed} letters`);
      assert.deepEqual(differences, []);
    });
  }
});

import * as assert from 'node:assert/strict';
import { parseLetter } from '../../server/src/letter/parse';
import { letter2014, letter2016, mutate, withEol } from './rules/letters';

function kinds(text: string): string[] {
  return parseLetter(text).sections.map((s) => `${s.kind}:${s.canonical ? 'exact' : 'variant'}:${s.heading.text}`);
}

describe('parseLetter: sections', () => {
  it('finds the three headings in order with their bodies', () => {
    const letter = parseLetter(letter2016);
    assert.deepEqual(kinds(letter2016), [
      'how:exact:HOW THE IMR FINAL DETERMINATION WAS MADE',
      'summary:exact:CLINICAL CASE SUMMARY',
      'issues:exact:IMR ISSUES, DECISIONS AND RATIONALES',
    ]);
    const [how, summary] = letter.sections;
    assert.equal(how.body.end, summary.heading.start);
    assert.ok(how.body.text.includes('Certification(s)/Specialty: Orthopedic Surgery'));
    for (const s of letter.sections) assert.equal(letter2016.slice(s.heading.start, s.heading.end), s.heading.text);
  });

  it('reads a heading split over two lines as one heading, exact when its words are', () => {
    const text = mutate(letter2016, 'IMR ISSUES, DECISIONS AND RATIONALES\n', 'IMR ISSUES, DECISIONS AND\nRATIONALES\n');
    const issues = parseLetter(text).sections[2];
    assert.equal(issues.heading.text, 'IMR ISSUES, DECISIONS AND\nRATIONALES');
    assert.equal(issues.headingText, 'IMR ISSUES, DECISIONS AND RATIONALES');
    assert.equal(issues.canonical, true);
  });

  it('reads a split heading across the blank line of double-spaced text', () => {
    const text = mutate(letter2014, 'HOW THE IMR FINAL DETERMINATION WAS MADE\n', 'HOW THE IMR FINAL\n\nDETERMINATION WAS MADE\n');
    assert.equal(parseLetter(text).sections[0].heading.text, 'HOW THE IMR FINAL\n\nDETERMINATION WAS MADE');
  });

  it('recognises typos, case slips and other templates\' wordings as non-canonical headings', () => {
    for (const [from, to, kind] of [
      ['CLINICAL CASE SUMMARY\n', 'CLINCAL CASE SUMARY\n', 'summary'],
      ['CLINICAL CASE SUMMARY\n', 'Clinical Case Summary\n', 'summary'],
      ['IMR ISSUES, DECISIONS AND RATIONALES\n', 'IMR DECISION(S) AND RATIONALE(S)\n', 'issues'],
      ['IMR ISSUES, DECISIONS AND RATIONALES\n', 'IMR ISSUES, DECISONS\nAND RATIONALES\n', 'issues'],
      ['HOW THE IMR FINAL DETERMINATION WAS MADE\n', 'HOW THE IMR FINAL DETERMINATON WAS MADE\n', 'how'],
    ] as const) {
      const sections = parseLetter(mutate(letter2016, from, to)).sections;
      const s = sections.find((x) => x.kind === kind)!;
      assert.equal(s.heading.text, to.trimEnd(), to);
      assert.equal(s.canonical, false, to);
      assert.equal(sections.length, 3, to);
    }
  });

  it('does not take a sentence, or a long line that mentions a heading, for a heading', () => {
    const text = mutate(letter2016, 'reports low back pain.', 'reports low back pain.\nSee the clinical case summary.\nCLINICAL CASE SUMMARY OF THE TREATING PHYSICIAN DATED IN 2015 AND REVIEWED IN FULL HERE');
    assert.equal(parseLetter(text).sections.length, 3);
  });

  it('keeps a duplicated heading, in document order', () => {
    const text = `${letter2014}CLINICAL CASE SUMMARY\nMore.\n`;
    assert.deepEqual(parseLetter(text).sections.map((s) => s.kind), ['how', 'summary', 'issues', 'summary']);
  });

  it('reads CRLF, lone CR, a BOM, tabs and trailing spaces the same way', () => {
    const variants = [
      withEol(letter2016, '\r\n'),
      withEol(letter2016, '\r'),
      `\uFEFF${letter2016}`,
      letter2016.replace(/\n/g, ' \t\n'),
      letter2016.replace('HOW THE IMR FINAL DETERMINATION WAS MADE', '\tHOW THE IMR FINAL DETERMINATION WAS MADE '),
    ];
    for (const text of variants) {
      const letter = parseLetter(text);
      assert.deepEqual(letter.sections.map((s) => [s.kind, s.canonical]), [['how', true], ['summary', true], ['issues', true]]);
      for (const s of letter.sections) assert.equal(text.slice(s.heading.start, s.heading.end), s.heading.text);
      assert.equal(letter.items.length, 2);
    }
  });

  it('gives LSP positions in UTF-16 units for every line ending', () => {
    const crlf = parseLetter(withEol(letter2014, '\r\n'));
    const summary = crlf.sections[1];
    assert.deepEqual(crlf.lines.position(summary.heading.start), { line: 4, character: 0 });
    const cr = parseLetter(withEol(letter2014, '\r'));
    assert.deepEqual(cr.lines.position(cr.sections[1].heading.start), { line: 4, character: 0 });
    const bom = parseLetter(`\uFEFF${letter2014}`);
    assert.deepEqual(bom.lines.position(bom.sections[0].heading.start), { line: 0, character: 1 });
  });
});

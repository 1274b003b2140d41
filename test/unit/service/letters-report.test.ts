// The workspace letters report's rows, CSV and Markdown, shared by the server and imr-lint.
import * as assert from 'node:assert/strict';
import { csvField, letterRow, reportCsv, reportMarkdown, type LetterRow } from '../../../server/src/service/letters-report';
import { analyzeText, fixtureText } from './fixture';

const row = (over: Partial<LetterRow>): LetterRow => ({
  file: 'a.imr',
  caseNumber: 'CM16-0900001',
  items: 2,
  upheld: 1,
  overturned: 1,
  errors: 0,
  warnings: 1,
  infos: 0,
  hints: 0,
  rules: ['section-heading-format'],
  ...over,
});

describe('letters report rows', () => {
  it('counts items, decisions and problems by severity, and lists the rules once each, sorted', () => {
    const text = fixtureText('two-items-2016.imr').replace('Norco 10/325mg #60: Upheld', 'Norco 10/325mg #60: Denied').replace('CLINICAL CASE SUMMARY', 'Clinical Case Summary');
    const analysis = analyzeText(text);
    const r = letterRow('letters/two.imr', analysis.letter, analysis.findings);
    assert.equal(r.file, 'letters/two.imr');
    assert.equal(r.caseNumber, 'CM16-0900001');
    assert.deepEqual([r.items, r.upheld, r.overturned], [2, 0, 1]);
    const count = (s: string) => analysis.findings.filter((f) => f.severity === s).length;
    assert.deepEqual([r.errors, r.warnings, r.infos, r.hints], [count('error'), count('warning'), count('info'), count('hint')]);
    assert.ok(r.errors >= 1 && r.warnings >= 1);
    assert.deepEqual(r.rules, [...new Set(analysis.findings.map((f) => f.ruleId))].sort());
    assert.ok(r.rules.includes('item-decision-invalid') && r.rules.includes('section-heading-format'));
  });

  it('leaves the case number empty for a letter without a header', () => {
    const analysis = analyzeText('HOW THE IMR FINAL DETERMINATION WAS MADE\n');
    assert.equal(letterRow('x.imr', analysis.letter, []).caseNumber, '');
  });
});

describe('letters report CSV', () => {
  it('quotes a field with a comma, a quote or a line break, doubling the quotes (RFC 4180)', () => {
    assert.equal(csvField('plain'), 'plain');
    assert.equal(csvField('a,b'), '"a,b"');
    assert.equal(csvField('say "no"'), '"say ""no"""');
    assert.equal(csvField('two\nlines'), '"two\nlines"');
  });

  it('keeps a spreadsheet from running a field as a formula', () => {
    assert.equal(csvField('=HYPERLINK("x")'), `"'=HYPERLINK(""x"")"`);
    assert.equal(csvField('+1'), "'+1");
    assert.equal(csvField('-1'), "'-1");
    assert.equal(csvField('@SUM(A1)'), "'@SUM(A1)");
  });

  it('writes a header and one CRLF-ended line per letter', () => {
    const csv = reportCsv([row({}), row({ file: 'folder, with comma/b.imr', rules: ['a', 'b'] })]);
    assert.equal(
      csv,
      'File,Case Number,Items,Upheld,Overturned,Errors,Warnings,Info,Hints,Rules\r\n' +
        'a.imr,CM16-0900001,2,1,1,0,1,0,0,section-heading-format\r\n' +
        '"folder, with comma/b.imr",CM16-0900001,2,1,1,0,1,0,0,a b\r\n',
    );
  });
});

describe('letters report Markdown', () => {
  it('is a table with totals, pipes escaped and no raw HTML', () => {
    const md = reportMarkdown([row({ caseNumber: 'CM|<b>x</b>' }), row({ file: 'b.imr', upheld: 2, overturned: 0 })]);
    assert.match(md, /^# Workspace letters report\n\n2 letters · 4 items \(3 upheld, 1 overturned\) · 0 errors, 2 warnings\n/);
    assert.match(md, /\| File \| Case Number \| Items \| Upheld \| Overturned \| Errors \| Warnings \| Info \| Hints \| Rules \|/);
    assert.match(md, /\| a\.imr \| CM\\\|&lt;b&gt;x&lt;\/b&gt; \| 2 \| 1 \| 1 \|/);
    assert.equal(md.trimEnd().split('\n').length, 8, 'title, totals, header, separator and one line per letter');
  });
});

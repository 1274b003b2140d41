import * as assert from 'node:assert/strict';
import { check, expectConfigurable, expectFindings, expectFixesWork, expectNone, findingsOf, fixAll, letter2014, letter2016, mutate, withEol } from './letters';

const rule = 'section-missing';

describe(`rule ${rule}`, () => {
  const noSummary = mutate(letter2016, 'CLINICAL CASE SUMMARY\n', '');
  const noHow2014 = mutate(letter2014, 'HOW THE IMR FINAL DETERMINATION WAS MADE\n', '');
  const noIssues = mutate(letter2016, 'IMR ISSUES, DECISIONS AND RATIONALES\n', '');

  it('reports a missing CLINICAL CASE SUMMARY at the line where its text begins (2016)', () => {
    expectFindings(noSummary, rule, [
      {
        range: 'The expert reviewer developed the following clinical case summary based on a review of the',
        severity: 'error',
        message: "The letter has no 'CLINICAL CASE SUMMARY' section",
      },
    ]);
  });

  it('reports a missing HOW heading at the first line of the letter (2014)', () => {
    expectFindings(noHow2014, rule, [
      {
        range: 'MAXIMUS Federal Services sent the complete case file to an expert reviewer. The expert reviewer',
        severity: 'error',
        message: "no 'HOW THE IMR FINAL DETERMINATION WAS MADE' section",
      },
    ]);
  });

  it('reports a missing IMR ISSUES heading at its opening sentence, not at the end of the letter', () => {
    expectFindings(noIssues, rule, [
      { range: 'The Final Determination was based on decisions for the disputed items/services set forth below:', severity: 'error' },
    ]);
  });

  it('points at the first item when neither heading nor opening sentence of IMR ISSUES is left', () => {
    const bare = mutate(noIssues, 'The Final Determination was based on decisions for the disputed items/services set forth below:\n', '');
    expectFindings(bare, rule, [{ range: 'Norco 10/325mg #60: Upheld', severity: 'error', message: 'and its opening sentence' }]);
    expectFixesWork(bare, rule);
  });

  it('does not fire on complete letters, in either form or line-ending', () => {
    expectNone(letter2016, rule);
    expectNone(letter2014, rule);
    expectNone(withEol(letter2016, '\r\n'), rule);
    // A heading split over two lines by PDF wrapping is still the heading.
    expectNone(mutate(letter2016, 'IMR ISSUES, DECISIONS AND RATIONALES\n', 'IMR ISSUES, DECISIONS\nAND RATIONALES\n'), rule);
  });

  it('inserts the heading so that the letter is whole again', () => {
    for (const text of [noSummary, noHow2014, noIssues]) {
      const [fixed] = expectFixesWork(text, rule);
      assert.deepEqual(findingsOf(fixed, rule), []);
      assert.deepEqual(check(fixed).findings.filter((f) => f.severity === 'error'), []);
    }
    assert.equal(fixAll(noSummary), letter2016, 'fix-all restores the heading exactly');
    assert.equal(fixAll(noIssues), letter2016);
  });

  it('keeps the document\'s line breaks in the inserted text (CRLF)', () => {
    const crlf = withEol(noSummary, '\r\n');
    assert.equal(fixAll(crlf), withEol(letter2016, '\r\n'));
  });

  it('is configurable', () => expectConfigurable(noSummary, rule));
});

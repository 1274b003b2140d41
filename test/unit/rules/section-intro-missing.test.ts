import * as assert from 'node:assert/strict';
import { expectConfigurable, expectFindings, expectFixesWork, expectNone, fixAll, letter2014, letter2016, mutate, withEol } from './letters';

const rule = 'section-intro-missing';
const summaryIntro = 'The expert reviewer developed the following clinical case summary based on a review of the\ncase file, including all medical records:\n';
const issuesIntro = 'The Final Determination was based on decisions for the disputed items/services set forth below:\n';

describe(`rule ${rule}`, () => {
  const noSummaryIntro = mutate(letter2016, summaryIntro, '');
  const noIssuesIntro2014 = mutate(letter2014, issuesIntro, '');

  it('reports CLINICAL CASE SUMMARY without its opening sentence (2016), as information', () => {
    expectFindings(noSummaryIntro, rule, [
      { range: 'CLINICAL CASE SUMMARY', severity: 'info', message: 'The expert reviewer developed the following clinical case summary' },
    ]);
  });

  it('reports IMR ISSUES without its opening sentence (2014)', () => {
    expectFindings(noIssuesIntro2014, rule, [{ range: 'IMR ISSUES, DECISIONS AND RATIONALES', severity: 'info', message: 'The Final Determination was based on decisions' }]);
  });

  it('does not fire when the sentence is there, however it is wrapped or spaced', () => {
    expectNone(letter2016, rule);
    expectNone(letter2014, rule);
    expectNone(mutate(letter2016, summaryIntro, 'The expert reviewer developed the following clinical\ncase summary based on a review of the case  file, including all medical records:\n'), rule);
    // Some letters end the sentence differently: the first words identify it.
    expectNone(mutate(letter2014, issuesIntro, 'The Final Determination was based on decisions for the disputed items/services set forth\nbelow.\n'), rule);
  });

  it('inserts the sentence under the heading (a safe fix)', () => {
    expectFixesWork(noSummaryIntro, rule);
    const fixed = fixAll(noSummaryIntro);
    assert.ok(fixed.includes('CLINICAL CASE SUMMARY\nThe expert reviewer developed the following clinical case summary based on a review of the case file, including all medical records:\n'));
    expectNone(fixed, rule);
    expectNone(fixAll(withEol(noIssuesIntro2014, '\r\n')), rule);
    assert.ok(fixAll(withEol(noIssuesIntro2014, '\r\n')).includes(`RATIONALES\r\n${issuesIntro.trim()}\r\n`));
  });

  it('is configurable', () => expectConfigurable(noIssuesIntro2014, rule));
});

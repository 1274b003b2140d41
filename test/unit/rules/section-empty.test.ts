import * as assert from 'node:assert/strict';
import { cutLines, expectConfigurable, expectFindings, expectNone, findingsOf, letter2014, letter2016 } from './letters';

const rule = 'section-empty';

describe(`rule ${rule}`, () => {
  const emptySummary = cutLines(letter2016, 'The expert reviewer developed', 'IMR ISSUES,');
  const emptyHow2014 = cutLines(letter2014, 'MAXIMUS Federal Services', 'CLINICAL CASE SUMMARY');

  it('reports an empty CLINICAL CASE SUMMARY (2016)', () => {
    expectFindings(emptySummary, rule, [{ range: 'CLINICAL CASE SUMMARY', severity: 'error', message: "The 'CLINICAL CASE SUMMARY' section is empty" }]);
  });

  it('reports an empty HOW section (2014), blank lines not counting as content', () => {
    expectFindings(emptyHow2014, rule, [{ range: 'HOW THE IMR FINAL DETERMINATION WAS MADE', severity: 'error' }]);
  });

  it('reports an empty last section', () => {
    const text = `${letter2014.slice(0, letter2014.indexOf('The Final Determination'))}\n\n`;
    expectFindings(text, rule, [{ range: 'IMR ISSUES, DECISIONS AND RATIONALES', severity: 'error' }]);
  });

  it('does not fire on sections with content', () => {
    expectNone(letter2016, rule);
    expectNone(letter2014, rule);
  });

  it('offers no fix: only the author can write the content', () => {
    assert.ok(findingsOf(emptySummary, rule).every((f) => !f.fixes || f.fixes.length === 0));
  });

  it('is configurable', () => expectConfigurable(emptySummary, rule));
});

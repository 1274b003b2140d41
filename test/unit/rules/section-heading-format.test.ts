import * as assert from 'node:assert/strict';
import { expectConfigurable, expectFindings, expectFixesWork, expectNone, fixAll, letter2014, letter2016, mutate } from './letters';

const rule = 'section-heading-format';

describe(`rule ${rule}`, () => {
  const lowerCase = mutate(letter2016, 'CLINICAL CASE SUMMARY\n', 'Clinical Case Summary\n');
  const typo2014 = mutate(letter2014, 'CLINICAL CASE SUMMARY\n', 'CLINCAL CASE SUMMARY\n');
  const variant = mutate(letter2016, 'IMR ISSUES, DECISIONS AND RATIONALES\n', 'DECISION AND RATIONALE\n');
  const splitTypo = mutate(letter2014, 'IMR ISSUES, DECISIONS AND RATIONALES\n', 'IMR ISSUES, DECISONS\nAND RATIONALES\n');

  it('reports a heading in the wrong case (2016)', () => {
    expectFindings(lowerCase, rule, [{ range: 'Clinical Case Summary', severity: 'warning', message: "Write this heading exactly as 'CLINICAL CASE SUMMARY'" }]);
  });

  it('reports a typo in a heading (2014)', () => {
    expectFindings(typo2014, rule, [{ range: 'CLINCAL CASE SUMMARY', severity: 'warning' }]);
  });

  it('reports another template\'s wording ("DECISION AND RATIONALE")', () => {
    expectFindings(variant, rule, [{ range: 'DECISION AND RATIONALE', severity: 'warning', message: 'IMR ISSUES, DECISIONS AND RATIONALES' }]);
  });

  it('reports a typo in a heading split over two lines, over both lines', () => {
    expectFindings(splitTypo, rule, [{ range: 'IMR ISSUES, DECISONS\nAND RATIONALES', severity: 'warning' }]);
  });

  it('does not fire on exact headings, nor on an exact heading split by wrapping', () => {
    expectNone(letter2016, rule);
    expectNone(letter2014, rule);
    expectNone(mutate(letter2016, 'IMR ISSUES, DECISIONS AND RATIONALES\n', 'IMR ISSUES, DECISIONS AND\nRATIONALES\n'), rule);
  });

  it('fixes each heading to its canonical text (a safe fix, applied by fix-all)', () => {
    for (const text of [lowerCase, variant]) expectFixesWork(text, rule);
    assert.equal(fixAll(lowerCase), letter2016);
    assert.equal(fixAll(typo2014), letter2014);
    assert.equal(fixAll(variant), letter2016);
    assert.equal(fixAll(splitTypo), letter2014);
  });

  it('is configurable', () => expectConfigurable(lowerCase, rule));
});

import * as assert from 'node:assert/strict';
import { expectConfigurable, expectFindings, expectNone, letter2014, letter2016, mutate } from './letters';

const rule = 'section-duplicate';

describe(`rule ${rule}`, () => {
  const twice2016 = mutate(letter2016, 'IMR ISSUES, DECISIONS AND RATIONALES\n', 'CLINICAL CASE SUMMARY\nMore history.\nIMR ISSUES, DECISIONS AND RATIONALES\n');
  const twice2014 = `${letter2014}IMR ISSUES, DECISIONS AND RATIONALES\nA second copy of the section.\n`;

  it('reports the second CLINICAL CASE SUMMARY and relates it to the first (2016)', () => {
    const [f] = expectFindings(twice2016, rule, [{ range: 'CLINICAL CASE SUMMARY', severity: 'error', message: "'CLINICAL CASE SUMMARY' appears a second time" }]);
    assert.ok(f.start > twice2016.indexOf('CLINICAL CASE SUMMARY'), 'the second heading is the one reported');
    assert.equal(f.related![0].start, twice2016.indexOf('CLINICAL CASE SUMMARY'));
  });

  it('reports a second IMR ISSUES heading (2014)', () => {
    const [f] = expectFindings(twice2014, rule, [{ range: 'IMR ISSUES, DECISIONS AND RATIONALES', severity: 'error' }]);
    assert.equal(f.start, twice2014.lastIndexOf('IMR ISSUES'));
  });

  it('does not fire when each heading appears once, or when a heading\'s words appear inside a sentence', () => {
    expectNone(letter2016, rule);
    expectNone(mutate(letter2014, 'reports neck pain', 'reports, per the clinical case summary of the PTP, neck pain'), rule);
  });

  it('is configurable', () => expectConfigurable(twice2014, rule));
});

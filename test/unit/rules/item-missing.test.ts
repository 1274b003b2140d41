import * as assert from 'node:assert/strict';
import { expectConfigurable, expectFindings, expectNone, findingsOf, letter2014, letter2016 } from './letters';

const rule = 'item-missing';

describe(`rule ${rule}`, () => {
  const noItems2016 = letter2016.slice(0, letter2016.indexOf('Norco 10/325mg #60: Upheld'));
  const noItems2014 = `${letter2014.slice(0, letter2014.indexOf('60 Soma 350mg:'))}The requests are discussed in the attached notes.\n`;

  it('reports IMR ISSUES holding only its opening sentence (2016)', () => {
    expectFindings(noItems2016, rule, [{ range: 'IMR ISSUES, DECISIONS AND RATIONALES', severity: 'error', message: 'IMR ISSUES has no disputed item' }]);
  });

  it('reports IMR ISSUES holding prose but no item (2014)', () => {
    expectFindings(noItems2014, rule, [{ range: 'IMR ISSUES, DECISIONS AND RATIONALES', severity: 'error' }]);
  });

  it('does not fire on letters with items, nor on an empty section (that is section-empty)', () => {
    expectNone(letter2016, rule);
    expectNone(letter2014, rule);
    const empty = letter2016.slice(0, letter2016.indexOf('The Final Determination'));
    expectNone(empty, rule);
    assert.equal(findingsOf(empty, 'section-empty').length, 1);
  });

  it('is configurable', () => expectConfigurable(noItems2016, rule));
});

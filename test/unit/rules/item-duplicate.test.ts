import * as assert from 'node:assert/strict';
import { expectConfigurable, expectFindings, expectNone, letter2014, letter2016, mutate } from './letters';

const rule = 'item-duplicate';

describe(`rule ${rule}`, () => {
  const sameInCaps2014 = mutate(letter2014, 'Ambien 10mg #30:  Upheld', '60 SOMA 350MG:  Upheld');
  const sameSpacing2016 = mutate(
    letter2016,
    'Physical therapy 2 times a week for 4 weeks lumbar spine: Overturned',
    'Norco  10/325mg\n#60: Overturned',
  );

  it('reports the second of two items that differ only in case (2014), relating the first', () => {
    const [f] = expectFindings(sameInCaps2014, rule, [{ range: '60 SOMA 350MG', severity: 'warning', message: "'60 SOMA 350MG' is decided twice" }]);
    assert.equal(sameInCaps2014.slice(f.related![0].start, f.related![0].end), '60 Soma 350mg');
  });

  it('reports items that differ only in spacing and wrapping (2016)', () => {
    expectFindings(sameSpacing2016, rule, [{ range: 'Norco  10/325mg\n#60', severity: 'warning' }]);
  });

  it('does not fire on different items, nor on the same drug in another strength', () => {
    expectNone(letter2016, rule);
    expectNone(letter2014, rule);
    expectNone(mutate(letter2014, 'Ambien 10mg #30:  Upheld', 'Soma 250mg:  Upheld'), rule);
  });

  it('is configurable', () => expectConfigurable(sameInCaps2014, rule));
});

import * as assert from 'node:assert/strict';
import { expectConfigurable, expectFindings, expectNone, letter2014, letter2016, mutate } from './letters';

const rule = 'item-rationale-mismatch';

describe(`rule ${rule}`, () => {
  const otherQuantity = mutate(letter2016, 'The request is for Norco 10/325mg #60.', 'The request is for Norco 10/325mg #90.');
  const otherStrength2014 = mutate(letter2014, 'The current request is for 60 Soma 350mg.', 'The current request is for Soma 250mg #60.');

  it('reports the rationale stating another quantity (2016), relating the heading', () => {
    const [f] = expectFindings(otherQuantity, rule, [{ range: 'Norco 10/325mg #90', severity: 'warning', message: 'quantity #90 (the heading has #60)' }]);
    assert.equal(otherQuantity.slice(f.related![0].start, f.related![0].end), 'Norco 10/325mg #60');
  });

  it('reports the rationale stating another strength (2014)', () => {
    expectFindings(otherStrength2014, rule, [{ range: 'Soma 250mg #60', severity: 'warning', message: 'strength 250mg (the heading has 350mg)' }]);
  });

  it('ignores other doses the rationale quotes outside the sentence stating the request', () => {
    expectNone(letter2016, rule);
    expectNone(letter2014, rule);
    expectNone(
      mutate(letter2016, 'The records show no functional', 'Previously Norco 5/325mg #120 was taken. The records show no functional'),
      rule,
    );
  });

  it('is configurable', () => expectConfigurable(otherQuantity, rule));
});

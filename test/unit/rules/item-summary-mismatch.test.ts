import * as assert from 'node:assert/strict';
import { expectConfigurable, expectFindings, expectNone, letter2014, letter2016, mutate } from './letters';

const rule = 'item-summary-mismatch';

describe(`rule ${rule}`, () => {
  const otherDrug = mutate(letter2016, 'Norco 10/325mg #60: Upheld', 'Percocet 10/325mg #60: Upheld');
  const otherStrength2014 = mutate(letter2014, 'Ambien 10mg #30:  Upheld', 'Ambien 5mg #30:  Upheld');

  it('reports an item the summary does not name, and the request left without an item (2016)', () => {
    const found = expectFindings(otherDrug, rule, [
      { range: 'Norco 10/325mg #60', severity: 'warning', message: "The case summary names 'Norco 10/325mg #60', but no item decides it" },
      { range: 'Percocet 10/325mg #60', severity: 'warning', message: "'Percocet 10/325mg #60' is not among the requests the case summary names" },
    ]);
    assert.ok(found[1].related!.some((r) => otherDrug.slice(r.start, r.end) === 'Norco 10/325mg #60'));
  });

  it('compares strength: Ambien 5mg is not the Ambien 10mg the summary names (2014)', () => {
    expectFindings(otherStrength2014, rule, [
      { range: 'Ambien 10mg #30', severity: 'warning', message: 'no item decides it' },
      { range: 'Ambien 5mg #30', severity: 'warning', message: 'is not among the requests' },
    ]);
  });

  it('accepts a quantity written first ("60 Soma 350mg" for "Soma 350mg #60"), ALL CAPS, and another quantity', () => {
    expectNone(letter2014, rule);
    expectNone(letter2016, rule);
    expectNone(mutate(letter2014, 'Ambien 10mg #30:  Upheld', 'AMBIEN 10MG #30:  Upheld'), rule);
    // A partial approval leaves a smaller quantity in dispute.
    expectNone(mutate(letter2016, 'Norco 10/325mg #60: Upheld', 'Norco 10/325mg #45: Upheld').replace('request is for Norco 10/325mg #60', 'request is for Norco 10/325mg #45'), rule);
  });

  it('stays silent when the summary names no requests', () => {
    const noRequests = mutate(otherDrug, 'Request(s) under consideration include Norco 10/325mg #60 and Physical\ntherapy 2 times a week for 4 weeks lumbar spine. On 10/20/2016, utilization review non-certified\nboth requests.', 'He walks with a cane.');
    expectNone(noRequests, rule);
  });

  it('is configurable', () => expectConfigurable(otherDrug, rule));
});

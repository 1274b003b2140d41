import * as assert from 'node:assert/strict';
import { expectConfigurable, expectFindings, expectNone, letter2014, letter2016, mutate } from './letters';

const rule = 'item-field-duplicate';

describe(`rule ${rule}`, () => {
  const claims = 'Claims Administrator guideline: Decision based on MTUS Opioid Treatment 2016.\n';
  const twiceClaims = mutate(letter2016, claims, claims + claims);
  const maximus2014 = 'MAXIMUS guideline: The Expert Reviewer did not base their decision on the MTUS. Decision based\non Non-MTUS Citation ODG, Pain Chapter, Zolpidem (Ambien).\n';
  const twiceMaximus2014 = mutate(letter2014, maximus2014, `${maximus2014}\nMAXIMUS guideline: Decision based on Non-MTUS Citation ODG, Pain Chapter, Insomnia treatment.\n`);

  it('reports a second Claims Administrator guideline in one item (2016), relating the first', () => {
    const [f] = expectFindings(twiceClaims, rule, [{ range: 'Claims Administrator guideline:', severity: 'error', message: "appears twice in the item 'Norco 10/325mg #60'" }]);
    assert.equal(f.start, twiceClaims.indexOf('Claims Administrator guideline:', twiceClaims.indexOf('Claims Administrator guideline:') + 1));
    assert.equal(f.related![0].start, twiceClaims.indexOf('Claims Administrator guideline:'));
  });

  it('reports a second MAXIMUS guideline (2014)', () => {
    expectFindings(twiceMaximus2014, rule, [{ range: 'MAXIMUS guideline:', severity: 'error', message: "in the item 'Ambien 10mg #30'" }]);
  });

  it('does not take the next item\'s fields for duplicates', () => {
    expectNone(letter2016, rule);
    expectNone(letter2014, rule);
  });

  it('is configurable', () => expectConfigurable(twiceClaims, rule));
});

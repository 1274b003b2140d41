import * as assert from 'node:assert/strict';
import { expectConfigurable, expectFindings, expectNone, findingsOf, letter2014, letter2016, mutate } from './letters';

const rule = 'item-field-order';

describe(`rule ${rule}`, () => {
  const claims = 'Claims Administrator guideline: Decision based on MTUS Chronic Pain Medical Treatment 2016.\n';
  const maximus = 'MAXIMUS guideline: Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s):\nPhysical medicine treatment.\n';
  const swapped = mutate(letter2016, claims + maximus, maximus + claims);
  const rationaleFirst2014 = mutate(
    letter2014,
    'Decision rationale: The current request is for 60 Soma 350mg. The guidelines do not recommend\ncarisoprodol for longer than a 2 to 3 week period. The current request is not medically\nnecessary and the recommendation is for denial.\n\n',
    '',
  ).replace(
    '60 Soma 350mg:  Upheld\n\n',
    '60 Soma 350mg:  Upheld\n\nDecision rationale: The current request is for 60 Soma 350mg. It is not medically necessary.\n\n',
  );

  it('reports Claims Administrator guideline after MAXIMUS guideline (2016), relating the earlier label', () => {
    const [f] = expectFindings(swapped, rule, [{ range: 'Claims Administrator guideline:', severity: 'warning', message: "'Claims Administrator guideline:' must come before 'MAXIMUS guideline:'" }]);
    assert.equal(swapped.slice(f.related![0].start, f.related![0].end), 'MAXIMUS guideline:');
  });

  it('reports a rationale written first (2014), once per item', () => {
    expectFindings(rationaleFirst2014, rule, [{ range: 'Claims Administrator guideline:', severity: 'warning', message: "must come before 'Decision rationale:'" }]);
  });

  it('does not fire on fields in order', () => {
    expectNone(letter2016, rule);
    expectNone(letter2014, rule);
  });

  it('offers no automatic fix', () => {
    assert.ok(findingsOf(swapped, rule).every((f) => !f.fixes || f.fixes.length === 0));
  });

  it('is configurable', () => expectConfigurable(swapped, rule));
});

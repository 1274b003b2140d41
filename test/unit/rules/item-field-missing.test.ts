import * as assert from 'node:assert/strict';
import { expectConfigurable, expectFindings, expectFixesWork, expectNone, findingsOf, letter2014, letter2016, mutate } from './letters';

const rule = 'item-field-missing';

describe(`rule ${rule}`, () => {
  const noMaximus = mutate(
    letter2016,
    'MAXIMUS guideline: Decision based on MTUS Opioid Treatment 2016, Section(s): 3.3.9 Opioids for\nChronic Pain and Chronic Opioid Treatment: Maintenance of Chronic Opioid Treatment.\n',
    '',
  );
  const noClaims2014 = mutate(letter2014, 'Claims Administrator guideline: Decision based on MTUS Chronic Pain Treatment Guidelines\nCarisoprodol (Soma) Page(s): 29.\n\n', '');
  const noRationale = mutate(letter2016, 'Decision rationale: The guidelines support a short course of therapy for a flare of low back\npain. Therefore, the request is medically necessary.\n', '');

  it('reports a missing MAXIMUS guideline on the item heading (2016)', () => {
    expectFindings(noMaximus, rule, [{ range: 'Norco 10/325mg #60: Upheld', severity: 'error', message: "has no 'MAXIMUS guideline:' field" }]);
  });

  it('reports a missing Claims Administrator guideline (2014)', () => {
    expectFindings(noClaims2014, rule, [{ range: '60 Soma 350mg:  Upheld', severity: 'error', message: "has no 'Claims Administrator guideline:' field" }]);
  });

  it('reports a missing Decision rationale of the last item', () => {
    expectFindings(noRationale, rule, [
      { range: 'Physical therapy 2 times a week for 4 weeks lumbar spine: Overturned', severity: 'error', message: 'with the reasons for the decision' },
    ]);
  });

  // The inserted guideline field is empty until the author fills it in: citation-missing says so.
  const filledLater = ['citation-missing'];

  it('inserts the label in its place (not a safe fix: the content is the author\'s)', () => {
    for (const text of [noMaximus, noClaims2014, noRationale]) {
      const [fixed] = expectFixesWork(text, rule, filledLater);
      expectNone(fixed, rule);
      assert.ok(findingsOf(text, rule).every((f) => f.fixes!.every((x) => !x.safe)));
    }
    const [fixed] = expectFixesWork(noMaximus, rule, filledLater);
    assert.ok(fixed.includes('Opioid Treatment 2016.\nMAXIMUS guideline: \nDecision rationale:'));
    const [fixed2014] = expectFixesWork(noClaims2014, rule, filledLater);
    assert.ok(fixed2014.includes('Upheld\n\nClaims Administrator guideline: \nMAXIMUS guideline:'));
  });

  it('does not fire on complete items', () => {
    expectNone(letter2016, rule);
    expectNone(letter2014, rule);
  });

  it('is configurable', () => expectConfigurable(noMaximus, rule));
});

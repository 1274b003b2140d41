import * as assert from 'node:assert/strict';
import { expectConfigurable, expectFindings, expectFixesWork, expectNone, findingsOf, letter2014, letter2016, mutate } from './letters';

const rule = 'decision-conflict';

const taper =
  'This decision addresses the medical necessity of opioids for this request only and should\nnot be interpreted as a recommendation to stop long-term opioids abruptly.';

describe(`rule ${rule}`, () => {
  const overturnedButNot = mutate(letter2016, 'Norco 10/325mg #60: Upheld', 'Norco 10/325mg #60: Overturned');
  const upheldButNecessary = mutate(letter2016, 'lumbar spine: Overturned', 'lumbar spine: Upheld');
  const overturned2014 = mutate(letter2014, 'Ambien 10mg #30:  Upheld', 'Ambien 10mg #30:  Overturned');

  it('reports an Overturned heading over a "not medically necessary" conclusion (2016), relating the sentence', () => {
    const [f] = expectFindings(overturnedButNot, rule, [
      { range: 'Overturned', severity: 'error', message: "The item is 'Overturned' but its rationale concludes the request is not medically necessary, which means 'Upheld'" },
    ]);
    assert.equal(overturnedButNot.slice(f.related![0].start, f.related![0].end), 'Therefore, the request is not medically necessary.');
  });

  it('reports an Upheld heading over a "medically necessary" conclusion', () => {
    expectFindings(upheldButNecessary, rule, [{ range: 'Upheld', severity: 'error', message: "which means 'Overturned'" }]);
  });

  it('reports the 2014 form ("is not medically necessary" with no "Therefore")', () => {
    expectFindings(overturned2014, rule, [{ range: 'Overturned', severity: 'error' }]);
  });

  it('finds the conclusion before a taper advisory that follows it', () => {
    const withTaper = mutate(overturnedButNot, 'the request is not medically necessary.', `the request is not medically necessary. ${taper}`);
    expectFindings(withTaper, rule, [{ range: 'Overturned', severity: 'error' }]);
    expectNone(mutate(letter2016, 'the request is not medically necessary.', `the request is not medically necessary. ${taper}`), rule);
  });

  it('does not fire when the decision and the conclusion agree', () => {
    expectNone(letter2016, rule);
    expectNone(letter2014, rule);
  });

  it('changes the decision to match the conclusion (a fix that asks: the reviewer may mean the other)', () => {
    for (const text of [overturnedButNot, overturned2014]) {
      const [fixed] = expectFixesWork(text, rule);
      assert.equal(fixed, text === overturnedButNot ? letter2016 : letter2014);
    }
    assert.ok(findingsOf(overturnedButNot, rule)[0].fixes!.every((f) => !f.safe));
  });

  it('is configurable', () => expectConfigurable(overturnedButNot, rule));
});

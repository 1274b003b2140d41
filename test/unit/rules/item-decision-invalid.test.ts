import * as assert from 'node:assert/strict';
import { expectConfigurable, expectFindings, expectFixesWork, expectNone, findingsOf, fixAll, letter2014, letter2016, mutate } from './letters';

const rule = 'item-decision-invalid';

describe(`rule ${rule}`, () => {
  const uphold = mutate(letter2016, 'Norco 10/325mg #60: Upheld', 'Norco 10/325mg #60: Uphold');
  const denied2014 = mutate(letter2014, 'Ambien 10mg #30:  Upheld', 'Ambien 10mg #30:  Denied');
  const partial = mutate(letter2016, 'lumbar spine: Overturned', 'lumbar spine: Partially Overturned');
  const wrappedOverturn = mutate(letter2016, 'lumbar spine: Overturned', 'lumbar spine:\nOverturn');

  it("reports 'Uphold' with the message naming the way out (2016)", () => {
    expectFindings(uphold, rule, [{ range: 'Uphold', severity: 'error', message: "'Uphold' is not an item decision; use 'Upheld'" }]);
  });

  it("reports 'Denied' (2014) and asks for Upheld or Overturned", () => {
    expectFindings(denied2014, rule, [{ range: 'Denied', severity: 'error', message: "'Denied' is not an item decision; use 'Upheld' or 'Overturned'" }]);
  });

  it("reports 'Partially Overturned', a case outcome, not an item decision", () => {
    expectFindings(partial, rule, [{ range: 'Partially Overturned', severity: 'error' }]);
  });

  it('reports a wrong word wrapped onto its own line', () => {
    expectFindings(wrappedOverturn, rule, [{ range: 'Overturn', severity: 'error', message: "use 'Overturned'" }]);
  });

  it('fixes the unambiguous words safely (fix-all), and offers both decisions for the others', () => {
    assert.equal(fixAll(uphold), letter2016);
    assert.equal(fixAll(wrappedOverturn), mutate(letter2016, 'lumbar spine: Overturned', 'lumbar spine:\nOverturned'));
    const [denied] = findingsOf(denied2014, rule);
    assert.deepEqual(denied.fixes!.map((f) => [f.title, f.safe, f.preferred]), [
      ["Change to 'Upheld'", false, true],
      ["Change to 'Overturned'", false, false],
    ]);
    assert.equal(fixAll(denied2014), denied2014, 'an ambiguous word is never changed without asking');
    for (const text of [uphold, denied2014, partial, wrappedOverturn]) expectFixesWork(text, rule);
  });

  it('leaves a «…» decision still to be chosen to the placeholder rule, and item-decision-missing stays quiet too', () => {
    const choice = mutate(letter2016, 'Norco 10/325mg #60: Upheld', 'Norco 10/325mg #60: «Upheld/Overturned»');
    expectNone(choice, rule);
    expectNone(choice, 'item-decision-missing');
    assert.equal(findingsOf(choice, 'placeholder').length, 1);
  });

  it('does not fire on Upheld and Overturned', () => {
    expectNone(letter2016, rule);
    expectNone(letter2014, rule);
  });

  it('is configurable', () => expectConfigurable(uphold, rule));
});

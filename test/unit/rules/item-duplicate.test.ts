import * as assert from 'node:assert/strict';
import { check, expectConfigurable, expectFindings, expectNone, letter2014, letter2016, mutate } from './letters';

const rule = 'item-duplicate';

describe(`rule ${rule}`, () => {
  const sameInCaps2014 = mutate(letter2014, 'Ambien 10mg #30:  Upheld', '60 SOMA 350MG:  Upheld');
  const sameSpacing2016 = mutate(
    letter2016,
    'Physical therapy 2 times a week for 4 weeks lumbar spine: Overturned',
    'Norco  10/325mg\n#60: Upheld',
  );
  const decidedBothWays = mutate(letter2016, 'Physical therapy 2 times a week for 4 weeks lumbar spine: Overturned', 'Hydrocodone/APAP 10/325mg #60: Overturned');

  it('reports the second of two items that differ only in case (2014), relating the first', () => {
    const [f] = expectFindings(sameInCaps2014, rule, [{ range: '60 SOMA 350MG', severity: 'warning', message: "'60 SOMA 350MG' is decided twice" }]);
    assert.equal(sameInCaps2014.slice(f.related![0].start, f.related![0].end), '60 Soma 350mg');
  });

  it('reports items that differ only in spacing and wrapping (2016)', () => {
    expectFindings(sameSpacing2016, rule, [{ range: 'Norco  10/325mg\n#60', severity: 'warning' }]);
  });

  it('is an error when the same item is decided differently (a brand and its generic name)', () => {
    expectFindings(decidedBothWays, rule, [{ range: 'Hydrocodone/APAP 10/325mg #60', severity: 'error', message: 'decided twice, Upheld and then Overturned' }]);
  });

  it('keeps the severity the settings give it, whatever the decisions', () => {
    for (const severity of ['warning', 'info', 'hint'] as const) {
      const found = check(decidedBothWays, { rules: { [rule]: severity }, profile: 'auto' }).findings.filter((f) => f.ruleId === rule);
      assert.deepEqual(found.map((f) => f.severity), [severity]);
    }
  });

  it('compares compounded products by every agent: two creams sharing one agent are different items', () => {
    const cream = (a: string, b: string) =>
      mutate(mutate(letter2016, 'Norco 10/325mg #60: Upheld', `${a}: Upheld`), 'Physical therapy 2 times a week for 4 weeks lumbar spine: Overturned', `${b}: Upheld`);
    expectNone(cream('Flurbiprofen 20%/Lidocaine 5% cream 180gm', 'Flurbiprofen 20%/Cyclobenzaprine 4% cream 180gm'), rule);
    expectNone(cream('Flurbiprofen 20%/Lidocaine 5% cream 180gm', 'Flurbiprofen 10%/Lidocaine 5% cream 180gm'), rule);
    expectFindings(cream('Flurbiprofen 20%/Lidocaine 5% cream 180gm', 'Lidocaine 5%/Flurbiprofen 20% cream 180gm'), rule, [
      { range: 'Lidocaine 5%/Flurbiprofen 20% cream 180gm', severity: 'warning' },
    ]);
  });

  it('does not fire on different items, nor on the same drug in another strength', () => {
    expectNone(letter2016, rule);
    expectNone(letter2014, rule);
    expectNone(mutate(letter2014, 'Ambien 10mg #30:  Upheld', 'Soma 250mg:  Upheld'), rule);
  });

  it('is configurable', () => expectConfigurable(sameInCaps2014, rule));
});

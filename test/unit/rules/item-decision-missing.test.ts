import * as assert from 'node:assert/strict';
import { applyFix, expectConfigurable, expectFindings, expectFixesWork, expectNone, findingsOf, letter2014, letter2016, mutate } from './letters';

const rule = 'item-decision-missing';

describe(`rule ${rule}`, () => {
  const noDecision = mutate(letter2016, 'Norco 10/325mg #60: Upheld', 'Norco 10/325mg #60');
  const colonOnly2014 = mutate(letter2014, 'Ambien 10mg #30:  Upheld', 'Ambien 10mg #30:');
  const overturnedNoDecision = mutate(letter2016, 'lumbar spine: Overturned', 'lumbar spine');

  it('reports a heading with no decision, on the heading (2016)', () => {
    expectFindings(noDecision, rule, [{ range: 'Norco 10/325mg #60', severity: 'error', message: "The item 'Norco 10/325mg #60' has no decision" }]);
  });

  it('reports a heading ending in a colon with nothing after it (2014)', () => {
    expectFindings(colonOnly2014, rule, [{ range: 'Ambien 10mg #30:', severity: 'error', message: "': Upheld' or ': Overturned'" }]);
  });

  it('prefers the decision the rationale concludes', () => {
    const [upheld] = findingsOf(noDecision, rule);
    assert.equal(upheld.fixes!.find((f) => f.preferred)!.title, "Add ': Upheld'");
    const [overturned] = findingsOf(overturnedNoDecision, rule);
    assert.equal(overturned.fixes!.find((f) => f.preferred)!.title, "Add ': Overturned'");
  });

  it('adds the decision; the preferred fix restores the letter', () => {
    expectFixesWork(noDecision, rule);
    expectFixesWork(colonOnly2014, rule);
    const [f] = findingsOf(noDecision, rule);
    assert.equal(applyFix(noDecision, f.fixes!.find((x) => x.preferred)!), letter2016);
    const [g] = findingsOf(colonOnly2014, rule);
    assert.equal(applyFix(colonOnly2014, g.fixes!.find((x) => x.preferred)!), mutate(letter2014, 'Ambien 10mg #30:  Upheld', 'Ambien 10mg #30: Upheld'));
    assert.ok(f.fixes!.every((x) => !x.safe), 'the decision is the reviewer\'s: never applied without asking');
  });

  it('does not fire when the decision is present, or wrapped onto its own line', () => {
    expectNone(letter2016, rule);
    expectNone(letter2014, rule);
    expectNone(mutate(letter2016, 'lumbar spine: Overturned', 'lumbar spine:\nOverturned'), rule);
  });

  describe('a heading begun and left, right before the next heading', () => {
    const begun = (heading: string) => mutate(letter2016, 'Physical therapy 2 times a week for 4 weeks lumbar spine: Overturned', `${heading}\nPhysical therapy 2 times a week for 4 weeks lumbar spine: Overturned`);

    it('reports it on its heading, with its fields, and the next item keeps its own', () => {
      const text = begun('Postoperative occupational therapy 8 sessions:');
      expectFindings(text, rule, [{ range: 'Postoperative occupational therapy 8 sessions:', severity: 'error', message: "The item 'Postoperative occupational therapy 8 sessions' has no decision" }]);
      assert.equal(findingsOf(text, 'item-field-missing').length, 3);
      assert.ok(findingsOf(text, 'item-field-missing').every((f) => text.slice(f.start, f.end).startsWith('Postoperative')));
    });

    it('puts the decision in place of a dash or a blank left for it', () => {
      for (const [written, fixed] of [
        ['Tramadol 50mg #60 -', 'Tramadol 50mg #60: Upheld'],
        ['Home health aide 4 hours a day: [decision]', 'Home health aide 4 hours a day: Upheld'],
        ['Item 3: ___', 'Item 3: Upheld'],
        ['Item 3:', 'Item 3: Upheld'],
      ]) {
        const text = begun(written);
        const [f] = findingsOf(text, rule);
        assert.ok(f, written);
        const upheld = f.fixes!.find((x) => x.title === "Add ': Upheld'")!;
        assert.equal(applyFix(text, upheld), begun(fixed), written);
      }
    });

    it('stays silent on a rationale sentence that introduces a quotation', () => {
      expectNone(mutate(letter2016, 'pain. Therefore, the request is medically necessary.', 'pain. The guidelines state:\n"Active therapy is recommended."\nTherefore, the request is medically necessary.'), rule);
      expectNone(mutate(letter2016, 'improvement on opioids. Therefore,', 'improvement on opioids. Therefore,\nthe guidelines state:'), rule);
      expectNone(begun('The MTUS recommends the following:'), rule);
      expectNone(begun('According to the ODG:'), rule);
    });
  });

  it('is configurable', () => expectConfigurable(noDecision, rule));
});

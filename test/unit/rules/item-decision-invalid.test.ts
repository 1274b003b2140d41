import * as assert from 'node:assert/strict';
import { expectConfigurable, expectFindings, expectFixesWork, expectNone, findingsOf, fixAll, letter2014, letter2016, mutate } from './letters';

const rule = 'item-decision-invalid';

describe(`rule ${rule}`, () => {
  const uphold = mutate(letter2016, 'Norco 10/325mg #60: Upheld', 'Norco 10/325mg #60: Uphold');
  const denied2014 = mutate(letter2014, 'Ambien 10mg #30:  Upheld', 'Ambien 10mg #30:  Denied');
  const partial = mutate(letter2016, 'lumbar spine: Overturned', 'lumbar spine: Partially Overturned');
  const wrappedOverturn = mutate(letter2016, 'lumbar spine: Overturned', 'lumbar spine:\nOverturn');

  it("reports 'Uphold' with the message naming the way out (2016)", () => {
    expectFindings(uphold, rule, [{ range: 'Uphold', severity: 'error', message: '"Uphold" is not an item decision: write Upheld.' }]);
  });

  it("reports 'Denied' (2014) and asks for Upheld or Overturned", () => {
    expectFindings(denied2014, rule, [{ range: 'Denied', severity: 'error', message: '"Denied" is not an item decision (that is utilization review\'s word): write Upheld or Overturned.' }]);
  });

  it("reports 'Partially Overturned', a case outcome, not an item decision", () => {
    expectFindings(partial, rule, [{ range: 'Partially Overturned', severity: 'error' }]);
  });

  it('reports a wrong word wrapped onto its own line', () => {
    expectFindings(wrappedOverturn, rule, [{ range: 'Overturn', severity: 'error', message: 'write Overturned.' }]);
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

  describe('names what was written, never "has no decision"', () => {
    const onNorco = (word: string) => mutate(letter2016, 'Norco 10/325mg #60: Upheld', `Norco 10/325mg #60: ${word}`);
    const spelling: [string, string][] = [
      ['Uphled', 'Upheld'], ['Upheld.', 'Upheld'], ['upheld', 'Upheld'], ['UPHELD', 'Upheld'], ['upheld.', 'Upheld'], ['Upehld', 'Upheld'],
      ['Overturend', 'Overturned'], ['Overtured', 'Overturned'], ['overturned', 'Overturned'], ['Overturned.', 'Overturned'], ['Ovreturned', 'Overturned'],
      ['Overturns', 'Overturned'], ['Upholds', 'Upheld'],
    ];
    for (const [word, intended] of spelling) {
      it(`"${word}" is a slip for ${intended}, fixed safely`, () => {
        const text = onNorco(word);
        const [f] = expectFindings(text, rule, [{ range: word, severity: 'error', message: `"${word}" is not an item decision: write ${intended}.` }]);
        assert.deepEqual(f.fixes!.map((x) => [x.title, x.safe]), [[`Change to '${intended}'`, true]]);
        assert.equal(fixAll(text), onNorco(intended));
        expectNone(text, 'item-decision-missing');
      });
    }

    it('reads a hidden character pasted inside the word as the word itself: nothing to report', () => {
      // Soft hyphens and zero-width characters are invisible in the published letter; the parser reads through them.
      for (const word of ['Up\u00adheld', 'Over\u200bturned', 'Uph\u2060eld']) {
        const text = onNorco(word);
        expectNone(text, rule);
        expectNone(text, 'item-decision-missing');
      }
    });

    const partial = ['Upheld in part', 'Partially overturned', 'Partially upheld', 'Overturned in part', 'Partially certified', 'Modified', 'Partial overturn',
      'Upheld (partial)', 'Modified to #30', 'Overturned - in part'];
    for (const word of partial) {
      it(`"${word}" is a partial decision: both decisions offered, the conclusion's first, none applied without asking`, () => {
        const text = onNorco(word);
        const [f] = expectFindings(text, rule, [{ range: word, severity: 'error', message: `"${word}" is not an item decision (an item is decided whole` }]);
        assert.ok(f.message.endsWith(': write Upheld or Overturned.'));
        assert.deepEqual(f.fixes!.map((x) => [x.title, x.safe, x.preferred]), [
          ["Change to 'Upheld'", false, true],
          ["Change to 'Overturned'", false, false],
        ]);
        assert.equal(fixAll(text), text);
      });
    }

    const reviewWords: [string, 'Upheld' | 'Overturned'][] = [
      ['Certified', 'Overturned'], ['Non-certified', 'Upheld'], ['Noncertified', 'Upheld'], ['Not certified', 'Upheld'], ['Approved', 'Overturned'],
      ['Denied', 'Upheld'], ['Authorized', 'Overturned'], ['non-certified', 'Upheld'], ['Affirmed', 'Upheld'], ['Reversed', 'Overturned'],
      ['Non-cert', 'Upheld'], ['Cert', 'Overturned'], ['Not medically necessary', 'Upheld'], ['Medically necessary', 'Overturned'], ['Denial', 'Upheld'],
    ];
    for (const [word, leaning] of reviewWords) {
      it(`"${word}" is utilization review's word: both decisions offered, none applied without asking`, () => {
        const text = onNorco(word);
        const [f] = expectFindings(text, rule, [{ range: word, severity: 'error', message: `"${word}" is not an item decision (that is utilization review's word): write Upheld or Overturned.` }]);
        assert.ok(f.fixes!.every((x) => !x.safe));
        // The rationale concludes "not medically necessary": Upheld comes first whatever the word leans to.
        assert.equal(f.fixes!.find((x) => x.preferred)!.title, "Change to 'Upheld'");
        assert.equal(fixAll(text), text);
        // With no conclusion, the word's own leaning comes first.
        const unconcluded = mutate(text, 'Therefore, the request is not medically necessary.', 'The records were reviewed.');
        assert.equal(findingsOf(unconcluded, rule)[0].fixes!.find((x) => x.preferred)!.title, `Change to '${leaning}'`);
      });
    }

    it('reads a wrong word on a line of its own after the heading', () => {
      for (const word of ['Upheld in part', 'Non-certified', 'Uphled']) {
        const text = mutate(letter2016, 'lumbar spine: Overturned', `lumbar spine:\n${word}`);
        expectFindings(text, rule, [{ range: word, severity: 'error', message: `"${word}" is not an item decision` }]);
        expectNone(text, 'item-decision-missing');
      }
    });

    for (const word of ['Upheld/Overturned', 'Overturned or Upheld', '[Upheld / Overturned]']) {
      it(`"${word}" is the template's choice left in: reported as such, both decisions offered`, () => {
        const text = onNorco(word);
        const [f] = expectFindings(text, rule, [{ range: word, severity: 'error', message: `"${word}" is not an item decision (both of the template's choices are still there): write Upheld or Overturned.` }]);
        assert.deepEqual(f.fixes!.map((x) => x.title).sort(), ["Change to 'Overturned'", "Change to 'Upheld'"]);
        expectNone(text, 'item-decision-missing');
      });
    }

    it("does not take a rationale's own paragraph label for an item: \"Recommendation: non-certify.\"", () => {
    const text = mutate(letter2016, 'Therefore, the request is not medically necessary.', 'The records were reviewed.\nRecommendation: non-certify.');
    expectNone(text, rule);
    expectNone(text, 'item-field-missing');
  });

    it('does not take a label after a sentence of a wrapped rationale for an item: "… opioids. Verdict: not medically necessary."', () => {
      for (const label of ['Verdict', 'Medical necessity', 'Bottom line', 'Conclusion']) {
        // The fixture's rationale wraps, so the conclusion's line starts with the last words of a sentence.
        const text = mutate(letter2016, 'Therefore, the request is not medically necessary.', `${label}: not medically necessary.`);
        expectNone(text, rule);
        expectNone(text, 'item-field-missing');
        expectNone(text, 'decision-conclusion-missing');
      }
    });

  it('does not take other words after a colon for a decision', () => {
      for (const tail of ['Updated', 'Overtime', 'Partial tear', 'Pending', 'Other']) {
        const text = onNorco(tail);
        expectNone(text, rule);
        expectFindings(text, 'item-decision-missing', [{ range: `Norco 10/325mg #60: ${tail}`, severity: 'error' }]);
      }
    });
  });

  it('does not fire on Upheld and Overturned', () => {
    expectNone(letter2016, rule);
    expectNone(letter2014, rule);
  });

  it('is configurable', () => expectConfigurable(uphold, rule));
});

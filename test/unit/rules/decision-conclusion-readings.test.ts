// decision-conflict and decision-conclusion-missing on wordings drafts written outside the team used: a drug's
// licensed indication and a question the rationale reports are no conclusion (so no conflict, but a missing
// conclusion); two predicates joined by "and" and a judged object with an appositive are one. The sentences
// are written for this test.
import * as assert from 'node:assert/strict';
import { expectNone, findingsOf, letter2016, mutate } from './letters';

const conflict = 'decision-conflict';
const missing = 'decision-conclusion-missing';

/** The Upheld Norco item with `rationale` for its whole rationale. */
const upheld = (rationale: string) =>
  mutate(letter2016, 'The request is for Norco 10/325mg #60. The records show no functional\nimprovement on opioids. Therefore, the request is not medically necessary.', rationale);
/** The Overturned physical therapy item concluding in `sentence`. */
const overturned = (sentence: string) => mutate(letter2016, 'Therefore, the request is medically necessary.', sentence);

describe(`rules ${conflict} and ${missing}: a licensed indication, a reported question, joined predicates, an appositive`, () => {
  it('reads a licensed indication or a reported question under an Upheld item as no conclusion, not as a conflict', () => {
    for (const rationale of [
      'Hydrocodone is approved for the management of severe pain. The record does not explain why both opioids are needed.',
      'The requested Norco is approved for moderate to severe pain. It is unclear why a second opioid is medically necessary.',
      'Norco is approved by the FDA for severe pain. The notes do not show how it is needed.',
    ]) {
      const text = upheld(rationale);
      expectNone(text, conflict);
      assert.equal(findingsOf(text, missing).length, 1, rationale);
    }
  });
  it('reads two predicates joined by "and" as the conclusion, in either direction', () => {
    for (const rationale of [
      'No functional improvement is recorded. Norco is excessive and therefore not medically necessary.',
      'No functional improvement is recorded. Continued use is premature and not medically necessary.',
      'No functional improvement is recorded. The Norco is ineffective, and not medically necessary.',
    ]) {
      const text = upheld(rationale);
      expectNone(text, conflict);
      expectNone(text, missing);
    }
    for (const sentence of ['Therapy is reasonable and medically necessary.', 'The therapy is appropriate for four weeks and medically necessary.']) {
      expectNone(overturned(sentence), conflict);
      expectNone(overturned(sentence), missing);
    }
    assert.equal(findingsOf(overturned('Therapy is premature and not medically necessary.'), conflict).length, 1);
  });
  it('reads "I find / consider X, <appositive>, (to be) necessary" as the conclusion, in either direction', () => {
    for (const sentence of [
      'I find the physical therapy, 8 sessions, to be medically necessary.',
      'I consider the therapy, as requested, medically necessary.',
      'This reviewer deems the therapy, twice a week for four weeks, to be medically necessary.',
    ]) {
      expectNone(overturned(sentence), conflict);
      expectNone(overturned(sentence), missing);
    }
    assert.equal(findingsOf(upheld('I find the Norco, 60 tablets, to be medically necessary.'), conflict).length, 1);
    expectNone(upheld('I do not find the Norco, 60 tablets, to be medically necessary.'), conflict);
  });
});

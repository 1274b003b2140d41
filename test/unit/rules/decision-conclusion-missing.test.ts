import * as assert from 'node:assert/strict';
import { expectConfigurable, expectFindings, expectNone, findingsOf, letter2014, letter2016, mutate } from './letters';

const rule = 'decision-conclusion-missing';

describe(`rule ${rule}`, () => {
  const unconcluded = mutate(letter2016, 'Therefore, the request is not medically necessary.', 'The treating physician was informed.');
  const noConclusion2014 = mutate(letter2014, 'The current request is not medically necessary.\n', 'Further treatment was discussed.\n');
  const overturnedNoConclusion = mutate(letter2016, 'Therefore, the request is medically necessary.', 'A home exercise program was also reviewed.');

  it('reports a rationale that ends without a medical-necessity conclusion (2016), on its label, related to its item', () => {
    const [finding] = expectFindings(unconcluded, rule, [
      { range: 'Decision rationale:', severity: 'warning', message: "The rationale for 'Norco 10/325mg #60' never says whether the request is medically necessary" },
    ]);
    assert.deepEqual(
      finding.related?.map((r) => unconcluded.slice(r.start, r.end)),
      ['Norco 10/325mg #60'],
    );
  });

  it('reports it in the 2014 form, suggesting the conclusion that matches an Upheld item', () => {
    expectFindings(noConclusion2014, rule, [{ range: 'Decision rationale:', severity: 'warning', message: '"Therefore, the request is not medically necessary."' }]);
  });

  it('suggests "is medically necessary" for an Overturned item', () => {
    expectFindings(overturnedNoConclusion, rule, [{ range: 'Decision rationale:', severity: 'warning', message: '"Therefore, the request is medically necessary."' }]);
  });

  it('does not fire on a conclusion in other words ("is not supported", "is not medically appropriate")', () => {
    for (const phrase of ['Further treatment is not supported.', 'The request is not medically appropriate.', 'As such, the request is not necessary.']) {
      expectNone(mutate(letter2014, 'The current request is not medically necessary.\n', `${phrase}\n`), rule);
    }
  });

  it('does not fire on the corpus phrasings of the conclusion', () => {
    expectNone(letter2016, rule);
    expectNone(letter2014, rule);
    for (const phrase of ['is considered not medically necessary', 'cannot be deemed medically necessary', 'is not a medical necessity', 'is not seen as medically necessary']) {
      expectNone(mutate(letter2016, 'is not medically necessary.', `${phrase}.`), rule);
    }
  });

  it('does not fire on a conclusion with an aside, without a verb, or under a label', () => {
    for (const phrase of [
      'The request is, on balance, not medically necessary.',
      'The request is, in my judgement, not supported.',
      'The records show no gain; it is not medically necessary.',
      'Norco 10/325mg #60 not medically necessary.',
      'Norco 10/325mg #60 - not certifiable, not medically necessary.',
      'Verdict - not indicated.',
      'Criteria not met.',
    ]) {
      expectNone(mutate(letter2016, 'Therefore, the request is not medically necessary.', phrase), rule);
    }
    expectNone(mutate(letter2016, 'Therefore, the request is medically necessary.', 'The request should be authorized as medically necessary.'), rule);
  });

  it('does not fire on a finding with a clause joined after it, a contraction or a count', () => {
    for (const phrase of [
      'The request is not medically necessary and UR is upheld.',
      'It is not medically necessary, and the prior denial is affirmed.',
      "Eight more visits can't be supported on this record.",
      "A refill isn't warranted.",
    ]) {
      expectNone(mutate(letter2016, 'Therefore, the request is not medically necessary.', phrase), rule);
    }
    expectNone(mutate(letter2016, 'Therefore, the request is medically necessary.', 'The therapy is medically necessary and UR is reversed.'), rule);
  });

  it('does not fire on the reviewer\'s verb of judgement, in the first or the third person', () => {
    for (const phrase of [
      'The undersigned finds the request not medically necessary.',
      'I find the requested Norco to be unwarranted.',
      'This reviewer is unable to support the request.',
      'It is not possible to certify the request.',
    ]) {
      expectNone(mutate(letter2016, 'Therefore, the request is not medically necessary.', phrase), rule);
    }
    expectNone(mutate(letter2016, 'Therefore, the request is medically necessary.', 'The reviewer finds physical therapy for the lumbar spine medically necessary.'), rule);
  });

  it('fires when the last words are only a condition, a quotation, or history, however worded', () => {
    for (const phrase of [
      'Soma is not recommended past 2-3 weeks; he has taken it daily for two years.',
      'The treating physician considers the request medically necessary.',
      'The request would be, if function improved, reasonable.',
      'MTUS: "Opioids - not recommended for chronic use."',
      'Norco non-certified 4/2/14.',
    ]) {
      expectFindings(mutate(letter2016, 'Therefore, the request is not medically necessary.', phrase), rule, [{ range: 'Decision rationale:', severity: 'warning' }]);
    }
  });

  it('offers no fix: the conclusion is the reviewer\'s to write', () => {
    assert.ok(findingsOf(unconcluded, rule).every((f) => !f.fixes || f.fixes.length === 0));
  });

  it('is configurable', () => expectConfigurable(unconcluded, rule));
});

// decision-conflict on conclusions in many wordings, in both directions, and on sentences that are no
// conclusion. The sentences are written for this test.
import { expectFindings, expectNone, findingsOf, letter2016, mutate } from './letters';
import * as assert from 'node:assert/strict';

const rule = 'decision-conflict';

/** The Upheld Norco item concluding in `sentence`. */
const upheld = (sentence: string) => mutate(letter2016, 'Therefore, the request is not medically necessary.', sentence);
/** The Overturned physical therapy item concluding in `sentence`. */
const overturned = (sentence: string) => mutate(letter2016, 'Therefore, the request is medically necessary.', sentence);

const necessary = [
  'Therefore, the request is medically necessary.',
  'The request is appropriate.',
  'The request is therefore appropriate and indicated.',
  'This request is indicated at this time.',
  'The request is supported by the records.',
  'Accordingly, the requested treatment is warranted.',
  'The request is recommended.',
  'The request is reasonable.',
  'The request is justified.',
  'The request is medically needed.',
  'The request is therefore certified.',
  'The request is approved.',
  'The request is not unreasonable.',
  'Medical necessity has been established.',
  'Medical necessity for the request has been demonstrated.',
  'The medical necessity of this request has been substantiated.',
  'The request meets the guideline criteria.',
  'The request meets guideline criteria.',
  'Guideline criteria have been met.',
  'The UR decision is overturned.',
  'The utilization review determination is therefore overturned.',
  'I recommend certification.',
  'I recommend certification of the request.',
  'The recommendation is for certification.',
  'The records support the request.',
  'The documentation supports the medical necessity of the request.',
  'In my opinion, the request is medically necessary and appropriate.',
  'I find the request medically necessary.',
  'The undersigned finds the requested therapy to be reasonable.',
  'This reviewer considers the request appropriate at this time.',
  'We regard the request as medically necessary.',
  'I consider it appropriate to certify the request.',
  'It is my opinion that the request is medically necessary.',
  'The request is considered medically necessary at this time.',
  'Medically necessary. The guidelines support a short course of therapy.',
  'THE REQUEST IS MEDICALLY NECESSARY.',
  'The request is medi\u00adcally necessary.',
  'The request is medically\u200b necessary.',
  'The requested physical therapy is medically necessary.',
  'The UR non-certification is not supported.',
  'The denial is not appropriate.',
  'The request is clinically appropriate.',
  'I would certify this request.',
  'The request is, on balance, medically necessary.',
  'The request is, in my judgement, medically necessary.',
  'The request is, I think, warranted.',
  'The request, in my view, is reasonable.',
  'The records support a trial; it is medically necessary.',
  'The request should be authorized as medically necessary.',
  'The request should be approved as reasonable.',
  'Verdict: medically necessary.',
  'Medical necessity: established.',
];

const notNecessary = [
  'Therefore, the request is not medically necessary.',
  'The request is not appropriate.',
  'The request is no longer indicated.',
  'The request cannot be supported.',
  'The request is not felt to be warranted.',
  'The request is not considered reasonable.',
  'The request would not be reasonable.',
  'The request is unsupported.',
  'The request is unnecessary.',
  'The request is not recommended.',
  'The request is not justified.',
  'The request is not medically needed.',
  'The request is therefore denied.',
  'The request is therefore non-certified.',
  'The request is noncertified.',
  'The request cannot be certified.',
  'The request is not approved.',
  'The request is neither necessary nor appropriate.',
  'The request is not medically reasonable or necessary.',
  "The request isn't medically necessary.",
  'Medical necessity has not been established.',
  'Medical necessity for the request has not been demonstrated.',
  'The medical necessity of the request has not been substantiated.',
  'The request is not a medical necessity.',
  'There is no medical necessity for the request.',
  'The request does not meet the guideline criteria.',
  'The request fails to meet guideline criteria.',
  'The guideline criteria have not been met.',
  'The UR decision is upheld.',
  'The UR decision is therefore upheld.',
  'The denial is appropriate.',
  'Non-certification is recommended.',
  'I recommend non-certification.',
  'I recommend non certification of the request.',
  'I cannot recommend certification.',
  'I uphold the UR decision.',
  'The recommendation is for denial.',
  'The records do not support the request.',
  'There is no documentation to support the request.',
  'There is insufficient documentation to support continued use.',
  'Not medically necessary. The guidelines limit this.',
  'Therefore, not medically necessary.',
  'The request is not medically necessary at this time.',
  'The request is, therefore, not medically necessary.',
  'It is not medically necessary.',
  'The requested physical therapy is not medically necessary.',
  'The requested therapy is hereby non-certified.',
  'I am unable to certify the request.',
  'I would not certify this request.',
  'The request is denied as not medically necessary.',
  'My recommendation is to non-certify.',
  'Based on the above, medical necessity for the requested therapy has not been established.',
  'The request is not clinically indicated.',
  'The request is therefore, and only for now, not supported.',
  'The request is, in my opinion, not medically necessary.',
  'The request, however, is not indicated.',
  'The request cannot be endorsed.',
  'Medical necessity: not shown.',
  'Criteria not met.',
  'Verdict \u2014 not indicated.',
  'Conclusion: not medically necessary.',
  'I do not find the request medically necessary.',
  'The reviewer is unable to find the requested therapy appropriate.',
  'The undersigned cannot consider the request to be medically necessary.',
  'I find the request not supported.',
  'This reviewer is unable to support the request.',
  'It is not possible to certify the request.',
  'I do not consider it appropriate to certify the request.',
  'The requested treatment is not to be considered as medically necessary.',
];

const noFinding = [
  'The request would be reasonable if the patient had documented improvement.',
  'The request may be indicated once a flare is documented.',
  'A course of therapy could be considered.',
  'Additional therapy might be appropriate after a home program.',
  'If deficits are documented, therapy would be medically necessary.',
  'The request was previously certified.',
  'UR approved 6 sessions in 2015.',
  'Utilization review certified 6 sessions on 10/20/2016.',
  'The prior request was approved.',
  'UR determined that the request was medically necessary.',
  'Guidelines state physical therapy is "recommended for short-term use".',
  "The guideline reads 'recommended as an option'.",
  'MTUS recommends physical therapy for flare-ups.',
  'Physical therapy is recommended as an option for chronic pain.',
  'ODG does not recommend passive modalities.',
  'ODG recommends therapy in the acute phase.',
  'Is the request medically necessary?',
  'A home exercise program is a reasonable option.',
  'It is reasonable to expect improvement with therapy.',
  'Therapy is indicated for patients with functional deficits.',
  'The request would be, if function improved, reasonable.',
  'The request is, once a flare is documented, indicated.',
  'ODG: not recommended for chronic use.',
  'MTUS: "Passive modalities - not recommended."',
  'Prior review: not medically necessary.',
  'History: therapy previously certified.',
  'Soma not recommended.',
  'The treating physician considers the request medically necessary.',
  'The AME finds the request reasonable.',
  'I would consider the request medically necessary if function improved.',
  'I might find the request reasonable.',
  'It is possible to certify the request.',
  'Physical therapy is not recommended past 8 weeks.',
];

/** One test per sentence: each conclusion contradicts the decision it opposes and agrees with the other. */
function itReadsEach(necessary: readonly string[], notNecessary: readonly string[]): void {
  for (const sentence of necessary) {
    it(`reads "${sentence}" as medically necessary`, () => {
      expectFindings(upheld(sentence), rule, [{ range: 'Upheld', severity: 'error', message: "which means 'Overturned'" }]);
      expectNone(overturned(sentence), rule);
    });
  }
  for (const sentence of notNecessary) {
    it(`reads "${sentence}" as not medically necessary`, () => {
      expectFindings(overturned(sentence), rule, [{ range: 'Overturned', severity: 'error', message: "which means 'Upheld'" }]);
      expectNone(upheld(sentence), rule);
    });
  }
}

describe(`rule ${rule}: conclusions in many words`, () => {
  itReadsEach(necessary, notNecessary);
  for (const sentence of noFinding) {
    it(`reads no finding in "${sentence}"`, () => {
      // Standing after the conclusion, it does not replace it; standing alone, it is no conclusion.
      expectNone(upheld(`Therefore, the request is not medically necessary. ${sentence}`), rule);
      expectNone(overturned(`Therefore, the request is medically necessary. ${sentence}`), rule);
      expectNone(upheld(sentence), rule);
      expectNone(overturned(sentence), rule);
    });
  }

  it('prefers the last sentence about the request to a later one about another treatment', () => {
    expectNone(upheld('The request for Norco is not medically necessary. Weaning is medically necessary.'), rule);
    expectNone(overturned('The request is medically necessary. Passive modalities are not medically necessary.'), rule);
  });

  it('does not let a later sentence about other requests, a statement, or someone else\'s act replace the conclusion', () => {
    for (const later of [
      'Any further requests would not be supported without documentation.',
      'Additional requests for therapy are not medically necessary.',
      'This is not supported by the guidelines.',
      'It is not recommended that therapy continue indefinitely.',
    ]) {
      expectNone(overturned(`Therefore, the request is medically necessary. ${later}`), rule);
    }
    for (const later of ['Norco is approved by the FDA for severe pain.', 'This is supported by the guidelines.', 'It is recommended that the patient be weaned.']) {
      expectNone(upheld(`Continued use is not medically necessary. ${later}`), rule);
    }
  });

  it('reads a verdict without a verb under the item\'s name, in either direction', () => {
    expectFindings(upheld('Norco 10/325mg #60 medically necessary.'), rule, [{ range: 'Upheld', severity: 'error', message: "which means 'Overturned'" }]);
    expectNone(upheld('Norco 10/325mg #60 - not certifiable, not medically necessary.'), rule);
    expectNone(upheld(`Criteria not met. Norco 10/325mg #60 not medically necessary. This decision addresses the medical necessity of opioids only.`), rule);
    // With a dash: a line of a wrapped rationale ending in "<words>: not medically necessary." is read as an item heading.
    expectFindings(overturned('Physical therapy 2 times a week for 4 weeks lumbar spine - not medically necessary.'), rule, [
      { range: 'Overturned', severity: 'error', message: "which means 'Upheld'" },
    ]);
    // Under another treatment's name, it says only that the rationale concludes: no conflict.
    expectNone(upheld('Soma 350mg #60 medically necessary.'), rule);
  });

  it('prefers a bare verdict put first to a later sentence about "it"', () => {
    expectNone(upheld('Not medically necessary. The guidelines limit opioids. Continued use would be reasonable if function improved.'), rule);
  });

  it('relates the concluding sentence, whatever its wording', () => {
    const text = overturned('The request is therefore non-certified.');
    const [f] = findingsOf(text, rule);
    assert.equal(text.slice(f.related![0].start, f.related![0].end), 'The request is therefore non-certified.');
  });
});

describe(`rule ${rule}: contractions, counts, a verdict after "I disagree with …", and a clause joined after the finding`, () => {
  const necessary = [
    'Eight more visits are medically necessary.',
    'Two more sessions are warranted on this record.',
    'I disagree with the utilization reviewer and would certify the therapy; it is medically necessary.',
    'I disagree with the prior reviewer and would approve it.',
    'The therapy is medically necessary and UR is overturned.',
    'The request is medically necessary and the UR denial is reversed.',
    'The therapy is indicated, and utilization review is overturned.',
  ];
  const notNecessary = [
    "Eight more visits can't be supported on this record.",
    "Six more sessions aren't warranted.",
    "The extra therapy visits wouldn't be appropriate.",
    "Twelve more visits shouldn't be certified.",
    "A few more sessions won't be approved.",
    "The therapy doesn't meet the guideline criteria.",
    'I agree with the utilization reviewer and would not certify the therapy; it is not medically necessary.',
    "I agree with the prior reviewer and won't approve it.",
    'The request is not medically necessary and UR is upheld.',
    "There's no indication for more therapy.",
    'There is no clear indication for the request.',
    "There isn't any medical need for it.",
    'I see no justification for continued therapy.',
  ];
  itReadsEach(necessary, notNecessary);
  it('still reads no finding from a condition or a possibility with a count or a contraction', () => {
    for (const sentence of [
      "Six more sessions would be reasonable if there's objective improvement.",
      "Two more visits may be indicated once it's documented.",
      // "No indication" for something else, of a condition, in the past, or someone else's: context, not the finding.
      'There is no indication for surgery.',
      'There is no indication of radiculopathy.',
      'There was no indication for therapy in 2014.',
      'UR found no indication for the request.',
      'There is no indication for therapy unless function declines.',
      'Guidelines state that there is no indication for therapy.',
    ]) {
      expectNone(upheld(sentence), rule);
      expectNone(overturned(sentence), rule);
    }
  });

  it('reads a conclusion naming the item by its initials ("PT", "UDS", "FCE") as about the item', () => {
    expectFindings(overturned('PT is not medically necessary.'), rule, [{ range: 'Overturned', severity: 'error' }]);
    const screen = (sentence: string) =>
      mutate(overturned(sentence), 'Physical therapy 2 times a week for 4 weeks lumbar spine: Overturned', 'Urine drug screen: Overturned');
    expectFindings(screen('The UDS is not medically necessary.'), rule, [{ range: 'Overturned', severity: 'error' }]);
    // Initials of another treatment are no finding on this one.
    expectNone(screen('An FCE is not medically necessary. The urine drug screen is medically necessary.'), rule);
  });
});

describe(`rule ${rule}: terse verdicts after the first sentence`, () => {
  // A verdict without a subject in the words of review or quality, drawn by "hence" and the like or said of
  // this case, concludes even as the rationale's last sentence (telegraphic drafts end so).
  itReadsEach(
    [
      'Therefore approve.',
      'Medically reasonable \u2014 certify.',
      'Medically reasonable - certify.',
      'Accordingly, authorization is recommended.',
      'Hence certified.',
      'Thus, approved.',
      'Indicated at this time.',
    ],
    [
      'Hence not certified.',
      'Thus non-certified.',
      'Not indicated at this juncture.',
      'Therefore, not supported at this time.',
      'Accordingly, denied.',
      'Consequently not warranted in this case.',
      'In conclusion, not appropriate.',
    ],
  );
  for (const sentence of ['Not recommended.', 'Not certified.', 'Hence previously non-certified.', 'Hence not certified if function improves.', 'Thus not recommended for chronic use.']) {
    it(`reads no finding in "${sentence}" standing alone after the first sentence`, () => {
      expectNone(upheld(sentence), rule);
      expectNone(overturned(sentence), rule);
    });
  }
});

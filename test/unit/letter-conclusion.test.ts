import * as assert from 'node:assert/strict';
import { findConclusion } from '../../server/src/letter/conclusion';
import { span } from '../../server/src/letter/text';

function conclude(rationale: string): [string, string] | undefined {
  const c = findConclusion(rationale, span(rationale, 0, rationale.length));
  return c ? [c.necessity, rationale.slice(c.sentence.start, c.sentence.end)] : undefined;
}

const taper =
  'This decision addresses the medical necessity of opioids for this request only and should not be interpreted as a recommendation to stop long-term opioids abruptly. The injured worker should be weaned under medical supervision.';

describe('conclusion of a decision rationale', () => {
  const notNecessary = [
    'is not medically necessary',
    'was not medically necessary',
    'is not medically necessary and appropriate',
    'is considered not medically necessary',
    'is determined to be not medically necessary',
    'is not seen as medically necessary',
    'is not a medical necessity',
    'cannot be deemed medically necessary',
    'is not medically necessary and the recommendation is for denial',
  ];
  const necessary = [
    'is medically necessary',
    'was medically necessary',
    'is medically necessary and appropriate',
    'is considered medically necessary at this time',
    'is determined to be medically necessary',
  ];

  for (const phrase of notNecessary) {
    it(`reads "${phrase}" as not necessary`, () => {
      const sentence = `Therefore, the request ${phrase}.`;
      assert.deepEqual(conclude(`The guidelines limit use to two weeks. ${sentence}`), ['not-necessary', sentence]);
    });
  }
  for (const phrase of necessary) {
    it(`reads "${phrase}" as necessary`, () => {
      const sentence = `Therefore, the request ${phrase}.`;
      assert.deepEqual(conclude(`The guidelines support a trial. ${sentence}`), ['necessary', sentence]);
    });
  }

  it('finds the conclusion before the opioid taper advisory', () => {
    assert.deepEqual(conclude(`There is no functional improvement. The request for Norco is not medically necessary. ${taper}`), [
      'not-necessary',
      'The request for Norco is not medically necessary.',
    ]);
  });

  it('reads the surgery-dependency sentence after the conclusion as the same conclusion', () => {
    const text =
      'Post-operative therapy is requested. The request is not medically necessary. As the requested surgical intervention is not medically necessary per the documentation, the requested post-operative therapy is not medically necessary.';
    assert.equal(conclude(text)![0], 'not-necessary');
  });

  it('ignores guideline conditions ("if ... medically necessary") and the neutral "medical necessity of"', () => {
    assert.deepEqual(conclude('Repeat imaging is medically necessary only if symptoms change. Symptoms are unchanged. The request is not medically necessary.'), [
      'not-necessary',
      'The request is not medically necessary.',
    ]);
    assert.equal(conclude('This review addresses the medical necessity of the request. The records are incomplete.'), undefined);
  });

  it('reads "medical necessity has (not) been established"', () => {
    assert.equal(conclude('Medical necessity for the request has not been established.')![0], 'not-necessary');
    assert.equal(conclude('Medical necessity for the request has been established.')![0], 'necessary');
  });

  it('finds it across line breaks and double spacing, with the range in the original text', () => {
    const text = 'There is no improvement.\n\nTherefore, the request is not\n\nmedically necessary.\n';
    assert.deepEqual(conclude(text), ['not-necessary', 'Therefore, the request is not\n\nmedically necessary.']);
  });

  it('finds none in a rationale that states no conclusion', () => {
    assert.equal(conclude('The records were reviewed. Further treatment was discussed.'), undefined);
  });

  it('reads a conclusion in other words about the request as stated, one about something else as implied', () => {
    const read = (rationale: string) => {
      const c = findConclusion(rationale, span(rationale, 0, rationale.length));
      return c ? [c.necessity, c.strength, rationale.slice(c.sentence.start, c.sentence.end)] : undefined;
    };
    assert.deepEqual(read('No red flags. Therefore, the request is not supported at this time.'), ['not-necessary', 'stated', 'Therefore, the request is not supported at this time.']);
    assert.deepEqual(read('Records were reviewed. As such the request is not necessary.'), ['not-necessary', 'stated', 'As such the request is not necessary.']);
    assert.deepEqual(read('Criteria are met. The request is medically appropriate.'), ['necessary', 'stated', 'The request is medically appropriate.']);
    assert.deepEqual(read('The records were reviewed. The request is denied.'), ['not-necessary', 'stated', 'The request is denied.']);
    assert.deepEqual(read('Pain persists. Weaning is medically necessary.'), ['necessary', 'implied', 'Weaning is medically necessary.']);
    assert.equal(read('Surgery is indicated when the exam shows instability.'), undefined, 'a guideline condition is no conclusion');
  });

  it('keeps the conclusion when a later sentence states a condition, a possibility or another subject', () => {
    const upheld = 'No improvement is documented. The request for 30 Soma 350mg is not medically necessary.';
    for (const later of [
      'If functional improvement is documented, continued use could be medically necessary.',
      'Weaning is medically necessary.',
      'A shorter course of 2 weeks would be medically necessary.',
      'Once there is documentation of a flare-up, a short course may be considered medically necessary.',
      'In the event of an acute flare-up, a short course would be medically necessary.',
    ]) {
      assert.deepEqual(conclude(`${upheld} ${later}`), ['not-necessary', 'The request for 30 Soma 350mg is not medically necessary.'], later);
    }
    const overturned = 'Deficits are documented. Therefore, the request for the MRI is medically necessary.';
    assert.deepEqual(conclude(`${overturned} Further refills are not medically necessary.`)?.[0], 'necessary');
  });

  it('reads negated possibilities as conclusions', () => {
    assert.deepEqual(conclude('Therefore, the request would not be medically necessary.')?.[0], 'not-necessary');
    assert.deepEqual(conclude("It can't be considered medically necessary.")?.[0], 'not-necessary');
  });

  it('does not read "without" or "non-" in the item as a negation', () => {
    assert.deepEqual(conclude('Deficits are documented. MRI of the left knee without contrast is medically necessary.'), [
      'necessary',
      'MRI of the left knee without contrast is medically necessary.',
    ]);
    assert.deepEqual(conclude('Pain improved. The non-steroidal anti-inflammatory drug is medically necessary.')?.[0], 'necessary');
  });

  describe('in any wording', () => {
    const about = (rationale: string, item: string[] = []) => {
      const c = findConclusion(rationale, span(rationale, 0, rationale.length), new Set(item));
      return c ? [c.necessity, c.strength, c.subject?.text] : undefined;
    };

    it('names the subject of the finding, when it names one', () => {
      assert.deepEqual(about('The request for Soma 350mg #90 is therefore non-certified.'), ['not-necessary', 'stated', 'The request for Soma 350mg #90']);
      assert.deepEqual(about('The records do not support the request for an MRI.'), ['not-necessary', 'stated', 'the request for an MRI']);
      assert.deepEqual(about('Not medically necessary. Pain persists.'), ['not-necessary', 'stated', undefined]);
      assert.deepEqual(about('The recommendation is for certification.'), ['necessary', 'stated', undefined]);
    });

    it("counts a finding about the item by one of its names as one about the request", () => {
      assert.deepEqual(about('Continued hydrocodone is not supported.', ['norco', 'hydrocodone']), ['not-necessary', 'stated', 'Continued hydrocodone']);
      assert.deepEqual(about('Continued hydrocodone is not supported.'), ['not-necessary', 'implied', 'Continued hydrocodone']);
      assert.deepEqual(
        about('The request for Norco is not medically necessary. Hydrocodone tapering is appropriate. Weaning is medically necessary.', ['norco']),
        ['not-necessary', 'stated', 'The request for Norco'],
      );
    });

    it('prefers the last finding about the request, then an opening verdict, then one about "it"', () => {
      assert.deepEqual(about('The request is medically necessary. Therapy is indicated. Continued use is not warranted.')?.[0], 'necessary');
      assert.deepEqual(about('Not medically necessary. The guidelines limit use. Continued use is warranted.')?.[0], 'not-necessary');
      assert.deepEqual(about('The guidelines limit use. Continued use is warranted. Weaning is not medically necessary.')?.[0], 'necessary');
    });

    it('reads the finding after many sentences that hold none', () => {
      const history = 'The injured worker reports pain and was seen on 1/2/2016. '.repeat(50);
      assert.deepEqual(about(`${history}The request is not supported.`), ['not-necessary', 'stated', 'The request']);
      assert.deepEqual(about(`Medically necessary. ${history}`), ['necessary', 'stated', undefined]);
    });

    it('reads no finding from words in quotation marks, questions, conditions, or history', () => {
      for (const text of [
        'Guidelines state: "The request is not medically necessary."',
        'Is the request medically necessary?',
        'The request would be reasonable if function improved.',
        'The request was previously certified.',
        "ODG says 'not recommended for chronic use'.",
      ]) {
        assert.equal(about(text), undefined, text);
      }
    });
  });
  describe('directives, judgements and agreement in other words', () => {
    const stated = (rationale: string) => {
      const c = findConclusion(rationale, span(rationale, 0, rationale.length), new Set(['norco']));
      return c && c.strength === 'stated' ? c.necessity : undefined;
    };
    const cases: [string, 'necessary' | 'not-necessary'][] = [
      ['Given that, this is appropriate care and should be authorized.', 'necessary'],
      ['Taken together, the denial should be reversed.', 'necessary'],
      ['Based on the above, the prior denial should stand.', 'not-necessary'],
      ['The UR non-certification stands.', 'not-necessary'],
      ['I cannot endorse this request.', 'not-necessary'],
      ['I fully endorse the request.', 'necessary'],
      ['On balance, I cannot say that the request is not medically necessary in this setting.', 'necessary'],
      ['I am not convinced that the request is medically necessary.', 'not-necessary'],
      ['There is no reason not to certify this request.', 'necessary'],
      ['There is no basis to certify the request.', 'not-necessary'],
      ['Approval is warranted.', 'necessary'],
      ['Certification is not supported.', 'not-necessary'],
      ['Given these findings, this is supported.', 'necessary'],
      ['I agree with the UR decision.', 'not-necessary'],
      ['I concur with the prior reviewer.', 'not-necessary'],
      ['I disagree with the denial.', 'necessary'],
      ['In my view the request merits approval.', 'necessary'],
      ['Even so, the request does not merit certification.', 'not-necessary'],
      ['I find no medical necessity for the request.', 'not-necessary'],
      ['The request lacks medical necessity.', 'not-necessary'],
      ["I'd recommend against the request.", 'not-necessary'],
      ['Is reasonable to approve the request.', 'necessary'],
      ['It is not appropriate to certify the request.', 'not-necessary'],
      ['It would be inappropriate to approve the request.', 'not-necessary'],
      ['I would support this request.', 'necessary'],
      ['This is not a reasonable request.', 'not-necessary'],
      ['The requested treatment is deemed not essential.', 'not-necessary'],
      ["The reviewer's denial was proper.", 'not-necessary'],
      ['Coverage is recommended.', 'necessary'],
      ['Authorization is not advised.', 'not-necessary'],
      ['The request has merit.', 'necessary'],
      ['The treatment is clearly needed.', 'necessary'],
      ['Recommendation: non-certify.', 'not-necessary'],
      ['MRI is the test of choice when there are mechanical symptoms and here there are, and so the request is medically necessary.', 'necessary'],
    ];
    for (const [text, necessity] of cases) {
      it(`reads "${text}" as ${necessity}`, () => assert.equal(stated(`The records were reviewed. ${text}`), necessity));
    }
    const none = [
      'This is supported by the guidelines for acute pain.',
      'The request would be reasonable if function improved.',
      'Weaning should be considered.',
      'The patient can stand for ten minutes.',
      'I agree that weaning is wise.',
      'It would be reasonable to approve a trial if function improved.',
      'The prior reviewer found no medical necessity in 2015.',
      'If function improves, the request is medically necessary.',
      'A trial would support the diagnosis.',
      'Further evaluation is needed.',
    ];
    for (const text of none) {
      it(`reads no stated finding from "${text}"`, () => assert.equal(stated(text), undefined));
    }
  });
});

describe('a yes-or-no question answered after it', () => {
  const cases: [string, 'necessary' | 'not-necessary' | undefined][] = [
    ['Are 6 more sessions of chiropractic manipulation medically necessary? No.', 'not-necessary'],
    ['Is the request medically necessary? No, not at this time.', 'not-necessary'],
    ['Is the request supported? Yes.', 'necessary'],
    ['Should the request be approved? No.', 'not-necessary'],
    ['Does the request meet the guideline criteria? Yes, it does.', 'necessary'],
    ['Is the request not medically necessary? Yes.', 'not-necessary'],
    ['Is the topical cream indicated? No. The notes show no gain.', 'not-necessary'],
    // Unanswered, or answered in other words: no conclusion from the question.
    ['Is the request medically necessary? The guidelines leave it open.', undefined],
    ['Would the request be reasonable if she improved? No.', undefined],
    ['Why is the request medically necessary? No one says.', undefined],
  ];
  for (const [rationale, expected] of cases) {
    it(`reads "${rationale}" as ${expected ?? 'no conclusion'}`, () => {
      assert.equal(conclude(`The notes were reviewed. ${rationale}`)?.[0], expected);
    });
  }

  it('reads the last question answered, the sentence spanning question and answer', () => {
    const text = 'Is acupuncture indicated? No. Is chiropractic care indicated? Yes.';
    assert.deepEqual(conclude(text), ['necessary', 'Is chiropractic care indicated? Yes.']);
  });
});

describe('asides, verdicts without a verb, and a finding said again after "as"', () => {
  const read = (rationale: string, item: string[] = ['norco', 'hydrocodone']) => {
    const c = findConclusion(rationale, span(rationale, 0, rationale.length), new Set(item));
    return c ? [c.necessity, c.strength] : undefined;
  };
  const stated: [string, 'necessary' | 'not-necessary'][] = [
    // An aside between commas inside the verb group, or between the subject and the verb group.
    ['The request for Norco 10/325mg #60 is, on balance, medically necessary.', 'necessary'],
    ['The request is, in my judgement, medically necessary.', 'necessary'],
    ['The request is, I think, warranted.', 'necessary'],
    ['The request is therefore, and only for now, not supported.', 'not-necessary'],
    ['The request is, in my opinion, not medically necessary.', 'not-necessary'],
    ['The request, in my view, is reasonable.', 'necessary'],
    ['The request, however, is not indicated.', 'not-necessary'],
    ['Medical necessity, in my view, has not been established.', 'not-necessary'],
    // A clause after a semicolon, its own; "once daily" says how often, not on what condition.
    ['Norco once daily is a modest dose and the request is consistent with the guideline; it is medically necessary.', 'necessary'],
    ['Therapy is indicated if a flare is documented; the notes document one; it is medically necessary.', 'necessary'],
    ['Norco once a day is not medically necessary.', 'not-necessary'],
    // The finding said again after "as".
    ['The request should be authorized as medically necessary.', 'necessary'],
    ['The request should be approved as reasonable.', 'necessary'],
    ['The request is certified as medically appropriate.', 'necessary'],
    ['The request cannot be endorsed.', 'not-necessary'],
    // Verdicts without a verb: under the item's name, or a label.
    ['Norco 10/325mg #60 not medically necessary.', 'not-necessary'],
    ['Norco 10/325mg #60 - not certifiable, not medically necessary.', 'not-necessary'],
    ['Norco: medically necessary.', 'necessary'],
    ['Therefore, hydrocodone 10/325mg #60: not supported.', 'not-necessary'],
    ['Medical necessity: not shown.', 'not-necessary'],
    ['Medical necessity: established.', 'necessary'],
    ['Criteria not met.', 'not-necessary'],
    ['Verdict \u2014 not indicated.', 'not-necessary'],
    ['Verdict - appropriate.', 'necessary'],
    ['Bottom line: not medically necessary.', 'not-necessary'],
    ['Conclusion: certified.', 'necessary'],
    ['In conclusion, not medically necessary.', 'not-necessary'],
  ];
  for (const [text, necessity] of stated) {
    it(`reads "${text}" as ${necessity}`, () => assert.deepEqual(read(`The records were reviewed. ${text}`), [necessity, 'stated']));
  }

  it('keeps the conclusion before a fixed paragraph after it', () => {
    assert.deepEqual(read(`Criteria not met. Norco 10/325mg #90 not medically necessary. ${taper}`), ['not-necessary', 'stated']);
  });

  it('reads a verdict without a verb about another treatment as about it, in the words of necessity only', () => {
    const c = findConclusion('Soma 350mg #60 not medically necessary.', span('Soma 350mg #60 not medically necessary.', 0, 39), new Set(['norco']));
    assert.deepEqual([c?.necessity, c?.strength, c?.subject?.text], ['not-necessary', 'implied', 'Soma 350mg #60']);
    assert.equal(read('Soma not recommended.'), undefined);
  });

  it('names no subject for a label, and the whole subject past a quantity or an aside', () => {
    const subjectOf = (text: string) => findConclusion(text, span(text, 0, text.length), new Set(['acupuncture']))?.subject?.text;
    assert.equal(subjectOf('Verdict: not medically necessary.'), undefined);
    assert.equal(subjectOf('The request for chiropractic manipulation, six sessions, is not medically necessary.'), 'The request for chiropractic manipulation, six sessions,');
    assert.equal(subjectOf('Tramadol ER 150 mg, one tablet daily, #30, is medically necessary.'), 'Tramadol ER 150 mg, one tablet daily, #30,');
    assert.equal(subjectOf('The request for acupuncture, in my view, is reasonable.'), 'The request for acupuncture, in my view,');
  });

  const none = [
    // Conditions and possibilities, inside an aside or around it.
    'The request would be, if function improved, reasonable.',
    'The request is, once a flare is documented, indicated.',
    'Norco is recommended once a trial has shown benefit.',
    'The request is, I do not think, necessary.',
    // The guideline's words, in quotation marks or under its name.
    'MTUS: "Norco - not recommended for chronic use."',
    'MTUS: not recommended.',
    'ODG: not indicated for chronic low back pain.',
    'MTUS: Norco not recommended.',
    'Opioids - not recommended for chronic low back pain.',
    // History, other people's acts, and notes that are no verdict.
    'Norco non-certified 4/2/14.',
    'Norco 10/325mg #90 not medically necessary per UR in 2014.',
    'History: Norco previously certified.',
    'Prior review: not medically necessary.',
    'Criteria met in 2014.',
    'Assessment: chronic pain, not improved.',
    'Plan: continue Norco if approved.',
    'The patient: not improved.',
    'Norco still needed.',
    'The IW, in my view, is not a surgical candidate.',
  ];
  for (const text of none) {
    it(`reads no finding from "${text}"`, () => assert.equal(read(`The records were reviewed. ${text}`), undefined));
  }
});

describe('a subject that names the item in short, or by a count', () => {
  const read = (rationale: string, item: string[]) => {
    const c = findConclusion(rationale, span(rationale, 0, rationale.length), new Set(item));
    return c ? [c.necessity, c.strength] : undefined;
  };
  const psychological = ['psychological', 'consultation'];
  it('reads a clipped heading word as the item ("psych consult" for "Psychological consultation"), both ways round', () => {
    assert.deepEqual(read("With what's in the file, a psych consult isn't warranted right now.", psychological), ['not-necessary', 'stated']);
    assert.deepEqual(read('The psych consult is medically necessary.', psychological), ['necessary', 'stated']);
    assert.deepEqual(read('A psychological consultation is warranted.', ['psych', 'consult']), ['necessary', 'stated']);
    assert.deepEqual(read('The orthopedic consult is not indicated.', ['orthopedic', 'consultation']), ['not-necessary', 'stated']);
  });
  it('does not read a word sharing only a beginning, or a clip under five letters, as the item', () => {
    assert.deepEqual(read('Psychotherapy is not warranted.', psychological), ['not-necessary', 'implied']);
    assert.deepEqual(read('A psychiatric referral is not warranted.', psychological), ['not-necessary', 'implied']);
    assert.deepEqual(read('The ortho eval is warranted.', ['orthopedic', 'evaluation']), ['necessary', 'stated']);
    assert.deepEqual(read('The PT eval is warranted.', ['physical', 'therapy', 'evaluation']), ['necessary', 'implied']);
  });
  it('reads a count in the subject as saying how much, not what', () => {
    assert.deepEqual(read("Eight more visits can't be supported on this record.", ['chiropractic']), ['not-necessary', 'stated']);
    assert.deepEqual(read('Several more sessions are reasonable.', ['acupuncture']), ['necessary', 'stated']);
    assert.deepEqual(read('A few extra visits are not indicated.', ['acupuncture']), ['not-necessary', 'stated']);
  });
  it('reads the finding before a clause joined by "and", which is no history or condition of it', () => {
    assert.deepEqual(read('The release is medically necessary and UR is reversed.', ['carpal', 'tunnel', 'release']), ['necessary', 'stated']);
    assert.deepEqual(read('The release is not medically necessary and the prior denial is upheld.', ['carpal', 'tunnel', 'release']), ['not-necessary', 'stated']);
    assert.equal(read('The release was certified and UR approved it in 2015.', ['carpal', 'tunnel', 'release']), undefined);
  });
});

describe('hedged findings, guideline restrictions and a predicate left out', () => {
  const read = (rationale: string, item: string[] = []) => {
    const c = findConclusion(rationale, span(rationale, 0, rationale.length), new Set(item));
    return c ? [c.necessity, c.strength] : undefined;
  };
  it('reads "would appear / seem to be" as the reviewer\'s finding, in either direction', () => {
    for (const sentence of [
      'The request would appear to be medically necessary.',
      'It is felt that the cold therapy unit would appear to be medically necessary.',
      'The requested sessions would seem to be reasonable.',
      'The request would seem warranted at this time.',
      'Therefore the request would appear to be supported.',
    ]) {
      assert.deepEqual(read(`The guideline allows seven days. ${sentence}`, ['cold', 'therapy', 'unit']), ['necessary', 'stated'], sentence);
    }
    for (const sentence of ['The request would not appear to be medically necessary.', 'The request would not seem reasonable.', 'It would appear that the request is not indicated.']) {
      assert.deepEqual(read(sentence), ['not-necessary', 'stated'], sentence);
    }
  });
  it('still reads a condition or another modal as no finding', () => {
    for (const sentence of [
      'The request would appear to be medically necessary if surgery were approved.',
      'The request would seem reasonable once a home program has failed.',
      'The request would be medically necessary.',
      'The request might appear to be reasonable.',
      'The request may seem warranted.',
    ]) {
      assert.equal(read(sentence), undefined, sentence);
    }
  });
  it('reads "recommended <manner> only …" as the guideline\'s restriction, even of an ingredient the item names', () => {
    const cream = ['compound', 'cream', 'flurbiprofen', 'cyclobenzaprine', 'lidocaine'];
    for (const sentence of [
      'It is noted that lidocaine is recommended topically only in the form of the Lidoderm patch.',
      'Lidocaine is indicated topically only for neuropathic pain.',
      'Flurbiprofen is recommended clinically for short-term use.',
      'Cyclobenzaprine is supported orally only after a trial of first-line agents.',
    ]) {
      assert.equal(read(`Topical analgesics are largely experimental. ${sentence}`, cream), undefined, sentence);
    }
    assert.deepEqual(read('The compound cream is clearly not supported.', cream), ['not-necessary', 'stated']);
  });
  it('reads a clause with its predicate left out as a finding against the request', () => {
    for (const sentence of [
      'Weaning is indicated; the request as written is not.',
      'A taper is appropriate, but the request is not.',
      'A shorter course is reasonable, whereas the requested 12 sessions are not.',
      "Tapering is warranted; the request isn't.",
    ]) {
      assert.deepEqual(read(sentence), ['not-necessary', 'stated'], sentence);
    }
  });
  it('reads no left-out predicate of another subject, or after a negative finding', () => {
    assert.deepEqual(read('Weaning is indicated; the patient is not.'), ['necessary', 'implied']);
    assert.deepEqual(read('Acupuncture is indicated; physical therapy is not.'), ['necessary', 'implied']);
    assert.deepEqual(read('Weaning is not indicated; the request as written is.'), ['not-necessary', 'implied']);
  });
  it('names the finding a verdict without a subject says again, in the sentence just before it', () => {
    const restated = (rationale: string) => findConclusion(rationale, span(rationale, 0, rationale.length), new Set(['cold', 'therapy', 'unit']))?.restatedSubject?.text;
    assert.equal(restated('There is no surgery. The CPM machine is not medically necessary. Non-certify.'), 'The CPM machine');
    assert.equal(restated('The CPM machine is not medically necessary. Weaning is indicated; the request as written is not.'), 'The CPM machine');
    assert.equal(restated('The CPM machine is medically necessary. Non-certify.'), undefined);
    assert.equal(restated('The CPM machine is not medically necessary. There is no surgery. Non-certify.'), undefined);
    assert.equal(restated('The CPM machine is not medically necessary. The cold therapy unit is not medically necessary.'), undefined);
  });
  it('names the finding a verdict without a subject says again in the same sentence', () => {
    const read = (rationale: string) => {
      const c = findConclusion(rationale, span(rationale, 0, rationale.length), new Set(['chiropractic', 'manipulation']));
      return c ? [c.necessity, c.strength, c.subject?.text, c.restatedSubject?.text] : undefined;
    };
    assert.deepEqual(read('The physical therapy 8 sessions is not medically necessary and the recommendation is for denial.'), ['not-necessary', 'stated', undefined, 'The physical therapy 8 sessions']);
    assert.deepEqual(read('Physical therapy is not medically necessary; the recommendation is for non-certification.'), ['not-necessary', 'stated', undefined, 'Physical therapy']);
    // A verdict of the other polarity says nothing again.
    assert.equal(read('Physical therapy is not medically necessary, but the recommendation is to certify.')?.[3], undefined);
  });
});

describe("the reviewer's verb of judgement, with the treatment as object and the finding after it", () => {
  const read = (rationale: string, item: string[] = ['norco', 'hydrocodone']) => {
    const c = findConclusion(rationale, span(rationale, 0, rationale.length), new Set(item));
    return c ? [c.necessity, c.strength, c.subject?.text] : undefined;
  };
  it('reads "I find / the undersigned finds / the reviewer considers X (to be) necessary" as a finding on X', () => {
    for (const [sentence, subject] of [
      ['I find the psychological evaluation medically necessary.', 'the psychological evaluation'],
      ['The undersigned finds post-operative physical therapy 12 sessions for the right shoulder medically necessary.', 'post-operative physical therapy 12 sessions for the right shoulder'],
      ['And so, with the usual cautions, I find the Norco 10/325mg #60 to be medically necessary and would encourage counseling.', 'the Norco 10/325mg #60'],
      ['The reviewer considers the request reasonable.', 'the request'],
      ['This reviewer deems Norco appropriate at this time.', 'Norco'],
      ['We regard the request as medically necessary.', 'the request'],
      ['I feel the request is warranted.', 'the request'],
      ['Having weighed the record, I would consider the request medically necessary.', 'the request'],
    ]) {
      assert.deepEqual(read(`The records were reviewed. ${sentence}`, ['norco', 'psychological', 'evaluation', 'physical', 'therapy', 'shoulder']), ['necessary', 'stated', subject], sentence);
    }
  });
  it('turns it round with the negations of either verb group', () => {
    for (const sentence of [
      'I do not find Norco 10/325mg #60 medically necessary.',
      'This reviewer cannot consider the request to be medically necessary.',
      'The reviewer is unable to find the requested Norco appropriate.',
      'The undersigned does not believe the request to be warranted.',
      'I find the request not medically necessary.',
      'I find Norco unwarranted at this time.',
      'The reviewer deems it not medically necessary.',
      'I consider the prior denial appropriate.',
      'I found nothing to suggest the request is necessary.',
      'I find no evidence the requested Norco is medically necessary.',
    ]) {
      assert.deepEqual(read(sentence)?.slice(0, 2), ['not-necessary', 'stated'], sentence);
    }
  });
  it('reads no finding in a condition, a hedge, a verb without an object, or a judgement someone else makes', () => {
    for (const sentence of [
      'I would consider the request medically necessary if urine drug screens were consistent.',
      'I might consider the request reasonable.',
      'I could find Norco appropriate once a pain contract is signed.',
      'The medications I find helpful for him are listed.',
      'The AME considers Norco necessary for this patient.',
      'The treating physician believes Norco is medically necessary.',
      'UR found the request not medically necessary.',
      'He feels the request is reasonable.',
      'The prior reviewer considered the request medically necessary.',
    ]) {
      assert.equal(read(sentence), undefined, sentence);
    }
    assert.deepEqual(read('The request for the medication found in the records is medically necessary.')?.[0], 'necessary', 'a participle naming no one is no judgement');
  });
  it('reads "not recommended past / longer than / except …" as the guideline\'s restriction, not a finding on the item named', () => {
    for (const sentence of [
      'Soma is not recommended past 2-3 weeks; he has taken it daily for two years.',
      'Carisoprodol is not recommended longer than three weeks.',
      'Soma is not indicated except for short courses in acute spasm.',
      'Soma is not recommended outside of a brief trial.',
    ]) {
      assert.equal(read(sentence, ['soma', 'carisoprodol']), undefined, sentence);
    }
    assert.deepEqual(read('Soma is not recommended for this patient.', ['soma', 'carisoprodol'])?.[0], 'not-necessary');
    assert.deepEqual(read('Soma is not recommended past 2-3 weeks. The request is not medically necessary.', ['soma'])?.[0], 'not-necessary');
  });
});

describe('a licensed indication, a reported question, two predicates joined by "and", an appositive in the judged object', () => {
  const read = (rationale: string, item: string[]) => {
    const c = findConclusion(rationale, span(rationale, 0, rationale.length), new Set(item));
    return c ? [c.necessity, c.strength, c.subject?.text] : undefined;
  };
  const gel = ['voltaren', 'gel', 'diclofenac', 'topical', 'nsaid', 'nsaids'];
  it('reads "X is approved for / in / by <indication, country, agency>" as a drug\'s licensed indication, whatever the subject calls it', () => {
    for (const sentence of [
      'Topical diclofenac is approved for osteoarthritis of joints amenable to topical treatment, such as the hands.',
      'The requested Voltaren gel is approved for osteoarthritis of the knee.',
      'The requested diclofenac gel is approved for use in the hands and knees.',
      'Voltaren gel is approved by the FDA for knee osteoarthritis.',
      'The requested Voltaren gel is approved by the FDA.',
      'Voltaren gel is approved in the United States for osteoarthritis.',
      'Diclofenac gel is approved only for joints amenable to topical treatment.',
      'The requested topical NSAID is approved as a second-line agent.',
      'Voltaren gel was approved in 2007 for osteoarthritis.',
    ]) {
      assert.equal(read(`She is already on a systemic NSAID. ${sentence}`, gel), undefined, sentence);
    }
  });
  it('still reads an approval said of this patient, of the request alone, or for a course as the finding', () => {
    assert.deepEqual(read('Voltaren gel is approved for this patient.', gel), ['necessary', 'stated', 'Voltaren gel']);
    assert.deepEqual(read('The requested Voltaren gel is approved for 2 tubes.', gel), ['necessary', 'stated', 'The requested Voltaren gel']);
    assert.deepEqual(read('The requested Voltaren gel is approved for a one-month trial.', gel), ['necessary', 'stated', 'The requested Voltaren gel']);
    assert.deepEqual(read('The request is approved for the right knee.', gel), ['necessary', 'stated', 'The request']);
    assert.deepEqual(read('Voltaren gel is not medically necessary.', gel), ['not-necessary', 'stated', 'Voltaren gel']);
  });
  it('reads a clause after "why" or "how" as a question the sentence reports, not a finding', () => {
    for (const sentence of [
      'The record does not explain why both are needed.',
      'It is unclear why the request is medically necessary.',
      'The notes do not show how the gel is needed.',
      'The provider does not say why a second NSAID is warranted.',
      'It is not clear how medical necessity has been established.',
      'Why both agents are needed is not explained.',
    ]) {
      assert.equal(read(`She is already on a systemic NSAID. ${sentence}`, gel), undefined, sentence);
    }
  });
  it('reads the clause after "that is why" as the finding it draws', () => {
    assert.deepEqual(read('That is why the request is not medically necessary.', gel), ['not-necessary', 'stated', 'the request']);
    assert.deepEqual(read("That's why the gel is not medically necessary.", gel), ['not-necessary', 'stated', 'the gel']);
    assert.deepEqual(read('No trial is documented, which is why the Voltaren gel is not supported.', gel), ['not-necessary', 'stated', 'the Voltaren gel']);
  });

  const tens = ['tens', 'unit', 'tu'];
  it('reads a predicate joined by "and" to one before it as sharing its verb group and subject', () => {
    for (const [sentence, necessity, subject] of [
      ['Purchase is premature and not medically necessary.', 'not-necessary', 'Purchase'],
      ['The request is excessive and therefore not medically necessary.', 'not-necessary', 'The request'],
      ['The TENS unit is excessive, and therefore not medically necessary.', 'not-necessary', 'The TENS unit'],
      ['Purchase was premature and not medically necessary.', 'not-necessary', 'Purchase'],
      ['The unit is premature at this stage and is not medically necessary.', 'not-necessary', 'The unit'],
      ['Therapy is reasonable and medically necessary.', 'necessary', 'Therapy'],
      ['The TENS unit is no longer effective and not medically necessary.', 'not-necessary', 'The TENS unit'],
      ['The rental is appropriate for one month and medically necessary.', 'necessary', 'The rental'],
    ]) {
      assert.deepEqual(read(`No trial is recorded. ${sentence}`, tens), [necessity, 'stated', subject], sentence);
    }
  });
  it('reads no shared predicate where a negation of the first may or may not reach the second, or under a condition or a possibility', () => {
    for (const sentence of [
      'The TENS unit is no longer effective and medically necessary.',
      'The unit is not effective and medically necessary.',
      'The unit would be helpful and medically necessary.',
      'The unit is helpful and medically necessary if she returns to work.',
      'The patient is stable and not medically necessary.',
      'The unit is premature and, in "the provider\'s words", "medically necessary".',
    ]) {
      assert.equal(read(`No trial is recorded. ${sentence}`, tens), undefined, sentence);
    }
    assert.deepEqual(read('Weaning is advised and medically necessary.', tens), ['necessary', 'implied', 'Weaning']);
  });

  const therapy = ['cognitive', 'behavioral', 'therapy', 'cb', 'cbt', 'lumbar', 'brace', 'tens', 'unit'];
  it('reads "I find / consider / deem / judge X, <appositive>, (to be) necessary" as a finding on X', () => {
    for (const [sentence, necessity, subject] of [
      ['I find the cognitive behavioral therapy, 6 sessions, to be medically necessary.', 'necessary', 'the cognitive behavioral therapy, 6 sessions'],
      ['The undersigned considers the therapy, 6 sessions, medically necessary.', 'necessary', 'the therapy, 6 sessions'],
      ['I judge the home TENS unit, a purchase, to be medically necessary.', 'necessary', 'the home TENS unit, a purchase'],
      ['I find the therapy, six visits over two weeks, to be medically necessary.', 'necessary', 'the therapy, six visits over two weeks'],
      ['I consider the lumbar brace, as requested, to be not medically necessary.', 'not-necessary', 'the lumbar brace, as requested'],
      ['We deem the request, eight sessions, not medically necessary.', 'not-necessary', 'the request, eight sessions'],
      ['I do not find the therapy, 6 sessions, to be medically necessary.', 'not-necessary', 'the therapy, 6 sessions'],
    ]) {
      assert.deepEqual(read(`A six-session course is within the guideline. ${sentence}`, therapy), [necessity, 'stated', subject], sentence);
    }
  });
  it('reads no judgement across an appositive holding a condition or a clause, or made by someone else', () => {
    for (const sentence of [
      'I find the therapy, if continued, to be medically necessary.',
      'I find the therapy, which was not helpful, to be medically necessary.',
      'The AME considers the therapy, 6 sessions, medically necessary.',
      'The treating physician finds the therapy, 6 sessions, to be medically necessary.',
    ]) {
      assert.equal(read(sentence, therapy), undefined, sentence);
    }
    // A judgement in an earlier clause does not reach across a second comma to the subject of the finding.
    assert.deepEqual(read('Although I find his pain real, the request, as written, is not medically necessary.', therapy)?.slice(0, 2), ['not-necessary', 'stated']);
  });

  it('reads no finding from a restriction the guidelines put on a treatment ("is only supported in the patch form")', () => {
    const lidocaine = ['terocin', 'lotion', 'lidoderm', 'lidocaine', 'patch'];
    for (const sentence of [
      'Lidocaine is only supported in the Lidoderm patch form, not as a lotion.',
      'Topical lidocaine is only supported in patch form.',
      'Lidocaine is, per the MTUS, only supported in the form of a dermal patch.',
    ]) {
      assert.equal(read(sentence, lidocaine), undefined, sentence);
    }
    // Said by the reviewer of the request, it is a finding.
    assert.deepEqual(read('I do not support the Terocin lotion.', lidocaine)?.slice(0, 2), ['not-necessary', 'stated']);
  });

  it('reads the reviewer\'s act after a clause naming the guideline: guidelines do not certify or deny', () => {
    const chiro = ['chiropractic', 'treatment', 'visits', 'cervical', 'spine'];
    assert.deepEqual(read('A 6-visit trial is exactly what the guideline contemplates, and it should be authorized.', chiro)?.slice(0, 2), ['necessary', 'stated']);
    assert.deepEqual(read('This is what the MTUS recommends; it is certified.', chiro)?.slice(0, 2), ['necessary', 'stated']);
    // What the guideline itself is said to recommend stays its statement.
    assert.equal(read('Per the MTUS, opioids are not indicated.', chiro), undefined);
    assert.equal(read('The guidelines state it should not be approved without a trial.', chiro), undefined);
  });
});

import * as assert from 'node:assert/strict';
import { expectConfigurable, expectFindings, expectNone, letter2014, letter2016, mutate } from './letters';

const rule = 'item-rationale-mismatch';
const rationale2016 = 'Decision rationale: The request is for Norco 10/325mg #60. The records show no functional\nimprovement on opioids. Therefore, the request is not medically necessary.';

function withRationale(text: string): string {
  return mutate(letter2016, rationale2016, `Decision rationale: ${text}`);
}

describe(`rule ${rule}`, () => {
  const otherQuantity = mutate(letter2016, 'The request is for Norco 10/325mg #60.', 'The request is for Norco 10/325mg #90.');
  const otherStrength2014 = mutate(letter2014, 'The current request is for 60 Soma 350mg.', 'The current request is for Soma 250mg #60.');

  it('reports on the heading the rationale stating another quantity (2016), relating the mention', () => {
    const [f] = expectFindings(otherQuantity, rule, [{ range: 'Norco 10/325mg #60', severity: 'warning', message: 'quantity #90 (the heading has #60)' }]);
    assert.equal(otherQuantity.slice(f.related![0].start, f.related![0].end), 'Norco 10/325mg #90');
  });

  it('reports the rationale stating another strength (2014)', () => {
    expectFindings(otherStrength2014, rule, [{ range: '60 Soma 350mg', severity: 'warning', message: 'strength 250mg (the heading has 350mg)' }]);
  });

  it('compares every sentence naming the drug, the conclusion above all, by any of its names', () => {
    const conclusions = [
      'The records show no improvement. The request for Norco 5/325mg #60 is not medically necessary.',
      'No improvement is documented. Therefore, Norco 10/325mg #30 is not medically necessary.',
      'Hydrocodone/APAP 5/325mg #60 is not medically necessary as the records show no benefit.',
      'The patient currently takes Norco 5/325mg four times a day without benefit. The request is not medically necessary.',
    ];
    for (const c of conclusions) {
      const found = expectFindings(withRationale(c), rule, [{ range: 'Norco 10/325mg #60', severity: 'warning' }]);
      assert.equal(found[0].related!.length, 1, c);
    }
  });

  it('compares the form: a patch heading, a cream in the conclusion', () => {
    const patch = mutate(letter2016, 'Norco 10/325mg #60: Upheld', 'Lidoderm 5% patch #30: Upheld');
    const text = mutate(patch, rationale2016, 'Decision rationale: There is no neuropathic pain. The request for Lidoderm 5% cream #30 is not medically necessary.');
    expectFindings(text, rule, [{ range: 'Lidoderm 5% patch #30', severity: 'warning', message: "form 'cream' (the heading has 'patch')" }]);
    // Another product of the same drug entry names its own form.
    expectNone(mutate(patch, rationale2016, 'Decision rationale: Topical lidocaine in the form of a dermal patch is recommended for neuropathic pain only. The request for Lidoderm 5% patch #30 is not medically necessary.'), rule);
  });

  it('takes an amount in grams as one however its unit is spelled (240gm, 240g)', () => {
    const cream = mutate(letter2016, 'Norco 10/325mg #60: Upheld', 'Flurbiprofen 20% cream 240gm: Upheld');
    for (const said of ['240g', '240 g', '240gm', '240 GM']) {
      expectNone(mutate(cream, rationale2016, `Decision rationale: No trial of oral agents is documented. The request for flurbiprofen cream ${said} is not medically necessary.`), rule);
    }
  });

  it('ignores titrations, earlier doses, what UR authorised and the guideline limits', () => {
    expectNone(letter2016, rule);
    expectNone(letter2014, rule);
    const others = [
      'Previously Norco 5/325mg #120 was taken. The request for Norco 10/325mg #60 is not medically necessary.',
      'Norco was increased from 5/325mg to 10/325mg in March. The request for Norco 10/325mg #60 is not medically necessary.',
      'The dose of Norco 5/325mg was titrated upward over two months. Norco 10/325mg #60 is not medically necessary.',
      'Norco 10/325mg #30 was authorized by the claims administrator. The remaining Norco 10/325mg #60 is not medically necessary.',
      'The guidelines recommend up to Norco 10/325mg #120 a month. The request for Norco 10/325mg #60 is not medically necessary.',
      'The guideline says "Norco 5mg is preferred". The request for Norco 10/325mg #60 is not medically necessary.',
      'The request for hydrocodone 10mg with acetaminophen, Norco 10/325mg #60, is not medically necessary.',
    ];
    for (const o of others) expectNone(withRationale(o), rule);
  });

  it('reads a current dose that helps the pain: a change of the pain is no change of the dose', () => {
    const current = 'Her dose of Norco 5/325mg four times daily, #60 per month, has reduced the back pain by three points. Norco 10/325mg #60 is medically necessary.';
    expectFindings(withRationale(current), rule, [{ range: 'Norco 10/325mg #60', severity: 'warning', message: 'strength 5/325mg' }]);
    expectFindings(withRationale(current.replace('has reduced the back pain by three points', 'helps; her pain was reduced from 8/10 to 5/10')), rule, [
      { range: 'Norco 10/325mg #60', severity: 'warning', message: 'strength 5/325mg' },
    ]);
    // A titration is still another dose on purpose.
    expectNone(withRationale('Norco was reduced to 5/325mg #60 because of sedation, which the pain tolerated. Norco 10/325mg #60 is medically necessary.'), rule);
    expectNone(withRationale('Norco 5/325mg was increased to 10/325mg last month. Norco 10/325mg #60 is medically necessary.'), rule);
  });

  describe('a service: its count of sessions or visits', () => {
    const therapy = (heading: string, text: string) =>
      mutate(
        mutate(letter2016, 'Physical therapy 2 times a week for 4 weeks lumbar spine: Overturned', `${heading}: Overturned`),
        'Decision rationale: The guidelines support a short course of therapy for a flare of low back\npain. Therefore, the request is medically necessary.',
        `Decision rationale: ${text}`,
      );

    it('reports a count said to be requested, or after the heading\'s name, that differs from the heading\'s', () => {
      const text = therapy(
        'Physical therapy 12 sessions for the lumbar spine',
        'The 8 sessions requested exceed the 9 to 10 visits over 8 weeks the guideline allows, and he has already had 6. Physical therapy 8 sessions for the lumbar spine is not medically necessary.',
      );
      const [f] = expectFindings(text, rule, [
        { range: 'Physical therapy 12 sessions for the lumbar spine', severity: 'warning', message: 'gives this request 8 sessions (the heading has 12)' },
      ]);
      assert.deepEqual(f.related!.map((r) => text.slice(r.start, r.end)), ['8 sessions', '8 sessions']);
      expectFindings(therapy('Acupuncture 6 visits', 'The request for 12 visits of acupuncture is not medically necessary.'), rule, [{ range: 'Acupuncture 6 visits', severity: 'warning', message: '12 visits' }]);
    });

    it("reads a count with the treatment's own words between it and its unit", () => {
      for (const [heading, text, said] of [
        ['Chiropractic manipulation 6 visits, lumbar spine', 'He improved by half. The request for 12 chiropractic visits exceeds what is left to certify. The request is medically necessary.', '12 visits (the heading has 6)'],
        ['Physical therapy 12 sessions', 'The request for 8 physical therapy sessions is not supported. The request is not medically necessary.', '8 sessions (the heading has 12)'],
        ['Acupuncture 6 additional visits', 'The 12 additional acupuncture treatments requested exceed the guideline. The request is not medically necessary.', '12 treatments (the heading has 6)'],
        ['Cognitive behavioral therapy 6 sessions', 'The request for 10 more CBT sessions is not medically necessary.', '10 sessions (the heading has 6)'],
        ['8 physical therapy visits', 'The request for 12 physical therapy visits is not medically necessary.', '12 visits (the heading has 8)'],
      ]) {
        expectFindings(therapy(heading, text), rule, [{ range: heading, severity: 'warning', message: said }]);
      }
      for (const [heading, text] of [
        ['Chiropractic manipulation 6 visits', 'He has completed 12 chiropractic visits with benefit. The request for 6 chiropractic visits is medically necessary.'],
        ['Physical therapy 12 sessions', 'The request is for 2 weekly visits over 6 weeks, 12 sessions in all, and is medically necessary.'],
        ['Physical therapy 12 sessions', 'The request for 6 of the physical therapy sessions is medically necessary.'],
        ['Physical therapy 12 sessions', 'The guideline allows 10 physical therapy visits over 8 weeks. The request is medically necessary.'],
      ]) {
        expectNone(therapy(heading, text), rule);
      }
    });

    it('ignores counts of the history, of the guideline and of what UR certified', () => {
      for (const text of [
        'He completed 8 sessions of physical therapy with benefit. Physical therapy 12 sessions is medically necessary.',
        'The guideline allows 9 to 10 visits over 8 weeks. The request is medically necessary.',
        'Utilization review modified the request to 6 sessions of physical therapy. The request for 12 sessions is medically necessary.',
        'He has had 24 visits. The request is not medically necessary.',
      ]) {
        expectNone(therapy('Physical therapy 12 sessions', text), rule);
      }
    });
  });

  it('compares a dose refused in the same sentence ("non-certified", "not certified"): the refusal is of the request itself', () => {
    for (const refused of [
      'No benefit is documented. The request for Norco 10/325mg #120 is non-certified; it is not medically necessary.',
      'No benefit is documented, and Norco 10/325mg #120 is non-certified.',
      'The request for Norco 10/325mg #120 is not certified, as the records show no functional gain. The request is not medically necessary.',
      'Hydrocodone/APAP 10/325mg #120 is not authorized: the request is not medically necessary.',
    ]) {
      expectFindings(withRationale(refused), rule, [{ range: 'Norco 10/325mg #60', severity: 'warning', message: 'quantity #120 (the heading has #60)' }]);
    }
    // What UR certified or authorised, or what is not FDA approved, is still another dose on purpose.
    for (const other of [
      'Utilization review certified Norco 10/325mg #30 for weaning. The request is not medically necessary.',
      'The claims administrator authorized Norco 10/325mg #30. The request is not medically necessary.',
      'Norco 10/325mg #120 was approved last year. The request is not medically necessary.',
    ]) {
      expectNone(withRationale(other), rule);
    }
  });

  it('compares what the rationale decides even in a sentence that also speaks of directions, the past or the guideline', () => {
    for (const decided of [
      // The request's directions ("up to twice daily") are no guideline limit.
      'The request under review is Norco 10/325mg #90, one tablet up to twice daily, and no benefit is documented, so the continued Norco 10/325mg #90 is not medically necessary.',
      'The request is for Norco 10/325mg #90, up to three times a day. The records show no functional gain and the request is not medically necessary.',
      // The conclusion's subject is the decision, whatever else the sentence says.
      'Given the prior failure to wean, Norco 10/325mg #90 is not medically necessary.',
      'As the guidelines recommend tapering, Norco 10/325mg #90 is therefore not medically necessary.',
      'The current request was for continued Norco 10/325mg #90 after the dose was increased in March; it is not medically necessary.',
    ]) {
      expectFindings(withRationale(decided), rule, [{ range: 'Norco 10/325mg #60', severity: 'warning', message: 'quantity #90 (the heading has #60)' }]);
    }
    for (const other of [
      'The original request was for Norco 10/325mg #120. The request for Norco 10/325mg #60 is not medically necessary.',
      'The guidelines allow up to Norco 10/325mg #120 a month. The request for Norco 10/325mg #60 is not medically necessary.',
      'She takes Norco 10/325mg #60, up to twice daily. The request is not medically necessary.',
    ]) {
      expectNone(withRationale(other), rule);
    }
  });

  it('compares a strength with the heading\'s of the same measure: an agent\'s percentage is no tube\'s weight', () => {
    const ointment = (heading: string, text: string) => mutate(mutate(letter2016, 'Norco 10/325mg #60: Upheld', `${heading}: Upheld`), rationale2016, `Decision rationale: ${text}`);
    const ingredients = 'Medrox = methyl salicylate 20%, menthol 5%, capsaicin 0.0375%. Topicals are largely experimental.';
    expectNone(ointment('Medrox ointment 120gm', `${ingredients} Medrox ointment 120gm is not medically necessary.`), rule);
    expectNone(ointment('Ketoprofen 20% cream 120gm', 'Ketoprofen 20% in a cream base is not FDA approved. The request is not medically necessary.'), rule);
    expectFindings(ointment('Medrox ointment 120gm', `${ingredients} Medrox ointment 240gm is not medically necessary.`), rule, [
      { range: 'Medrox ointment 120gm', severity: 'warning', message: '240gm (the heading has 120gm)' },
    ]);
    expectFindings(ointment('Ketoprofen 20% cream 120gm', 'Ketoprofen 10% cream is not medically necessary.'), rule, [
      { range: 'Ketoprofen 20% cream 120gm', severity: 'warning', message: 'strength 10% (the heading has 20%)' },
    ]);
  });

  describe('a rental, a trial or a membership: its duration', () => {
    const rental = (heading: string, text: string) =>
      mutate(
        mutate(letter2016, 'Physical therapy 2 times a week for 4 weeks lumbar spine: Overturned', `${heading}: Upheld`),
        'Decision rationale: The guidelines support a short course of therapy for a flare of low back\npain. Therefore, the request is medically necessary.',
        `Decision rationale: ${text}`,
      );

    it('reports the duration the rationale decides where it differs from the heading\'s', () => {
      const cases: [string, string, string][] = [
        ['TENS unit 30-day rental', 'The PTP requests a 3-month TENS rental, well beyond the 1-month trial. A 3-month rental of a TENS unit is not medically necessary.', '3 months (the heading has 30 days)'],
        ['TENS unit 30-day rental', 'The request is for a 60-day rental of the TENS unit. There is no functional restoration program. It is not medically necessary.', '60 days (the heading has 30 days)'],
        ['TENS unit rental x 1 month', 'No trial is documented. Therefore, a two-month TENS unit rental is not medically necessary.', 'two months (the heading has 1 month)'],
        ['Gym membership x 6 months', 'The provider requested a 12-month gym membership for pool exercise. A home program suffices and the request is not medically necessary.', '12 months (the heading has 6 months)'],
        ['Physical therapy 2 times a week for 4 weeks lumbar spine', 'No home program is documented. Physical therapy 2 times a week for 8 weeks is not medically necessary.', '8 weeks (the heading has 4 weeks)'],
      ];
      for (const [heading, text, message] of cases) {
        const [f] = expectFindings(rental(heading, text), rule, [{ range: heading, severity: 'warning', message }]);
        assert.ok(f.related!.length >= 1, text);
      }
    });

    it('ignores the guideline\'s trial, the history, what UR modified and the same length said otherwise', () => {
      for (const [heading, text] of [
        ['TENS unit 3-month rental', 'A one-month home trial may be considered as an adjunct to a functional restoration program. The 1-month trial in 2015 showed benefit, so the request is medically necessary.'],
        ['TENS unit 3-month rental', 'He used a TENS unit for 2 weeks in 2015 with benefit. The 3-month rental of a TENS unit is medically necessary.'],
        ['TENS unit 3-month rental', 'Utilization review modified the request to a 1-month rental. The request is medically necessary.'],
        ['TENS unit 3-month rental', 'Beyond the 1-month trial the request is medically necessary, given documented benefit.'],
        ['TENS unit 30-day rental', 'The request for a one-month rental of the TENS unit is not medically necessary.'],
        ['TENS unit 4 weeks rental', 'A 1-month TENS rental is not medically necessary.'],
        ['Physical therapy 2 times a week for 4 weeks lumbar spine', 'The guidelines allow 9-10 visits over 8 weeks. Therefore, the request is medically necessary.'],
        ['Physical therapy 2 times a week for 4 weeks lumbar spine', 'Therapy over 8 weeks was completed in 2015 with benefit. The request is medically necessary.'],
      ]) {
        expectNone(rental(heading, text), rule);
      }
    });
  });

  it('reads the count of a request stated as "the request is for"', () => {
    const psychotherapy = mutate(
      mutate(letter2016, 'Physical therapy 2 times a week for 4 weeks lumbar spine: Overturned', 'Individual psychotherapy x 6 sessions: Upheld'),
      'Decision rationale: The guidelines support a short course of therapy for a flare of low back\npain. Therefore, the request is medically necessary.',
      'Decision rationale: The current request is for 12 additional sessions of individual\npsychotherapy. She has had 26 sessions already. The request is not medically necessary.',
    );
    expectFindings(psychotherapy, rule, [{ range: 'Individual psychotherapy x 6 sessions', severity: 'warning', message: '12 sessions (the heading has 6)' }]);
    expectNone(psychotherapy.replace('The current request is for 12 additional', 'The original request was for 12 additional'), rule);
  });

  it('reads an amount taken per day or per dose, a whole multiple of the strength, as no other strength', () => {
    for (const taken of ['Hydrocodone 20mg twice daily is 40 mg/day.', 'Hydrocodone 40 mg/day is 40 MME.', 'Hydrocodone 30 mg per day is well tolerated.', 'Norco 20mg every 6 hours helps.']) {
      expectNone(withRationale(`${taken} The records show no functional improvement. Therefore, the request is not medically necessary.`), rule);
    }
    // Another strength still is, even with its directions.
    expectFindings(withRationale('Hydrocodone 7.5mg twice daily helps. Therefore, the request is not medically necessary.'), rule, [{ range: 'Norco 10/325mg #60', severity: 'warning' }]);
    expectFindings(withRationale('The records show no gain. Norco 15mg twice daily is not medically necessary.'), rule, [{ range: 'Norco 10/325mg #60', severity: 'warning' }]);
  });

  describe('a course a week at a time: the visits a week and the weeks', () => {
    const course = (heading: string, text: string) =>
      mutate(
        mutate(letter2016, 'Physical therapy 2 times a week for 4 weeks lumbar spine: Overturned', `${heading}: Upheld`),
        'Decision rationale: The guidelines support a short course of therapy for a flare of low back\npain. Therefore, the request is medically necessary.',
        `Decision rationale: ${text}`,
      );

    it('reports another weekly course given the request, though its visits add up to the same', () => {
      for (const [heading, text, message] of [
        ['Physical therapy 2 times a week for 6 weeks for the right shoulder', 'I have been asked to review physical therapy three times weekly for four weeks, twelve visits, directed at the right shoulder. It is not medically necessary.', 'the course 3x4 (the heading has 2x6)'],
        ['Occupational therapy 3 times a week for 4 weeks right wrist', 'The request under review is occupational therapy twice weekly for six weeks for the right wrist, a total of twelve visits. It is not medically necessary.', 'the course 2x6 (the heading has 3x4)'],
        ['Physical therapy 2x6', 'The request is for 3x4 sessions of therapy. The request is not medically necessary.', 'the course 3x4 (the heading has 2x6)'],
        ['Physical therapy twice weekly for six weeks', 'The requested physical therapy 3 times a week for 4 weeks is not medically necessary.', 'the course 3x4 (the heading has 2x6)'],
        ['Physical therapy 12 sessions', 'The request is for 2 times a week for 4 weeks. The request is not medically necessary.', 'the course 2x4 (the heading has 12 visits)'],
      ]) {
        expectFindings(course(heading, text), rule, [{ range: heading, severity: 'warning', message }]);
      }
    });

    it('takes 2x6, "2 times a week for 6 weeks", "twice weekly for six weeks" and 12 sessions for one course', () => {
      for (const said of ['2x6', '2 x 6 weeks', '2 times a week for 6 weeks', 'twice weekly for six weeks', 'two times per week for six weeks', '12 sessions']) {
        expectNone(course('Physical therapy 2 times a week for 6 weeks', `The request is for physical therapy ${said}. The request is not medically necessary.`), rule);
        expectNone(course('Physical therapy 2x6', `Physical therapy ${said} is not medically necessary.`), rule);
      }
      expectNone(course('Physical therapy 12 sessions', 'The request is for physical therapy 3 times a week for 4 weeks. The request is not medically necessary.'), rule);
    });

    it('ignores the courses of the history and of the guideline', () => {
      for (const text of [
        'She completed physical therapy 3 times a week for 4 weeks in 2015. The request is not medically necessary.',
        'The MTUS allows physical therapy 3 times a week for 4 weeks for a flare; the request is not medically necessary.',
        'Utilization review modified the request to physical therapy 1 time a week for 6 weeks. The request is medically necessary.',
        'Physical therapy 3 times a week for 4 weeks was authorized in 2015. The request for further therapy is not medically necessary.',
        'He had therapy twice weekly for four weeks last year with benefit. The request is medically necessary.',
      ]) {
        expectNone(course('Physical therapy 2 times a week for 6 weeks', text), rule);
      }
    });
  });

  describe('a side or a spinal level', () => {
    const site = (heading: string, text: string) =>
      mutate(
        mutate(letter2016, 'Physical therapy 2 times a week for 4 weeks lumbar spine: Overturned', `${heading}: Upheld`),
        'Decision rationale: The guidelines support a short course of therapy for a flare of low back\npain. Therefore, the request is medically necessary.',
        `Decision rationale: ${text}`,
      );

    it('reports another side or level given the request or its conclusion', () => {
      for (const [heading, text, message, said] of [
        ['Right C5-C6 interlaminar epidural steroid injection', 'The request is a right C6-C7 interlaminar epidural steroid injection. The injection is not medically necessary.', 'level C6-C7 (the heading has C5-C6)', 'a right C6-C7 interlaminar epidural steroid injection'],
        ['MRI of the left shoulder without contrast', 'None of the criteria are met for the right shoulder. MRI of the right shoulder is not medically necessary.', 'the right side (the heading has the left)', 'MRI of the right shoulder'],
        ['Left L4-L5 radiofrequency ablation', 'The request is a right L4-L5 radiofrequency neurotomy. The ablation is medically necessary.', 'the right side (the heading has the left)', 'a right L4-L5 radiofrequency neurotomy'],
        ['Right knee arthroscopy', 'No mechanical symptoms are documented. Therefore, the requested left knee arthroscopy is not medically necessary.', 'the left side (the heading has the right)', 'left knee arthroscopy'],
        ['L4-5 transforaminal epidural steroid injection', 'I have been asked to review an L5-S1 transforaminal epidural injection. It is not medically necessary.', 'level L5-S1 (the heading has L4-L5)', 'an L5-S1 transforaminal epidural injection'],
        ['Bilateral L4/5 facet injection', 'The request for bilateral L3/4 facet injections is not medically necessary.', 'level L3-L4 (the heading has L4-L5)', 'bilateral L3/4 facet injections'],
        ['Hinged knee brace, right', 'The request for a hinged brace for the left knee is not medically necessary.', 'the left side (the heading has the right)', 'a hinged brace for the left knee'],
      ]) {
        const text2 = site(heading, text);
        const [f] = expectFindings(text2, rule, [{ range: heading, severity: 'warning', message }]);
        assert.equal(text2.slice(f.related![0].start, f.related![0].end), said);
      }
    });

    it('ignores other sides and levels of the history, and a request naming its own side too', () => {
      for (const [heading, text] of [
        ['MRI of the left shoulder', 'He had prior right shoulder surgery in 2014. The request for MRI of the left shoulder is not medically necessary.'],
        ['MRI of the left shoulder', 'Given the prior right shoulder surgery, the left shoulder MRI is not medically necessary.'],
        ['MRI of the left shoulder', 'The right shoulder MRI was certified in 2015. The request is not medically necessary.'],
        ['MRI of the left shoulder', 'The request is for a left shoulder MRI to compare with the right shoulder. It is not medically necessary.'],
        ['Left knee arthroscopy', 'The right knee was treated last year. The left knee arthroscopy is medically necessary.'],
        ['Left knee arthroscopy', 'She reports bilateral symptoms, worse on the right. The request is medically necessary.'],
        ['Left L5 transforaminal ESI', 'The request is for a bilateral L5 transforaminal ESI. It is medically necessary.'],
        ['Right C5-C6 interlaminar epidural steroid injection', 'He had an earlier C6-C7 fusion. The request for a right C5-C6 interlaminar ESI is medically necessary.'],
        ['Right C5-C6 interlaminar epidural steroid injection', 'The request is for a C5-C6 injection, above the C6-C7 fusion. It is medically necessary.'],
        ['Right C5-C6 interlaminar epidural steroid injection', 'A prior C6-C7 injection in 2014 gave 60% relief for 8 weeks. The request is medically necessary.'],
        ['Bilateral L4-L5 facet injection', 'The request is for a left L4-L5 facet injection first. It is medically necessary.'],
        ['Lumbar MRI', 'The request is for an MRI of the right L4-L5 region. It is medically necessary.'],
        ['MRI of the left shoulder', 'An MRI of the left shoulder, unlike the right shoulder, is not medically necessary.'],
        ['Right C5-C6 interlaminar epidural steroid injection', 'As the C5-C6 level is stenotic, a C6-C7 approach is medically necessary.'],
        ['Left knee arthroscopy', 'The request is the right choice for her. The left knee arthroscopy is medically necessary.'],
        ['Left knee arthroscopy', 'The request for the procedure is all right with the guideline. It is medically necessary.'],
      ]) {
        expectNone(site(heading, text), rule);
      }
    });
  });

  it('compares the form where the rationale decides the drug by another of its names', () => {
    const patch = mutate(letter2016, 'Norco 10/325mg #60: Upheld', 'Lidoderm 5% patch #30: Upheld');
    for (const decided of [
      'The request is for lidocaine 5% cream, thirty grams, to the right shoulder. It is not medically necessary.',
      'Impingement is not neuropathic pain. Lidocaine cream 5% is not medically necessary.',
      'The request under review is lidocaine 5% ointment. It is not medically necessary.',
    ]) {
      expectFindings(mutate(patch, rationale2016, `Decision rationale: ${decided}`), rule, [{ range: 'Lidoderm 5% patch #30', severity: 'warning', message: "(the heading has 'patch')" }]);
    }
    for (const other of [
      'Topical lidocaine in cream, lotion or gel form is not indicated. The request is not medically necessary.',
      'Lidocaine cream was used in 2015 without benefit. The request is not medically necessary.',
      'The request is for lidocaine 5% patch #30. It is not medically necessary.',
    ]) {
      expectNone(mutate(patch, rationale2016, `Decision rationale: ${other}`), rule);
    }
  });

  it('is configurable', () => expectConfigurable(otherQuantity, rule));
});

import * as assert from 'node:assert/strict';
import { expectConfigurable, expectFindings, expectNone, findingsOf, letter2014, letter2016, mutate } from './letters';

const rule = 'conclusion-item-mismatch';

/** The 2016 letter's Norco item concluding in `sentence`. */
const norcoConcludes = (sentence: string) => mutate(letter2016, 'Therefore, the request is not medically necessary.', sentence);
/** The 2016 letter's physical therapy item, re-headed as `heading`, concluding in `sentence`. */
const serviceConcludes = (heading: string, sentence: string) =>
  mutate(
    mutate(letter2016, 'Physical therapy 2 times a week for 4 weeks lumbar spine: Overturned', `${heading}: Overturned`),
    'Therefore, the request is medically necessary.',
    sentence,
  );

describe(`rule ${rule}`, () => {
  it('reports a conclusion about another drug, on its subject, relating the heading and the conclusion', () => {
    const text = norcoConcludes('Therefore, the request for Soma 350mg #90 is not medically necessary.');
    const [f] = expectFindings(text, rule, [
      { range: 'the request for Soma 350mg #90', severity: 'warning', message: 'The conclusion is about carisoprodol, but the item heading is for hydrocodone' },
    ]);
    assert.deepEqual(
      f.related!.map((r) => [text.slice(r.start, r.end), r.message]),
      [
        ['Norco 10/325mg #60', 'The item heading.'],
        ['Therefore, the request for Soma 350mg #90 is not medically necessary.', 'The conclusion.'],
      ],
    );
  });

  it('reports another service named by a finding that a bare verdict of the same sentence says again', () => {
    for (const sentence of [
      'The physical therapy 8 sessions is not medically necessary and the recommendation is for denial.',
      'Acupuncture is not medically necessary; the recommendation is for non-certification.',
    ]) {
      expectFindings(serviceConcludes('Chiropractic manipulation 8 sessions lumbar spine', sentence), rule, [{ range: sentence.split(/ is /)[0], severity: 'warning', message: 'but the item heading is for chiropractic' }]);
    }
    expectNone(serviceConcludes('Chiropractic manipulation 8 sessions lumbar spine', 'Chiropractic manipulation 8 sessions is medically necessary and the recommendation is for approval.'), rule);
  });

  it('reports another drug in any wording of the conclusion, brand or generic', () => {
    for (const [sentence, range] of [
      ['The request for Ambien 10mg #30 is not supported.', 'The request for Ambien 10mg #30'],
      ['Zolpidem is therefore not medically necessary.', 'Zolpidem'],
      ['The requested cyclobenzaprine cannot be certified.', 'The requested cyclobenzaprine'],
      ['Medical necessity for the requested Lyrica has not been established.', 'Medical necessity for the requested Lyrica'],
      ['The records do not support the request for tramadol.', 'the request for tramadol'],
    ]) {
      expectFindings(norcoConcludes(sentence), rule, [{ range, severity: 'warning' }]);
    }
  });

  it('reports a service conclusion under a drug heading, and a drug conclusion under a service heading', () => {
    expectFindings(norcoConcludes('Therefore, the request for an MRI of the lumbar spine is not medically necessary.'), rule, [
      { range: 'the request for an MRI of the lumbar spine', severity: 'warning', message: 'about MRI, but the item heading is for hydrocodone' },
    ]);
    expectFindings(serviceConcludes('MRI of the lumbar spine', 'Therefore, the request for Norco 10/325mg #60 is medically necessary.'), rule, [
      { range: 'the request for Norco 10/325mg #60', severity: 'warning', message: 'about hydrocodone, but the item heading is for MRI' },
    ]);
  });

  it('reports another antiemetic, and a procedure named by another site', () => {
    expectFindings(norcoConcludes('Phenergan 25mg #10 is medically necessary.').replace('Norco 10/325mg #60: Upheld', 'Zofran 4mg #10: Upheld'), rule, [
      { range: 'Phenergan 25mg #10', severity: 'warning', message: 'about promethazine, but the item heading is for ondansetron' },
    ]);
    expectFindings(serviceConcludes('Right carpal tunnel release', 'Therefore the right cubital tunnel release is medically necessary.'), rule, [
      { range: 'the right cubital tunnel release', severity: 'warning', message: 'about cubital tunnel release, but the item heading is for carpal tunnel release' },
    ]);
    expectNone(serviceConcludes('Right carpal tunnel release', 'Therefore the right carpal tunnel release is medically necessary.'), rule);
    expectNone(serviceConcludes('Wrist splint', 'A night splint for the cubital tunnel symptoms is medically necessary.'), rule);
  });

  it('reports another imaging, another therapy, another body region', () => {
    for (const [heading, sentence, range, message] of [
      ['MRI of the lumbar spine', 'Therefore, the MRI of the cervical spine is medically necessary.', 'the MRI of the cervical spine', 'about the cervical spine, but the item heading is for the lumbar spine'],
      ['MRI of the lumbar spine', 'The request for a CT scan of the lumbar spine is medically necessary.', 'The request for a CT scan of the lumbar spine', 'about CT, but the item heading is for MRI'],
      ['Acupuncture 6 sessions lumbar spine', 'The request for chiropractic care is medically necessary.', 'The request for chiropractic care', 'about chiropractic, but the item heading is for acupuncture'],
      ['Physical therapy 8 sessions right knee', 'The request for physical therapy for the left shoulder is medically necessary.', 'The request for physical therapy for the left shoulder', 'about the shoulder, but the item heading is for the knee'],
      ['X-rays of the right wrist', 'The requested x-rays of the right ankle are medically necessary.', 'The requested x-rays of the right ankle', 'about the ankle and foot'],
    ]) {
      expectFindings(serviceConcludes(heading, sentence), rule, [{ range, severity: 'warning', message }]);
    }
  });

  it('reads the whole subject past a quantity in apposition or an aside, and a verdict without a verb', () => {
    for (const [heading, sentence, range] of [
      [
        'Acupuncture 6 sessions cervical spine',
        'Functional improvement has therefore not been demonstrated, and the request for chiropractic manipulation, six sessions, is not medically necessary.',
        'and the request for chiropractic manipulation, six sessions,',
      ],
      ['Acupuncture 6 sessions cervical spine', 'The request for chiropractic care, in my view, is reasonable.', 'The request for chiropractic care, in my view,'],
      ['Acupuncture 6 sessions cervical spine', 'Chiropractic manipulation 6 visits - medically necessary.', 'Chiropractic manipulation 6 visits'],
    ]) {
      expectFindings(serviceConcludes(heading, sentence), rule, [{ range, severity: 'warning', message: 'about chiropractic, but the item heading is for acupuncture' }]);
    }
    expectFindings(norcoConcludes('Soma 350mg #90 not medically necessary.'), rule, [{ range: 'Soma 350mg #90', severity: 'warning', message: 'about carisoprodol' }]);
    expectNone(norcoConcludes('Norco 10/325mg #60 not medically necessary.'), rule);
    expectNone(norcoConcludes('Verdict - not medically necessary.'), rule);
  });

  it('reports a conclusion pasted after this item\'s own: a later finding that names another treatment', () => {
    const text = norcoConcludes('Therefore, the request is not medically necessary. The guideline criteria are not met. Soma 350mg #90 is not supported.');
    expectFindings(text, rule, [{ range: 'Soma 350mg #90', severity: 'warning', message: 'The conclusion is about carisoprodol, but the item heading is for hydrocodone' }]);
    // A later sentence about weaning or the taper names no other treatment.
    expectNone(norcoConcludes('Therefore, the request is not medically necessary. Weaning is medically necessary.'), rule);
  });

  it('reads a medial branch block as a facet procedure: another service than an epidural injection', () => {
    const text = serviceConcludes('Right L5-S1 transforaminal epidural steroid injection', 'The medial branch block is therefore medically necessary.');
    expectFindings(text, rule, [{ range: 'The medial branch block', severity: 'warning', message: 'The conclusion is about facet procedure, but the item heading is for epidural injection' }]);
    expectNone(serviceConcludes('Lumbar facet medial branch block', 'The medial branch block is therefore medically necessary.'), rule);
  });

  it('does not fire when the conclusion names the item by another of its names, or names the item and more', () => {
    for (const sentence of [
      'Therefore, the request for hydrocodone/APAP 10/325mg #60 is not medically necessary.',
      'Therefore, the request for Norco is not medically necessary.',
      'Continued use of hydrocodone is not medically necessary.',
      'Therefore, the request for Norco and Soma is not medically necessary.',
      'Therefore, the requested opioid is not medically necessary.',
    ]) {
      expectNone(norcoConcludes(sentence), rule);
    }
  });

  it('does not fire when the conclusion names nothing: "the request", "it", a bare verdict', () => {
    for (const sentence of ['Therefore, the request is not medically necessary.', 'It is not medically necessary.', 'Not medically necessary.', 'I recommend non-certification.', 'The UR decision is upheld.']) {
      expectNone(norcoConcludes(sentence), rule);
    }
    expectNone(letter2016, rule);
    expectNone(letter2014, rule);
  });

  it('does not fire on related regions, or a service said in its own words', () => {
    for (const [heading, sentence] of [
      ['EMG/NCV of the bilateral upper extremities', 'The requested electrodiagnostic studies of the upper extremities are medically necessary.'],
      ['EMG/NCV of the bilateral upper extremities', 'The request for EMG/NCV of the wrists is medically necessary.'],
      ['MRI of the lumbar spine without contrast', 'Therefore, the request for lumbar MRI is medically necessary.'],
      ['Physical therapy 2 times a week for 4 weeks lumbar spine', 'The request for therapy of the low back is medically necessary.'],
      ['Post-operative physical therapy 12 sessions right shoulder', 'The requested post-operative therapy is medically necessary.'],
    ]) {
      expectNone(serviceConcludes(heading, sentence), rule);
    }
  });

  it('does not read another treatment in a sentence that is no conclusion', () => {
    for (const rest of [
      'Therefore, the request is not medically necessary. Soma would be reasonable if muscle spasm were documented.',
      'Therefore, the request is not medically necessary. The request for Soma was previously certified.',
      'Therefore, the request is not medically necessary. Guidelines state "tramadol is recommended as a second-line option".',
    ]) {
      expectNone(norcoConcludes(rest), rule);
    }
  });

  it('compares equipment and other services too: a drug said under an equipment heading, equipment under a drug heading', () => {
    expectFindings(serviceConcludes('Home cervical traction unit', 'As such, the Voltaren gel 1% 100g is not medically necessary.'), rule, [
      { range: 'the Voltaren gel 1% 100g', severity: 'warning', message: 'The conclusion is about diclofenac gel, but the item heading is for traction' },
    ]);
    expectFindings(norcoConcludes('Given the above, the gym membership is not medically necessary.'), rule, [
      { range: 'the gym membership', severity: 'warning', message: 'The conclusion is about gym membership' },
    ]);
    expectNone(serviceConcludes('Lumbar back brace', 'The requested brace is not medically necessary.'), rule);
  });

  it('compares the body region of a service with the same name: NCV of the arms under an item for the legs', () => {
    const legs = 'EMG/NCV of the bilateral lower extremities';
    expectFindings(serviceConcludes(legs, 'I would not certify the request for NCV of the bilateral upper extremities; it is not medically necessary.'), rule, [
      { range: 'the request for NCV of the bilateral upper extremities', severity: 'warning', message: 'about the upper extremities, but the item heading is for the lower extremities' },
    ]);
    expectFindings(serviceConcludes(legs, 'The requested EMG of the right upper extremity is medically necessary.'), rule, [
      { range: 'The requested EMG of the right upper extremity', severity: 'warning', message: 'about the upper extremities' },
    ]);
    expectNone(serviceConcludes(legs, 'I would certify the request for EMG/NCV of the bilateral lower extremities; it is medically necessary.'), rule);
    expectNone(serviceConcludes(legs, 'The electrodiagnostic study of both legs is medically necessary.'), rule);
  });

  it('names exercise equipment as a service: a pool or gym membership is not a bicycle or a treadmill', () => {
    expectFindings(serviceConcludes('Home stationary exercise bicycle', 'Verdict: not medically necessary. A pool membership for 6 months is not medically necessary.'), rule, [
      { range: 'A pool membership for 6 months', severity: 'warning', message: 'about gym membership, but the item heading is for exercise equipment' },
    ]);
    expectFindings(serviceConcludes('Gym membership 6 months', 'The home treadmill is not medically necessary.'), rule, [
      { range: 'The home treadmill', severity: 'warning', message: 'about exercise equipment, but the item heading is for gym membership' },
    ]);
    expectNone(serviceConcludes('Home stationary exercise bicycle', 'The stationary bike is not medically necessary.'), rule);
    expectNone(serviceConcludes('Recumbent exercise bike', 'Exercise equipment of this kind is not medically necessary.'), rule);
  });

  it('reads a verdict that names nothing as about the finding just before it ("The CPM machine is not medically necessary. Non-certify.")', () => {
    for (const verdict of ['Certify.', 'Overturn.', 'Approve.']) {
      expectFindings(serviceConcludes('Postoperative cold therapy unit, left knee', `With surgery approved, the device has a place. The CPM machine is medically necessary. ${verdict}`), rule, [
        { range: 'The CPM machine', severity: 'warning', message: 'about continuous passive motion, but the item heading is for cold therapy' },
      ]);
    }
    expectFindings(serviceConcludes('Continuous passive motion device, 21 days', 'A cryotherapy unit for 7 days is medically necessary. Approve.'), rule, [
      { range: 'A cryotherapy unit for 7 days', severity: 'warning', message: 'about cold therapy, but the item heading is for continuous passive motion' },
    ]);
  });

  it('reads a clause with its predicate left out as naming nothing, and the finding before it as the conclusion', () => {
    const percocet = (sentence: string) => norcoConcludes(sentence).replace('Norco 10/325mg #60: Upheld', 'Percocet 10/325mg #60: Upheld');
    expectFindings(percocet('Continued Norco 10/325mg #60 is not medically necessary. Weaning is indicated; the request as written is not.'), rule, [
      { range: 'Continued Norco 10/325mg #60', severity: 'warning', message: 'about hydrocodone, but the item heading is for oxycodone/acetaminophen' },
    ]);
    expectFindings(percocet('Vicodin 5/300mg #60 is not medically necessary. Non-certify.'), rule, [{ range: 'Vicodin 5/300mg #60', severity: 'warning' }]);
    expectNone(percocet('Continued Percocet 10/325mg #60 is not medically necessary. Weaning is indicated; the request as written is not.'), rule);
    expectNone(percocet('Oxycodone/APAP is not medically necessary. Non-certify.'), rule);
  });

  it('takes no finding before a verdict that goes the other way, sits two sentences back, or when the verdict names the item', () => {
    const unit = 'Postoperative cold therapy unit, left knee';
    expectNone(serviceConcludes(unit, 'The CPM machine is not medically necessary. Certify.'), rule);
    expectNone(serviceConcludes(unit, 'The CPM machine is medically necessary. The surgery was approved on review. Certify.'), rule);
    expectNone(serviceConcludes(unit, 'The CPM machine is medically necessary. The cold therapy unit is medically necessary.'), rule);
    expectNone(serviceConcludes(unit, 'CPM would be medically necessary if the surgery were approved. Certify.'), rule);
  });

  it('reports the same drug in another release form: extended-release is not immediate-release', () => {
    const oxycontin = (sentence: string) => norcoConcludes(sentence).replace('Norco 10/325mg #60: Upheld', 'OxyContin 20mg #60: Upheld');
    for (const [sentence, range] of [
      ['The request for oxycodone IR 10mg #60 is not medically necessary.', 'The request for oxycodone IR 10mg #60'],
      ['Immediate-release oxycodone 10mg is not medically necessary.', 'Immediate-release oxycodone 10mg'],
      ['The requested Roxicodone 15mg #60 cannot be certified.', 'The requested Roxicodone 15mg #60'],
    ]) {
      expectFindings(oxycontin(sentence), rule, [{ range, severity: 'warning', message: 'about immediate-release oxycodone, but the item heading is for extended-release oxycodone' }]);
    }
    expectFindings(norcoConcludes('Morphine ER 30mg is not medically necessary.').replace('Norco 10/325mg #60: Upheld', 'Morphine IR 15mg #60: Upheld'), rule, [
      { range: 'Morphine ER 30mg', severity: 'warning', message: 'about extended-release morphine, but the item heading is for immediate-release morphine' },
    ]);
    expectNone(oxycontin('The request for oxycodone ER 20mg #60 is not medically necessary.'), rule);
    expectNone(oxycontin('The request for oxycodone 20mg #60 is not medically necessary.'), rule);
    expectNone(oxycontin('OxyContin 20mg #60 is not medically necessary.'), rule);
  });

  it('tells smoking-cessation products apart: a nicotine patch is not varenicline (Chantix) nor bupropion (Zyban)', () => {
    for (const [heading, sentence, range] of [
      ['Nicotine patch 21mg #28', 'Having considered the alternatives, the request for Chantix is not medically necessary.', 'the request for Chantix'],
      ['Nicotine patch 21mg #28', 'Varenicline 1mg #56 is medically necessary.', 'Varenicline 1mg #56'],
      ['Nicotine gum 2mg #100', 'The requested Zyban is not supported.', 'The requested Zyban'],
      ['Chantix 1mg #56', 'The request for NicoDerm CQ patches is medically necessary.', 'The request for NicoDerm CQ patches'],
      ['Bupropion SR 150mg #60', 'I find the nicotine lozenges medically necessary.', 'the nicotine lozenges'],
    ]) {
      expectFindings(serviceConcludes(heading, sentence), rule, [{ range, severity: 'warning' }]);
    }
    for (const [heading, sentence] of [
      ['Chantix 1mg #56', 'Varenicline is medically necessary.'],
      ['Nicotine patch 21mg #28', 'Nicotine replacement therapy is medically necessary.'],
      ['Zyban 150mg #60', 'The request for bupropion SR is medically necessary.'],
    ]) {
      expectNone(serviceConcludes(heading, sentence), rule);
    }
  });

  it('reports a therapy concluded under a study\'s heading, a study under a therapy\'s, and one therapy under another\'s', () => {
    expectFindings(serviceConcludes('EMG/NCV bilateral upper extremities', 'The TENS unit is therefore medically necessary.'), rule, [{ range: 'The TENS unit', severity: 'warning' }]);
    expectFindings(serviceConcludes('TENS unit 30-day trial', 'An MRI of the lumbar spine is medically necessary.'), rule, [{ range: 'An MRI of the lumbar spine', severity: 'warning' }]);
    // A finding said again after it, naming nothing, keeps the subject it had.
    expectFindings(
      serviceConcludes('Chiropractic treatment 2 times a week for 4 weeks', 'For these reasons, the request for physical therapy 2 times a week for 4 weeks is medically necessary and the recommendation is for approval.'),
      rule,
      [{ range: 'the request for physical therapy 2 times a week for 4 weeks', severity: 'warning' }],
    );
    // The study itself, by another of its names, is the item.
    expectNone(serviceConcludes('EMG/NCV bilateral upper extremities', 'The EMG/NCV of both arms is therefore medically necessary.'), rule);
  });

  it('compares therapies by their own words, ones the table does not know too: biofeedback is no hypnotherapy', () => {
    for (const [heading, sentence, range, message] of [
      ['Biofeedback 6 sessions', 'CBT has not started yet. The request for 6 sessions of hypnotherapy is not medically necessary.', 'The request for 6 sessions of hypnotherapy', 'about hypnotherapy, but the item heading is for biofeedback'],
      ['Biofeedback 6 sessions', 'Hypnosis is therefore not medically necessary.', 'Hypnosis', 'about hypnotherapy, but the item heading is for biofeedback'],
      ['Hypnotherapy 8 sessions', 'The requested biofeedback sessions are medically necessary.', 'The requested biofeedback sessions', 'about biofeedback, but the item heading is for hypnotherapy'],
      ['Cognitive behavioral therapy 6 sessions', 'The neurofeedback trial is not medically necessary.', 'The neurofeedback trial', 'about neurofeedback, but the item heading is for psychotherapy'],
      // A therapy no table names is still named by its word.
      ['Physical therapy 8 sessions lumbar spine', 'The request for thermotherapy is not medically necessary.', 'The request for thermotherapy', 'about thermotherapy, but the item heading is for physical therapy'],
      ['Biofeedback 6 sessions', 'The requested phototherapy is medically necessary.', 'The requested phototherapy', 'about phototherapy, but the item heading is for biofeedback'],
    ]) {
      expectFindings(serviceConcludes(heading, sentence), rule, [{ range, severity: 'warning', message }]);
    }
    for (const [heading, sentence] of [
      ['Biofeedback 6 sessions', 'The request for 6 sessions of biofeedback is not medically necessary.'],
      ['Biofeedback 6 sessions', 'Biofeedback within a cognitive behavioral therapy program is medically necessary.'],
      ['EEG biofeedback 10 sessions', 'The requested neurofeedback is not medically necessary.'],
      ['Aquatic therapy 8 sessions', 'The hydrotherapy requested is medically necessary.'],
      ['Chiropractic treatment 6 visits', 'Further chirotherapy is not medically necessary.'],
      ['Thermotherapy 6 sessions', 'The request for thermotherapy is medically necessary.'],
      ['Biofeedback 6 sessions', 'The request is not medically necessary.'],
    ]) {
      expectNone(serviceConcludes(heading, sentence), rule);
    }
    // Words for drug treatment in general name no service.
    expectNone(norcoConcludes('Continued pharmacotherapy with this opioid is not medically necessary.'), rule);
    expectNone(norcoConcludes('Opioid monotherapy is not medically necessary.'), rule);
  });

  it('is a warning and never fixes: which place is wrong is the reviewer\'s call', () => {
    const [f] = findingsOf(norcoConcludes('Therefore, the request for Soma 350mg #90 is not medically necessary.'), rule);
    assert.equal(f.severity, 'warning');
    assert.ok(!f.fixes || f.fixes.length === 0);
  });

  it('is configurable', () => expectConfigurable(norcoConcludes('Therefore, the request for Soma 350mg #90 is not medically necessary.'), rule));
});

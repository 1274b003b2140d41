// The cross-checks read requests, headings and rationales written in different words for one thing, and
// report what differs: a request with no item, a course of visits or a heading short of its figures.
import * as assert from 'node:assert/strict';
import { builtinCatalog } from '../../../server/src/catalog';
import { canonicalWording, sameTreatment, treatmentOf } from '../../../server/src/rules/treatment-match';
import { expectFindings, expectNone, findingsOf, letter2016, mutate } from './letters';

const summary2016 =
  'Request(s) under consideration include Norco 10/325mg #60 and Physical\ntherapy 2 times a week for 4 weeks lumbar spine. On 10/20/2016, utilization review non-certified\nboth requests.';
const norcoHeading = 'Norco 10/325mg #60: Upheld';
const ptHeading = 'Physical therapy 2 times a week for 4 weeks lumbar spine: Overturned';

function same(a: string, b: string): boolean {
  return sameTreatment(treatmentOf(a, builtinCatalog), treatmentOf(b, builtinCatalog), { quantity: true });
}

describe('cross-checks: one thing in different words', () => {
  it('reads pre-op/preoperative, film/x-ray/radiograph, PT/physical therapy, decompression/laminectomy as one', () => {
    for (const [a, b] of [
      ['pre-op chest film', 'Preoperative chest x-ray'],
      ['preop chest radiograph', 'Pre-operative CXR chest X-ray'],
      ['post-op PT x8', 'Postoperative physical therapy 8 sessions, lumbar spine'],
      ['PT for the right knee', 'Physiotherapy, right knee, 6 visits'],
      ['two-level lumbar decompression', 'Bilateral laminectomy and foraminotomy at L3-L4 and L4-L5'],
      ['L5-S1 microdiscectomy', 'Lumbar decompression at L5-S1'],
      ['pre-operative labs', 'Preoperative laboratory tests'],
      ['x-rays of the left wrist', 'Left wrist radiographs, 3 views'],
    ]) {
      assert.ok(same(a, b), `${a} / ${b}`);
    }
  });

  it('keeps apart what differs: another side, another region, a clotting test that is no therapy', () => {
    assert.ok(!same('cortisone injection of the right knee', 'Synvisc-One injection, left knee'));
    assert.ok(!same('MRI of the left shoulder', 'MRI right shoulder without contrast'));
    assert.ok(same('MRI of the shoulders', 'MRI right shoulder'), 'both shoulders include the right');
    assert.ok(same('knee injection', 'Cortisone injection, right knee'), 'no side written is no other side');
    assert.ok(!same('chest x-ray', 'Lumbar spine x-rays'));
    assert.equal(canonicalWording('PT/INR'), 'PT/INR');
    assert.equal(canonicalWording('CBC, PT, INR'), 'CBC, physical therapy, INR');
  });

  it('reads a kind of study by its names, and keeps apart studies of other kinds that share a word', () => {
    for (const [a, b] of [
      ['CAT scan of the lumbar spine', 'CT scan of the lumbar spine'],
      ['computed tomography of the lumbar spine', 'CT of the lumbar spine'],
      ['magnetic resonance imaging of the lumbar spine', 'MRI of the lumbar spine without contrast'],
      ['MR arthrogram of the right shoulder', 'MRI arthrogram right shoulder'],
      ['nuclear medicine bone scan', 'Scintigraphy of the hands'],
      ['triple phase bone scan', 'Bone scan'],
      ['electrodiagnostic studies of the upper extremities', 'EMG/NCV bilateral upper extremities'],
      ['sleep study', 'Polysomnography'],
      ['blood work', 'Laboratory studies (CBC, CMP)'],
      ['preoperative labs and EKG', 'Preoperative EKG'],
      ['MRI/CT of the lumbar spine', 'CT scan of the lumbar spine'],
      // A modality that guides an injection names no study: the injections are compared.
      ['CT-guided facet injection at L4-5', 'Fluoroscopically guided facet injection L4-L5'],
      ['ultrasound guided injection of the right shoulder', 'Right shoulder cortisone injection'],
    ]) {
      assert.ok(same(a, b), `${a} / ${b}`);
    }
    for (const [a, b] of [
      ['whole body bone scan', 'CT scan of the lumbar spine'],
      ['lumbar MRI', 'CT scan of the lumbar spine'],
      ['x-rays of the lumbar spine', 'MRI of the lumbar spine'],
      ['PET scan', 'CT scan'],
      ['bone scan', 'Bone density scan'],
      ['nerve conduction studies of the lower extremities', 'Sleep study'],
      ['laboratory studies', 'Electrodiagnostic studies'],
      ['lumbar discogram', 'Lumbar myelogram'],
      ['ultrasound of the right shoulder', 'MRI of the right shoulder'],
      ['preoperative EKG', 'Pre-op chest x-ray'],
    ]) {
      assert.ok(!same(a, b), `${a} / ${b}`);
    }
  });

  it('takes no request from "non-certified by utilization review", "the rest", or the clause of what was certified', () => {
    const rule = 'item-summary-mismatch';
    for (const sentences of [
      'Request(s) under consideration include Norco 10/325mg #60 and physical therapy 2 times a week for 4 weeks lumbar spine, non-certified by utilization review on 10/20/2016.',
      'The surgeon requested an MRI of the lumbar spine, Norco 10/325mg #60 and physical therapy 2 times a week for 4 weeks lumbar spine. UR on 10/20/2016 certified the MRI and non-certified the rest.',
      'The physician asked for Norco 10/325mg #60 and lumbar physical therapy. On 10/20/2016 utilization review certified the MRI and denied the remainder.',
      'Utilization review on 10/20/2016 non-certified Norco 10/325mg #60 and physical therapy for the lumbar spine; the lumbar MRI itself was certified.',
      'Utilization review non-certified Norco 10/325mg #60 and lumbar physical therapy; the epidural injection was approved on 10/20/2016.',
    ]) {
      expectNone(mutate(letter2016, summary2016, sentences), rule);
    }
  });

  it('reports a disputed request on the other side of the body from the item that resembles it', () => {
    const text = mutate(
      mutate(letter2016, summary2016, 'The physician requested a cortisone injection of the right knee and a cortisone injection of the left knee. Utilization review non-certified both requests on 10/20/2016.'),
      norcoHeading,
      'Cortisone injection, left knee: Upheld',
    ).replace(ptHeading, 'Cortisone injection, left knee, second: Overturned');
    const found = findingsOf(text, 'item-summary-mismatch');
    assert.ok(found.some((f) => /names 'cortisone injection of the right knee', but no item decides it/.test(f.message)), found.map((f) => f.message).join('\n'));
  });

  it('takes no request from an item\'s rationale when the IMR ISSUES heading is missing', () => {
    const text = mutate(letter2016, 'IMR ISSUES, DECISIONS AND RATIONALES\n', '').replace(
      'The request is for Norco 10/325mg #60.',
      'The request is for hydrocodone 5/325mg #30.',
    );
    assert.ok(!findingsOf(text, 'item-summary-mismatch').some((f) => /5\/325mg #30/.test(f.message)));
  });
});

describe('item-rationale-mismatch: a course a week at a time', () => {
  const rule = 'item-rationale-mismatch';
  const withRationale = (heading: string, rationale: string) =>
    mutate(letter2016, ptHeading, `${heading}: Overturned`).replace(
      'The guidelines support a short course of therapy for a flare of low back\npain. Therefore, the request is medically necessary.',
      rationale,
    );

  it('reads "2x6", "2 times a week for 6 weeks", "twice weekly x 6 weeks" as 12 visits and reports another count decided', () => {
    for (const heading of ['Physical therapy 2x6 lumbar spine', 'Physical therapy 2 x 6 weeks, lumbar', 'Physical therapy 2 times a week for 6 weeks lumbar spine', 'Physical therapy twice weekly x 6 weeks, lumbar']) {
      for (const rationale of ['The request is for 18 additional sessions, three times a week for six weeks. Therefore, the request is not medically necessary.', 'The request for 18 sessions exceeds the guideline. The 18 sessions are not medically necessary.']) {
        expectFindings(withRationale(heading, rationale), rule, [{ range: heading, severity: 'warning', message: '18 sessions (the heading has 12)' }]);
      }
    }
  });

  it('stays silent on the same count, the history, the guideline and the original request of a partial approval', () => {
    for (const [heading, rationale] of [
      ['Physical therapy 2x6 lumbar spine', 'The request is for 12 sessions. Therefore, the request is medically necessary.'],
      ['Physical therapy 3 times a week for 4 weeks lumbar spine', 'He completed 18 sessions in 2015. The guideline allows 9-10 visits. The request for 12 visits is medically necessary.'],
      ['Physical therapy 2 times a week for 2 weeks (4)', 'The originally requested 6 additional sessions of physical therapy is in excess of the guidelines. Therefore, the request is not medically necessary.'],
    ]) {
      expectNone(withRationale(heading, rationale), rule);
    }
  });

  it('leaves another release of the drug to conclusion-item-mismatch: oxycodone IR under an OxyContin heading', () => {
    const text = mutate(letter2016, norcoHeading, 'OxyContin 20mg #60: Upheld').replace(
      'The request is for Norco 10/325mg #60.',
      'The request for oxycodone IR 10mg #60 is not medically necessary.',
    );
    expectNone(text, rule);
    // The same release with another strength is still reported.
    const same = mutate(letter2016, norcoHeading, 'OxyContin 20mg #60: Upheld').replace('The request is for Norco 10/325mg #60.', 'The request for OxyContin 10mg #60 is not medically necessary.');
    expectFindings(same, rule, [{ range: 'OxyContin 20mg #60', severity: 'warning', message: 'strength 10mg (the heading has 20mg)' }]);
  });
});

describe('item-heading-incomplete: half a drug heading', () => {
  const rule = 'item-heading-incomplete';
  // Neither the summary nor the rationale gives the figures, so nothing can be filled in.
  const noFigures = mutate(letter2016, 'Norco 10/325mg #60 and Physical', 'opioid medication and Physical').replace('The request is for Norco 10/325mg #60.', 'The request is for a medication.');
  const heading = (text: string) => mutate(noFigures, norcoHeading, `${text}: Upheld`);

  it('reports a strength without a quantity, or a count without a strength, even for a drug the catalog does not know', () => {
    for (const text of ['Naproxen 550mg', 'Naprosyn 500 mg', 'Retrospective tramadol 50mg']) {
      expectFindings(heading(text), rule, [{ range: text, severity: 'info', message: 'gives no quantity' }]);
    }
    for (const text of ['Imitrex #9', 'Relpax #6', 'Norco #60', 'Zofran ODT #10']) {
      expectFindings(heading(text), rule, [{ range: text, severity: 'info', message: 'gives no strength' }]);
    }
    for (const text of ['Narcan nasal spray', 'Albuterol inhaler']) {
      expectFindings(heading(text), rule, [{ range: text, severity: 'info', message: 'gives no strength or quantity' }]);
    }
  });

  it('stays silent on a quantity in other words, a one-strength product, a medical food, a gel\'s amount, and equipment', () => {
    for (const text of [
      'Naproxen 550mg, 60 tablets',
      'Naproxen 550mg qty 60',
      '60 Naproxen 550mg',
      'Compound Cyclobenzaprine 5%, 240 grams',
      'Fioricet #60',
      'Theramine #120',
      'Sentra PM #60',
      'Voltaren gel #100 grams',
      'Hot/cold gel pack',
      'Salonpas pad #60',
      'Cold therapy unit',
      'Toradol 60mg injection',
    ]) {
      expectNone(heading(text), rule);
    }
  });
});

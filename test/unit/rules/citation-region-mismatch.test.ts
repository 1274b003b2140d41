import * as assert from 'node:assert/strict';
import { expectConfigurable, expectFindings, expectNone, letter2016, mutate } from './letters';

const rule = 'citation-region-mismatch';
const lumbarTherapy = 'Physical therapy 2 times a week for 4 weeks lumbar spine';
const citedTo = (text: string, part: string) =>
  mutate(text, 'MAXIMUS guideline: Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s):\nPhysical medicine treatment.',
    `MAXIMUS guideline: Decision based on MTUS ${part}.`);

describe(`rule ${rule}`, () => {
  it('reports a lumbar item cited only to Neck and Upper Back Complaints', () => {
    const text = citedTo(letter2016, 'Neck and Upper Back Complaints 2004, Section(s): Special Studies');
    const [found] = expectFindings(text, rule, [
      { range: 'Neck and Upper Back Complaints', severity: 'warning', message: 'concerns the low back, but this guideline field cites only Neck and Upper Back Complaints' },
    ]);
    assert.equal(text.slice(found.related![0].start, found.related![0].end), lumbarTherapy);
  });

  it('reports an ODG chapter of another region, and names each region of the item', () => {
    const text = mutate(citedTo(letter2016, 'Chronic Pain Medical Treatment 2016'), 'Claims Administrator guideline: Decision based on MTUS Chronic Pain Medical Treatment 2016.',
      'Claims Administrator guideline: The Claims Administrator based their decision on recommendation(s) outside of the MTUS Guidelines. Decision based on Non-MTUS Citation Official Disability Guidelines (ODG), Shoulder Chapter, Physical therapy.');
    expectFindings(mutate(text, lumbarTherapy, 'Physical therapy 2 times a week for 4 weeks left knee'), rule, [
      { range: 'Shoulder Chapter', severity: 'warning', message: "concerns the knee, but this guideline field cites only ODG Shoulder" },
    ]);
  });

  it('judges each field on its own: the MAXIMUS field is reported even when the other field cites the right chapter', () => {
    const text = mutate(citedTo(letter2016, 'Neck and Upper Back Complaints 2004'), 'Claims Administrator guideline: Decision based on MTUS Chronic Pain Medical Treatment 2016.',
      'Claims Administrator guideline: Decision based on MTUS Low Back Complaints 2004.');
    expectFindings(text, rule, [{ range: 'Neck and Upper Back Complaints', severity: 'warning', message: 'concerns the low back' }]);
  });

  it('is satisfied by a chapter covering any region the item names', () => {
    expectNone(citedTo(letter2016, 'Low Back Complaints 2004, Section(s): Physical Methods'), rule);
    expectNone(mutate(citedTo(letter2016, 'Neck and Upper Back Complaints 2004'), lumbarTherapy, 'Physical therapy for the neck and low back'), rule);
    // The thoracic spine is cited to either spine chapter.
    expectNone(mutate(citedTo(letter2016, 'Low Back Complaints 2004'), lumbarTherapy, 'MRI of the thoracic spine'), rule);
    // A forearm strap treats the elbow as often as the wrist.
    expectNone(mutate(citedTo(letter2016, 'Elbow Complaints 2007'), lumbarTherapy, 'Right forearm counterforce brace'), rule);
  });

  it('never compares chapters that apply to any region, or items that name none', () => {
    expectNone(letter2016, rule);
    expectNone(citedTo(letter2016, 'General Approaches 2004'), rule);
    expectNone(mutate(citedTo(letter2016, 'Shoulder Complaints 2004'), lumbarTherapy, 'Functional capacity evaluation'), rule);
    expectNone(mutate(citedTo(letter2016, 'Neck and Upper Back Complaints 2004'), lumbarTherapy, 'EMG/NCV of all four extremities'), rule);
  });

  it('reads a whole limb: a leg goes with the low back, hip, knee or ankle chapters, an arm with the neck, shoulder, elbow or hand', () => {
    const item = (text: string, part: string) => mutate(citedTo(letter2016, part), lumbarTherapy, text);
    for (const legs of ['EMG/NCV bilateral lower extremities', 'NCV of both legs', 'EMG BLE', 'EMG of the right lower limb', 'Compression stockings, left leg']) {
      expectFindings(item(legs, 'Neck and Upper Back Complaints 2004, Section(s): Special Studies'), rule, [
        { range: 'Neck and Upper Back Complaints', severity: 'warning', message: 'concerns the lower extremities' },
      ]);
      expectFindings(item(legs, 'Shoulder Complaints 2004'), rule, [{ range: 'Shoulder Complaints', severity: 'warning' }]);
      for (const part of ['Low Back Complaints 2004, Section(s): Special Studies', 'Knee Complaints 2004', 'Ankle and Foot Complaints 2004']) expectNone(item(legs, part), rule);
    }
    for (const arms of ['EMG/NCV bilateral upper extremities', 'NCS of the arms', 'EMG RUE', 'EMG/NCV upper limbs']) {
      expectFindings(item(arms, 'Low Back Complaints 2004'), rule, [{ range: 'Low Back Complaints', severity: 'warning', message: 'concerns the upper extremities' }]);
      for (const part of ['Neck and Upper Back Complaints 2004', 'Shoulder Complaints 2004', 'Forearm, Wrist, and Hand Complaints 2004']) expectNone(item(arms, part), rule);
    }
    // Both limbs: either chapter answers; the upper arm is the humerus, not the limb.
    expectNone(item('EMG/NCV upper and lower extremities', 'Neck and Upper Back Complaints 2004'), rule);
    expectNone(item('EMG/NCV upper/lower extremities', 'Low Back Complaints 2004'), rule);
    expectFindings(item('Sling for the left upper arm', 'Neck and Upper Back Complaints 2004'), rule, [{ range: 'Neck and Upper Back Complaints', severity: 'warning' }]);
    // Chapters for any region are not compared.
    expectNone(item('EMG/NCV bilateral lower extremities', 'Chronic Pain Medical Treatment 2016, Section(s): Electrodiagnostic testing (EMG/NCS)'), rule);
  });

  it('reads the ear and the teeth as the head: a hearing aid cited to a limb chapter', () => {
    for (const item of ['Hearing aid left ear', 'Dental crown, upper teeth', 'Bilateral hearing aids']) {
      expectFindings(mutate(citedTo(letter2016, 'Knee Complaints 2004'), lumbarTherapy, item), rule, [{ range: 'Knee Complaints', severity: 'warning' }]);
    }
    expectNone(mutate(citedTo(letter2016, 'Chronic Pain Medical Treatment 2016, Section(s): Physical medicine treatment'), lumbarTherapy, 'Hearing aid left ear'), rule);
  });

  it('is configurable', () => expectConfigurable(citedTo(letter2016, 'Knee Complaints 2004'), rule));

  it('reads the body-region sections of Postsurgical Treatment', () => {
    const postop = (item: string, sections: string) => mutate(citedTo(letter2016, `Postsurgical Treatment 2009, Section(s): ${sections}`), lumbarTherapy, item);
    expectFindings(postop('Post-operative physical therapy 12 sessions right shoulder', 'Knee'), rule, [
      { range: 'Knee', severity: 'warning', message: 'concerns the shoulder, but this guideline field cites only Postsurgical Treatment, Knee' },
    ]);
    expectFindings(postop('Postoperative occupational therapy 8 visits right wrist', 'Elbow & Upper Arm'), rule, [{ range: 'Elbow & Upper Arm', severity: 'warning' }]);
    expectNone(postop('Post-operative physical therapy 12 sessions right shoulder', 'Shoulder'), rule);
    // The humerus belongs to "Elbow & Upper Arm" as much as to "Shoulder".
    expectNone(postop('Post-operative physical therapy 12 sessions right upper arm', 'Elbow & Upper Arm'), rule);
    expectNone(postop('Post-operative physical therapy 12 sessions right upper arm', 'Shoulder'), rule);
    expectNone(postop('Postoperative occupational therapy 8 visits left hand, right lower leg', 'Knee, Forearm, Wrist, & Hand'), rule);
    // Sections that are no body region, and no section at all, are not compared.
    expectNone(postop('Post-operative physical therapy 12 sessions right shoulder', 'Fractures'), rule);
    expectNone(mutate(citedTo(letter2016, 'Postsurgical Treatment 2009'), lumbarTherapy, 'Post-operative physical therapy 12 sessions right shoulder'), rule);
  });
});
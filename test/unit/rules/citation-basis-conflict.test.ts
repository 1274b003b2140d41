// citation-basis-conflict, the MAXIMUS field against its rationale: the field says the Expert Reviewer cited
// no medical evidence, and the rationale rests on a guideline.
import * as assert from 'node:assert/strict';
import { expectFindings, expectFixesWork, expectNone, letter2016, mutate } from './letters';

const rule = 'citation-basis-conflict';
const noEvidence = 'The Expert Reviewer did not cite any medical evidence for its decision.';
const therapyField = 'MAXIMUS guideline: Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s):\nPhysical medicine treatment.';
const therapyRationale = 'Decision rationale: The guidelines support a short course of therapy for a flare of low back\npain.';
const norcoField = 'MAXIMUS guideline: Decision based on MTUS Opioid Treatment 2016, Section(s): 3.3.9 Opioids for\nChronic Pain and Chronic Opioid Treatment: Maintenance of Chronic Opioid Treatment.';
const norcoRationale = 'Decision rationale: The request is for Norco 10/325mg #60.';

/** The therapy item's MAXIMUS field saying no evidence was cited, with `rationale` as its first sentence. */
const therapy = (rationale: string) =>
  mutate(mutate(letter2016, therapyField, `MAXIMUS guideline: ${noEvidence}`), therapyRationale, `Decision rationale: ${rationale}`);
/** The Norco item's MAXIMUS field saying no evidence was cited, with `rationale` before its own. */
const norco = (rationale: string) =>
  mutate(mutate(letter2016, norcoField, `MAXIMUS guideline: ${noEvidence}`), norcoRationale, `Decision rationale: ${rationale} The request is for Norco 10/325mg #60.`);

describe(`rule ${rule}: the rationale against a MAXIMUS field that cites nothing`, () => {
  it('reports the statement when the rationale rests on a guideline, relating where it does', () => {
    const text = therapy('The guidelines support a short course of therapy for a flare of low back pain.');
    const [found] = expectFindings(text, rule, [
      { range: noEvidence.slice(0, -1), severity: 'warning', message: 'the rationale rests on a guideline ("guidelines support")' },
    ]);
    assert.equal(text.slice(found.related![0].start, found.related![0].end), 'guidelines support');
  });

  it('reads the ways reviewers rest on a guideline, for drugs and services', () => {
    const phrasings = [
      'Per ODG, Pain Chapter, Opioids, continued use needs documented functional gains.',
      'According to the MTUS Opioid Treatment Guidelines, maintenance requires improvement in function.',
      'The MTUS states that opioids should be continued only if there is improved function.',
      'MTUS Chronic Pain Guidelines pages 78-80 require review of the 4 As.',
      'The guideline asks for a clinically meaningful improvement before maintenance continues.',
      'Continued use is not supported by the MTUS without a documented benefit.',
      'MTUS: continue opioids only with improved pain and function.',
    ];
    for (const phrasing of phrasings) {
      assert.equal(expectFindings(norco(phrasing), rule, [{ range: noEvidence.slice(0, -1), severity: 'warning' }]).length, 1, phrasing);
    }
    expectFindings(therapy('ODG recommends 9 to 10 visits over 8 weeks, with fading to a home program.'), rule, [{ range: noEvidence.slice(0, -1), severity: 'warning' }]);
    expectFindings(therapy('As outlined in the ACOEM guidelines, "physical methods" have a short role.'), rule, [{ range: noEvidence.slice(0, -1), severity: 'warning' }]);
    // The guideline named with its section: "As ODG and the MTUS … section on facet blocks both state".
    expectFindings(therapy('As ODG and the MTUS Chronic Pain 2016 section on physical medicine both state, a flare warrants a short course.'), rule, [
      { range: noEvidence.slice(0, -1), severity: 'warning' },
    ]);
  });

  it('offers the item\'s citations in the statement\'s place', () => {
    const [fixed] = expectFixesWork(therapy('Per the MTUS, a short course of therapy is supported.'), rule);
    assert.ok(fixed.includes('MAXIMUS guideline: Decision based on MTUS'), fixed);
  });

  it('stays silent when the rationale says the guidelines are silent, or names one only in passing', () => {
    expectNone(therapy('The MTUS does not address this device, and the records show no benefit.'), rule);
    expectNone(therapy('The guidelines do not apply to a post-fusion flare.'), rule);
    expectNone(therapy('Utilization review denied the request per the MTUS, but the records show a new flare.'), rule);
    expectNone(therapy('The MTUS was reviewed. The records show a new flare with spasm.'), rule);
    expectNone(therapy('A short course of therapy is reasonable for a new flare.'), rule);
  });

  it('stays silent when the field cites the guideline, and for the Claims Administrator\'s field', () => {
    expectNone(letter2016, rule);
    const claimsCitesNothing = mutate(letter2016, 'Claims Administrator guideline: Decision based on MTUS Chronic Pain Medical Treatment 2016.',
      'Claims Administrator guideline: The Claims Administrator did not cite any medical evidence for its decision.');
    expectNone(claimsCitesNothing, rule);
  });
});

import * as assert from 'node:assert/strict';
import { applyFix, expectConfigurable, expectFindings, expectFixesWork, expectNone, findingsOf, letter2016, mutate } from './letters';

const rule = 'citation-wrong-part';
const opioidSection = '3.3.9 Opioids for\nChronic Pain and Chronic Opioid Treatment: Maintenance of Chronic Opioid Treatment';

describe(`rule ${rule}`, () => {
  const underChronicPain = mutate(letter2016, 'MAXIMUS guideline: Decision based on MTUS Opioid Treatment 2016, Section(s):',
    'MAXIMUS guideline: Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s):');
  const underLowBack = mutate(letter2016, 'Section(s):\nPhysical medicine treatment.', 'Section(s):\nPhysical Methods, Opioids for chronic pain.')
    .replace('Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s):\nPhysical', 'Decision based on MTUS Low Back Complaints 2004, Section(s):\nPhysical');

  it('reports an Opioid Treatment 2016 numbered section cited under Chronic Pain', () => {
    const [found] = expectFindings(underChronicPain, rule, [
      { range: opioidSection, severity: 'warning', message: 'is a section of Opioid Treatment, not of Chronic Pain Medical Treatment 2016' },
    ]);
    assert.equal(underChronicPain.slice(found.related![0].start, found.related![0].end), 'Chronic Pain Medical Treatment');
  });

  it('moves a lone section to its part by replacing the part label', () => {
    const [fixed] = expectFixesWork(underChronicPain, rule);
    assert.ok(fixed.includes('Decision based on MTUS Opioid Treatment 2016, Section(s): 3.3.9'));
  });

  it('moves one of several sections into a clause of its own part', () => {
    const found = findingsOf(underLowBack, rule);
    assert.equal(found.length, 1);
    assert.equal(underLowBack.slice(found[0].start, found[0].end), 'Opioids for chronic pain');
    assert.match(found[0].message, /section of Chronic Pain Medical Treatment, not of Low Back Complaints 2004/);
    const fixed = applyFix(underLowBack, found[0].fixes![0]);
    assert.ok(fixed.includes('Section(s):\nPhysical Methods, and Chronic Pain Medical Treatment 2016, Section(s): Opioids for chronic pain.'), fixed);
  });

  it('leaves sections cited under their own part, and unknown sections, alone', () => {
    expectNone(letter2016, rule);
    expectNone(mutate(letter2016, 'Physical medicine treatment.', 'Sleep aids.'), rule);
  });

  it('is configurable', () => expectConfigurable(underChronicPain, rule));
});

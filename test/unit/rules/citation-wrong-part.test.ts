import * as assert from 'node:assert/strict';
import { builtinCatalog } from '../../../server/src/catalog';
import { scopeMismatch } from '../../../server/src/catalog/scopes';
import { suggestCitations } from '../../../server/src/catalog/suggest';
import { parseGuidelineField } from '../../../server/src/citations';
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

describe(`rule ${rule}: a part that does not speak to the item`, () => {
  const therapyField = 'MAXIMUS guideline: Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s):\nPhysical medicine treatment.';
  const therapyItem = 'Physical therapy 2 times a week for 4 weeks lumbar spine';
  /** The second item renamed `item`, its MAXIMUS field citing `citation`. */
  const cited = (item: string, citation: string) =>
    mutate(mutate(mutate(letter2016, therapyField, `MAXIMUS guideline: Decision based on MTUS ${citation}.`), `${therapyItem}: Overturned`, `${item}: Overturned`),
      'Physical\ntherapy 2 times a week for 4 weeks lumbar spine', item);

  it('reports an item cited to Acupuncture Treatment that is no acupuncture', () => {
    for (const item of ['Bilateral L4-L5 transforaminal epidural steroid injection', 'Gym membership x 6 months', 'Physical therapy 8 sessions for the neck', 'Naproxen 550mg #60']) {
      const [found] = expectFindings(cited(item, 'Acupuncture Treatment 2007'), rule, [
        { range: 'Acupuncture Treatment 2007', severity: 'warning', message: `Acupuncture Treatment 2007 covers acupuncture, not '${item}'` },
      ]);
      const text = cited(item, 'Acupuncture Treatment 2007');
      assert.equal(text.slice(found.related![0].start, found.related![0].end), item);
    }
  });

  it('reports Postsurgical Treatment for what is no physical medicine, and Opioid Treatment for what is no opioid', () => {
    expectFindings(cited('Norco 5/325mg #40', 'Postsurgical Treatment 2009, Section(s): Knee'), rule, [
      { range: 'Postsurgical Treatment 2009', severity: 'warning', message: 'covers physical medicine after surgery' },
    ]);
    expectFindings(cited('MRI of the lumbar spine without contrast', 'Opioid Treatment 2016, Section(s): 2 Opioids for Subacute Pain'), rule, [
      { range: 'Opioid Treatment 2016', severity: 'warning', message: 'covers opioids and their monitoring' },
    ]);
    expectFindings(cited('Gabapentin 600mg #90', 'Opioid Treatment 2016'), rule, [{ range: 'Opioid Treatment 2016', severity: 'warning' }]);
  });

  it('reports a body-region chapter cited for a service no region has', () => {
    for (const item of ['Urine drug screen', 'Home health services 4 hours a day', 'Transportation to and from appointments']) {
      expectFindings(cited(item, 'Neck and Upper Back Complaints 2004, Section(s): Diagnostic Criteria'), rule, [
        { range: 'Neck and Upper Back Complaints 2004', severity: 'warning', message: 'covers the assessment and care of its body region' },
      ]);
    }
  });

  it('offers the item\'s own citations when the part is all the field cites', () => {
    const [fixed] = expectFixesWork(cited('Urine drug screen', 'Low Back Complaints 2004, Section(s): Special Studies'), rule);
    assert.ok(fixed.includes('MAXIMUS guideline: Decision based on MTUS Opioid Treatment 2016, Section(s): 3.3.6'), fixed);
    const [acupuncture] = expectFixesWork(cited('Gym membership x 6 months', 'Acupuncture Treatment 2007'), rule);
    assert.ok(!acupuncture.includes('MAXIMUS guideline: Decision based on MTUS Acupuncture'), acupuncture);
  });

  it('stays silent on a part that speaks to the item, a broad part, and an item the catalog cannot name', () => {
    expectNone(cited('Acupuncture 6 sessions for the lumbar spine', 'Acupuncture Treatment 2007'), rule);
    expectNone(cited('Electroacupuncture 2 times a week for 3 weeks', 'Acupuncture Treatment 2007'), rule);
    expectNone(cited('Post-operative physical therapy 12 sessions right knee', 'Postsurgical Treatment 2009, Section(s): Knee'), rule);
    expectNone(cited('Urine drug screen', 'Opioid Treatment 2016, Section(s): 3.3.6 Opioids for Chronic Pain and Chronic Opioid Treatment: Use of Urine Drug Testing (UDT)'), rule);
    expectNone(cited('Oxycodone 10mg #90', 'Opioid Treatment 2016'), rule);
    expectNone(cited('Urine drug screen', 'Chronic Pain Medical Treatment 2016, Section(s): Drug testing'), rule);
    expectNone(cited('Physical therapy 8 sessions for the lumbar spine', 'Low Back Complaints 2004, Section(s): Physical Methods'), rule);
    expectNone(cited('Naproxen 550mg #60', 'Low Back Complaints 2004, Section(s): Initial Care'), rule);
    expectNone(cited('Cupping therapy 6 sessions', 'Acupuncture Treatment 2007'), rule);
  });

  it('is never invited by a citation suggestion: no drug or item kind is offered a part that does not speak to it', () => {
    const c = builtinCatalog;
    // "infrared" and a capsaicin compound were cited to Acupuncture Treatment in letters only beside acupuncture.
    const texts = [...c.drugs.map((d) => `${d.brands[0] ?? d.generic[0]} 10mg #30`), ...c.itemKinds.map((k) => k.match.map((g) => g[0]).join(' ')), 'Infrared therapy 6 sessions', 'Medrox ointment 120gm'];
    for (const text of texts) {
      const item = { kinds: c.detectItemKinds(text).map((k) => k.id), drugClasses: c.findDrugs(text).map((h) => h.drug.class) };
      for (const era of ['2016', '2014'] as const) {
        for (const s of suggestCitations(text, era, 'maximus', c)) {
          const field = parseGuidelineField(s.text, { start: 0, end: s.text.length, text: s.text }, c);
          for (const clause of field.clauses) {
            if (clause.kind !== 'mtus') continue;
            for (const part of clause.parts) assert.equal(part.part && scopeMismatch(part.part.id, item), undefined, `${text} (${era}): ${s.text}`);
          }
        }
      }
    }
  });
});

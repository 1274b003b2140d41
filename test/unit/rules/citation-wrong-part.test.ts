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

  it('knows Acupuncture Treatment by its 2014-form names and reports home exercise equipment cited to it', () => {
    for (const label of ['Acupuncture Medical Treatment Guidelines Page(s): 8-9', 'Acupuncture Treatment Guidelines Page(s): 9']) {
      for (const item of ['Home treadmill', 'Stationary exercise bike for home use', 'Recumbent bike purchase', 'Elliptical trainer']) {
        const found = findingsOf(cited(item, label), rule);
        assert.equal(found.length, 1, `${item} / ${label}`);
        assert.match(found[0].message, /covers acupuncture, not/);
      }
    }
    expectNone(cited('Acupuncture 6 sessions for the lumbar spine', 'Acupuncture Medical Treatment Guidelines Page(s): 8-9'), rule);
    expectNone(cited('Home treadmill', 'Chronic Pain Medical Treatment 2016, Section(s): Exercise'), rule);
  });

  it('reports Stress-Related Conditions cited for what is no psychological care', () => {
    for (const item of ['Massage therapy 6 sessions, lumbar spine', 'Physical therapy 8 sessions for the neck', 'MRI of the lumbar spine without contrast', 'Naproxen 550mg #60']) {
      expectFindings(cited(item, 'Stress-Related Conditions 2004, Section(s): General Approach'), rule, [
        { range: 'Stress-Related Conditions 2004', severity: 'warning', message: 'covers stress-related (psychological) conditions' },
      ]);
    }
    for (const item of ['Cognitive behavioral therapy 6 sessions', 'Psychological evaluation', 'Cymbalta 30mg #30', 'Biofeedback 6 sessions', 'Hot tub for home use']) {
      expectNone(cited(item, 'Stress-Related Conditions 2004, Section(s): General Approach'), rule);
    }
  });

  it('reads "ACOEM <chapter>" as the chapter, so a topic of another part under it is reported and moved', () => {
    for (const [item, citation, right] of [
      ['Prilosec 20mg #30', 'ACOEM Low Back Complaints NSAIDs, GI symptoms & cardiovascular risk Page(s): 68-69', 'Chronic Pain Medical Treatment'],
      ['Cyclobenzaprine 7.5mg #60', 'ACOEM Neck and Upper Back Complaints Cyclobenzaprine (Flexeril) Page(s): 41-42', 'Chronic Pain Medical Treatment'],
      ['Omeprazole 20mg #60', 'ACOEM Knee Complaints Guidelines Proton Pump Inhibitors (PPIs) Page(s): 68', 'Chronic Pain Medical Treatment'],
    ] as const) {
      const text = cited(item, citation);
      const found = findingsOf(text, rule);
      assert.equal(found.length, 1, citation);
      assert.match(found[0].message, new RegExp(`is a section of ${right}, not of`));
      assert.ok(applyFix(text, found[0].fixes![0]).includes(`MTUS ${right} 2016 `), citation);
    }
    const field = 'Decision based on MTUS ACOEM Forearm, Wrist, and Hand Complaints Page(s): 265-266, 271.';
    const parsed = parseGuidelineField(field, { start: 0, end: field.length, text: field }, builtinCatalog);
    assert.equal(parsed.clauses[0].kind === 'mtus' && parsed.clauses[0].parts[0].part?.id, 'forearm-wrist-hand');
    expectNone(cited('MRI of the lumbar spine', 'ACOEM Low Back Complaints Page(s): 303-304'), rule);
    expectNone(cited('Physical therapy 8 sessions for the lumbar spine', 'ACOEM Low Back Complaints Physical Methods Page(s): 299'), rule);
    expectNone(cited('Prilosec 20mg #30', 'ACOEM Guidelines, Page(s): 47'), rule);
  });

  it('knows lumbar supports as Low Back Complaints (Physical Methods) and reports them under another part', () => {
    for (const citation of ['Postsurgical Treatment Guidelines Lumbar supports Page(s): 301', 'Knee Complaints 2004, Section(s): Lumbar supports', 'Postsurgical Treatment 2009, Section(s): Lumbar support']) {
      const found = findingsOf(cited('Lumbar-sacral orthosis (LSO) brace', citation), rule);
      assert.equal(found.length, 1, citation);
      assert.match(found[0].message, /is a section of Low Back Complaints, not of/);
    }
    expectNone(cited('Lumbar-sacral orthosis (LSO) brace', 'Low Back Complaints 2004, Section(s): Lumbar supports'), rule);
    expectNone(cited('Lumbar-sacral orthosis (LSO) brace', 'ACOEM Low Back Complaints Lumbar supports Page(s): 301'), rule);
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

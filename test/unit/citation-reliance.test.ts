// Where a decision rationale rests on a guideline (citations/reliance.ts): the ways reviewers write it,
// and the ways a rationale names a guideline without resting on it.
import * as assert from 'node:assert/strict';
import { findGuidelineReliance } from '../../server/src/citations';

function relianceIn(rationale: string): string | undefined {
  // The rationale sits inside a longer text, as in a letter: spans are offsets into the source.
  const before = 'Decision rationale: ';
  const source = `${before}${rationale}\nNext item: Upheld\n`;
  const span = { start: before.length, end: before.length + rationale.length, text: rationale };
  const found = findGuidelineReliance(source, span);
  if (found) assert.equal(source.slice(found.start, found.end), found.text);
  return found?.text;
}

describe('guideline reliance in a rationale', () => {
  it('reads a leading "per", "according to", "pursuant to", "based on", "consistent with"', () => {
    assert.equal(relianceIn('Per ODG, Pain Chapter, Zolpidem (Ambien), this hypnotic is approved for short-term use. Not medically necessary.'), 'Per ODG');
    assert.equal(relianceIn('Per the MTUS Chronic Pain Treatment Guidelines, benzodiazepines are not\nrecommended for long-term use.'), 'Per the MTUS Chronic Pain Treatment Guidelines, benzodiazepines are not\nrecommended');
    assert.equal(relianceIn('According to the California MTUS, a repeat MRI needs new findings.'), 'According to the California MTUS');
    assert.equal(relianceIn('Pursuant to the Official Disability Guidelines, the EEG is not medically necessary.'), 'Pursuant to the Official Disability Guidelines');
    assert.equal(relianceIn('Based on the ACOEM chapter, surgery is premature.'), 'Based on the ACOEM');
    assert.equal(relianceIn('Twelve visits are not consistent with the guidelines for this diagnosis.'), 'consistent with the guidelines');
    assert.equal(relianceIn('Eight sessions fall within the guideline for neuritis.'), 'within the guideline');
    assert.equal(relianceIn('Per the CPMTG, topical analgesics are largely experimental.'), 'Per the CPMTG');
  });

  it('reads a guideline as the subject of what it says: states, recommends, allows, asks, is saying', () => {
    assert.equal(
      relianceIn('The MTUS Acupuncture Medical Treatment Guidelines state that acupuncture "is used as an option when pain medication is reduced".'),
      'MTUS Acupuncture Medical Treatment Guidelines state',
    );
    assert.equal(relianceIn('ODG does not recommend long-term use of hypnotics.'), 'ODG does not recommend');
    assert.equal(relianceIn('Guidelines are recommending the anti-epilepsy drugs for neuropathic pain.'), 'Guidelines are recommending');
    assert.equal(relianceIn('ODG is saying that zolpidem is for short-term treatment.'), 'ODG is saying');
    assert.equal(relianceIn("ODG's neck chapter supports a trial of six visits."), "ODG's neck chapter supports");
    assert.equal(relianceIn('The ACOEM chapter on forearm, wrist and hand complaints recommends splinting.'), 'ACOEM chapter on forearm, wrist and hand complaints recommends');
    assert.equal(relianceIn('The guidelines set out criteria for a functional restoration program.'), 'guidelines set out');
    assert.equal(relianceIn('That is the functional improvement the guideline asks for.'), 'guideline asks');
  });

  it('reads page references, a passive agent, a quotation and the telegraphic colon', () => {
    assert.equal(relianceIn('Not supported. MTUS Chronic Pain Guidelines page 113 state tramadol is not first-line.'), 'MTUS Chronic Pain Guidelines page');
    assert.equal(relianceIn('Cyclobenzaprine is advised by the MTUS for a short course only.'), 'advised by the MTUS');
    assert.equal(relianceIn('The ODG Physical Therapy Guidelines - "allow for fading of treatment frequency".'), 'ODG Physical Therapy Guidelines - "');
    assert.equal(relianceIn('Cyclobenzaprine. MTUS: short course only; greatest effect first 4 days.'), 'MTUS:');
    assert.equal(relianceIn('Tramadol/APAP. MTUS on-going management: pain relief, function, side effects.'), 'MTUS on-going management:');
  });

  it('finds nothing when the guideline is said to be silent or not to apply', () => {
    assert.equal(relianceIn('The MTUS does not address coccydynia or cushions. The cushion is medically necessary.'), undefined);
    assert.equal(relianceIn('The MTUS and ODG are silent on this device, and it is not medically necessary.'), undefined);
    assert.equal(relianceIn("The guideline's concerns about long-term opioid therapy do not apply to the first weeks after a fusion."), undefined);
    assert.equal(relianceIn('Heartburn alone is not addressed by this guideline as a reason for omeprazole.'), undefined);
    assert.equal(relianceIn('The guidelines do not specifically discuss this compound.'), undefined);
    assert.equal(relianceIn('There is no guideline support for a second unit, and none is needed.'), undefined);
    assert.equal(relianceIn('No MTUS guidance exists on this brace.'), undefined);
  });

  it('finds nothing in what utilization review or an earlier reviewer relied on', () => {
    assert.equal(relianceIn('Utilization review non-certified the request per the MTUS.'), undefined);
    assert.equal(relianceIn('The UR determination cited ODG, which recommends against it.'), undefined);
    assert.equal(relianceIn('The claims administrator denied it according to ACOEM.'), undefined);
    assert.equal(relianceIn('The prior reviewer quoted the guideline that injections "are not recommended".'), undefined);
  });

  it('reads a guideline named with its section or chapter, its applying word after the part', () => {
    assert.equal(
      relianceIn('As ODG and the MTUS Chronic Pain 2016 section on facet blocks both state, neurotomy may follow a diagnostic block.'),
      'ODG and the MTUS Chronic Pain 2016 section on facet blocks both state',
    );
    assert.equal(relianceIn('As the ODG Low Back chapter on traction explains, home units give no lasting benefit.'), 'ODG Low Back chapter on traction explains');
    assert.equal(relianceIn('The ACOEM sections on special studies call for red flags first.'), 'ACOEM sections on special studies call');
    assert.equal(relianceIn('As ODG and ACOEM both explain, traction gives no lasting relief.'), 'ODG and ACOEM both explain');
    // A part said to be silent, or cited by someone else, is no reliance.
    assert.equal(relianceIn('The MTUS section on traction does not address home units.'), undefined);
    assert.equal(relianceIn('The ODG chapter on the neck is silent on this device.'), undefined);
    assert.equal(relianceIn('The treating physician cites the MTUS section on opioids.'), undefined);
    assert.equal(relianceIn('UR quoted the ODG Low Back chapter on traction units.'), undefined);
  });

  it('finds nothing in a guideline named in passing, or in a rationale that names none', () => {
    assert.equal(relianceIn('The MTUS was reviewed. The records do not document functional gains.'), undefined);
    assert.equal(relianceIn("The provider's request cites the ODG Pain chapter without a date."), undefined);
    assert.equal(relianceIn('As the requested surgical intervention is not medically necessary per the documentation, the requested ancillary service is not medically necessary.'), undefined);
    assert.equal(relianceIn('The guidelines were consulted but the patient states no benefit from the drug.'), undefined);
    assert.equal(relianceIn('She has been under the care of an ACOEM member since 2014, with no change in function.'), undefined);
    assert.equal(relianceIn('Within two weeks of the guidelines update, he stopped the drug.'), undefined);
    assert.equal(relianceIn(''), undefined);
  });
});

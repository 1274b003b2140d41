// An ODG chapter the catalog does not know ("Cervical Spine Chapter") is reported with the chapter it most
// likely means: the one covering the body region it names, else one sharing a word.
import * as assert from 'node:assert/strict';
import { applyFix, expectFindings, expectNone, letter2016, mutate } from './letters';

const rule = 'citation-unknown-guideline';
const odg = (chapter: string) => mutate(letter2016, 'Claims Administrator guideline: Decision based on MTUS Opioid Treatment 2016.',
  `Claims Administrator guideline: The Claims Administrator based their decision on recommendation(s) outside of the MTUS Guidelines. Decision based on Non-MTUS Citation Official Disability Guidelines (ODG), ${chapter}, Opioids.`);

describe(`rule ${rule}: ODG chapters`, () => {
  it('reports an unknown chapter and offers the one for its body region', () => {
    const text = odg('Cervical Spine Chapter');
    const [found] = expectFindings(text, rule, [{ range: 'Cervical Spine Chapter', severity: 'warning', message: 'did you mean "Neck and Upper Back Chapter"?' }]);
    assert.ok(applyFix(text, found.fixes![0]).includes('(ODG), Neck and Upper Back Chapter, Opioids.'));
  });

  it('names no chapter when nothing resembles it', () => {
    expectFindings(odg('Miscellaneous Chapter'), rule, [{ range: 'Miscellaneous Chapter', severity: 'warning', message: 'is not an ODG chapter the catalog knows' }]);
  });

  it('accepts known chapters however they are spelt', () => {
    for (const chapter of ['Pain Chapter', 'Pain (Chronic) Chapter', 'Neck and Upper Back Chapter', 'Low Back Chapter', 'Knee & Leg']) expectNone(odg(chapter), rule);
  });
});

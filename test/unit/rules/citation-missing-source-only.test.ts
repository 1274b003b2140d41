// A field that names a source of guidelines but no part, chapter or topic of it cites nothing.
import { expectFindings, expectNone, letter2016, mutate } from './letters';

const rule = 'citation-missing';
const claims = 'Claims Administrator guideline: Decision based on MTUS Opioid Treatment 2016.';
const withClaims = (text: string) => mutate(letter2016, claims, `Claims Administrator guideline: ${text}`);

describe(`rule ${rule}: a source named, nothing in it`, () => {
  for (const text of ['Decision based on the MTUS guidelines.', 'Decision based on the MTUS and ODG.', 'Per ACOEM and the MTUS.',
    'Decision based on the medical records and the treatment guidelines.', 'Decision based on Non-MTUS Citation ODG.']) {
    it(`reports "${text}"`, () => {
      expectFindings(withClaims(text), rule, [{ range: text.replace(/\.$/, '').trim() === text ? text : text, severity: 'error', message: 'cites no guideline' }]);
    });
  }

  it('accepts a field naming a part, a chapter or a topic', () => {
    expectNone(withClaims('Decision based on MTUS Low Back Complaints 2004.'), rule);
    expectNone(withClaims('Decision based on Non-MTUS Citation ODG, Pain Chapter, Opioids.'), rule);
    expectNone(withClaims('Decision based on Non-MTUS Citation UpToDate, Management of chronic pain.'), rule);
  });
});

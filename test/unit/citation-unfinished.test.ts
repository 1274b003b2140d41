// A guideline field still holding a «…» placeholder is reported once, by the placeholder rule, and
// not again by the citation rules.
import * as assert from 'node:assert/strict';
import { analyzeText, fixtureText } from './service/fixture';

describe('citation rules on fields being filled in', () => {
  const base = fixtureText('two-items-2016.imr');
  const cases: [string, string][] = [
    ['a whole field left as a placeholder', 'Claims Administrator guideline: «citation»'],
    ['a section left as a placeholder', 'Claims Administrator guideline: Decision based on MTUS Low Back Complaints 2004, Section(s): «section».'],
    ['a part left as a placeholder', 'Claims Administrator guideline: Decision based on MTUS «part» 2016.'],
  ];
  for (const [what, field] of cases) {
    it(what, () => {
      const text = base.replace('Claims Administrator guideline: Decision based on MTUS Low Back Complaints 2004, Section(s): Special Studies.', field);
      assert.notEqual(text, base);
      assert.deepEqual(
        analyzeText(text).findings.map((f) => f.ruleId),
        ['placeholder'],
      );
    });
  }
});

import * as assert from 'node:assert/strict';
import { check, fixture, fixtureNames, letter2014, letter2016, withEol } from './letters';

describe('the clean letters the rule tests mutate', () => {
  for (const [name, text] of [
    ['2016', letter2016],
    ['2014', letter2014],
    ['2016 with CRLF', withEol(letter2016, '\r\n')],
    ['2014 with lone CR', withEol(letter2014, '\r')],
    ...fixtureNames.map((n) => [`${n.slice(7, 11)} fixture ${n}`, fixture(n)] as const),
  ] as const) {
    it(`${name}: no finding from the letter rules, no error or warning from any rule`, () => {
      const { letter, findings } = check(text);
      assert.equal(letter.era, name.slice(0, 4));
      assert.equal(letter.items.length, 2);
      const shown = findings.map((f) => `${f.ruleId} ${f.severity}: ${text.slice(f.start, f.end)}: ${f.message}`);
      assert.deepEqual(shown.filter((s) => !s.startsWith('citation-')), []);
      assert.deepEqual(shown.filter((s) => / (error|warning):/.test(s)), []);
    });
  }
});

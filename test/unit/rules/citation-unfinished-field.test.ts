// A guideline field holding a note to self ("TODO: add citation", "Page(s): ???") is reported once, by the
// placeholder rule; the citation rules leave it alone until it is written.
import * as assert from 'node:assert/strict';
import { expectNone, findingsOf, letter2014, mutate } from './letters';

const maximus = 'MAXIMUS guideline: Decision based on MTUS Chronic Pain Treatment Guidelines Muscle relaxants\n(for pain) Page(s): 63-66.';
const withMaximus = (text: string) => mutate(letter2014, maximus, `MAXIMUS guideline: ${text}`);
const citationRules = ['citation-missing', 'citation-unknown-topic', 'citation-unknown-guideline', 'citation-wrong-part', 'citation-page-unusual', 'citation-style-mixed'];

describe('citation rules on a guideline field still being written', () => {
  for (const text of ['TODO: add citation', 'Decision based on MTUS Neck and Upper Back Complaints Page(s): ???.', 'Decision based on MTUS TBD',
    'FIXME cite the chapter', 'Decision based on MTUS Chronic Pain Treatment Guidelines ??? Page(s): 63.']) {
    it(`leaves "${text}" to the placeholder rule`, () => {
      const letter = withMaximus(text);
      for (const rule of citationRules) expectNone(letter, rule);
      assert.ok(findingsOf(letter, 'placeholder').length > 0, text);
    });
  }

  it('still judges a finished field, and a lone question mark is no note to self', () => {
    assert.equal(findingsOf(withMaximus('Decision based on the MTUS guidelines.'), 'citation-missing').length, 1);
    assert.equal(findingsOf(withMaximus('Decision based on MTUS Chronic Pain Treatment Guidelines Sleep aids Page(s): 63.'), 'citation-unknown-topic').length, 1);
    assert.equal(findingsOf(withMaximus('Decision based on MTUS Chronic Pain Treatment Guidelines Todo list Page(s): 63.'), 'citation-unknown-topic').length, 1);
  });
});

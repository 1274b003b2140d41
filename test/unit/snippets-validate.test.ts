// A snippet expanded with its defaults is a letter the validator accepts, except for the `placeholder`
// findings that mark what the reviewer must fill in. Fragments are checked where they belong in a
// clean letter.
import * as assert from 'node:assert/strict';
import { expandSnippet, loadSnippets } from './snippet-expand';
import { analyzeText, fixtureText } from './service/fixture';

const snippets = Object.values(loadSnippets());
const byPrefix = (prefix: string) => snippets.find((s) => s.prefix === prefix)!;

function ruleIdsOf(text: string): string[] {
  return [...new Set(analyzeText(text).findings.map((f) => f.ruleId))];
}

/** Findings other than `placeholder`, as "rule-id: text" for a readable failure. */
function otherFindings(text: string): string[] {
  const analysis = analyzeText(text);
  return analysis.findings.filter((f) => f.ruleId !== 'placeholder').map((f) => `${f.ruleId}: ${text.slice(f.start, f.end)}`);
}

describe('snippets against the validator', () => {
  for (const prefix of ['imr-letter-2016', 'imr-letter-2014']) {
    it(`${prefix} expands to a letter with only placeholder findings`, () => {
      const letter = expandSnippet(byPrefix(prefix).body);
      assert.deepEqual(otherFindings(letter), []);
      assert.ok(ruleIdsOf(letter).includes('placeholder'), 'the parts to fill in are marked');
    });
  }

  const base = fixtureText('two-items-2016.imr');
  const itemsEnd = base.length;
  const fragments: [string, (text: string) => string][] = [
    ['imr-item', (item) => `${base.slice(0, itemsEnd)}${item}\n`],
    ['imr-mtus', (clause) => base.replace('Decision based on MTUS Low Back Complaints 2004, Section(s): Special Studies.', clause)],
    ['imr-odg', (clause) => base.replace('Decision based on MTUS Low Back Complaints 2004, Section(s): Special Studies.', clause)],
    ['imr-outside-mtus', (clause) => base.replace('Decision based on MTUS Low Back Complaints 2004, Section(s): Special Studies.', clause)],
    ['imr-no-evidence-ca', (statement) => base.replace('Decision based on MTUS Low Back Complaints 2004, Section(s): Special Studies.', statement)],
    ['imr-conclusion-upheld', (sentence) => base.replace('Therefore, the request is not medically necessary.', sentence)],
    ['imr-conclusion-overturned', (sentence) => base.replace('Therefore, the request is medically necessary.', sentence)],
  ];
  for (const [prefix, place] of fragments) {
    it(`${prefix} fits a clean letter with only placeholder findings`, () => {
      const text = place(expandSnippet(byPrefix(prefix).body));
      assert.notEqual(text, base);
      assert.deepEqual(otherFindings(text), []);
    });
  }
});

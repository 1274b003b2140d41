import { expectConfigurable, expectFindings, expectNone, findingsOf, letter2014, letter2016 } from './letters';
import * as assert from 'node:assert/strict';

const rule = 'section-order';

/** Moves the section starting at heading `a` after the section starting at heading `b` (adjacent). */
function swapSections(text: string, a: string, b: string, end: string | undefined): string {
  const i = text.indexOf(a);
  const j = text.indexOf(b);
  const k = end ? text.indexOf(end) : text.length;
  assert.ok(i >= 0 && j > i && k >= j);
  return text.slice(0, i) + text.slice(j, k) + text.slice(i, j) + text.slice(k);
}

describe(`rule ${rule}`, () => {
  const swapped2016 = swapSections(letter2016, 'HOW THE IMR', 'CLINICAL CASE SUMMARY', 'IMR ISSUES,');
  const swapped2014 = swapSections(letter2014, 'CLINICAL CASE SUMMARY', 'IMR ISSUES,', undefined);

  it('reports HOW placed after CLINICAL CASE SUMMARY (2016)', () => {
    expectFindings(swapped2016, rule, [
      {
        range: 'HOW THE IMR FINAL DETERMINATION WAS MADE',
        severity: 'error',
        message: "'HOW THE IMR FINAL DETERMINATION WAS MADE' must come before 'CLINICAL CASE SUMMARY'",
      },
    ]);
  });

  it('reports CLINICAL CASE SUMMARY placed after IMR ISSUES (2014), with the earlier heading as related information', () => {
    const [f] = expectFindings(swapped2014, rule, [{ range: 'CLINICAL CASE SUMMARY', severity: 'error', message: 'must come before' }]);
    assert.equal(swapped2014.slice(f.related![0].start, f.related![0].end), 'IMR ISSUES, DECISIONS AND RATIONALES');
  });

  it('does not fire on letters in order', () => {
    expectNone(letter2016, rule);
    expectNone(letter2014, rule);
  });

  it('offers no automatic fix: moving a section is the author\'s call', () => {
    assert.ok(findingsOf(swapped2016, rule).every((f) => !f.fixes || f.fixes.length === 0));
  });

  it('is configurable', () => expectConfigurable(swapped2014, rule));
});

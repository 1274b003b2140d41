import * as assert from 'node:assert/strict';
import { expectConfigurable, expectFindings, expectNone, findingsOf, letter2014, letter2016, mutate } from './letters';

const rule = 'placeholder';

describe(`rule ${rule}`, () => {
  it('reports a «…» placeholder left in (2016)', () => {
    expectFindings(mutate(letter2016, 'Certification(s)/Specialty: Orthopedic Surgery', 'Certification(s)/Specialty: «specialty»'), rule, [
      { range: '«specialty»', severity: 'error', message: "'«specialty»' is a placeholder to fill in" },
    ]);
  });

  it('reports snippet syntax left in an item heading (2014)', () => {
    expectFindings(mutate(letter2014, 'Ambien 10mg #30:  Upheld', '${1:item}:  ${2|Upheld,Overturned|}'), rule, [
      { range: '${1:item}', severity: 'error', message: 'snippet syntax left in the text' },
      { range: '${2|Upheld,Overturned|}', severity: 'error' },
    ]);
  });

  it('reports notes to self: TODO, TBD, XXX, ???', () => {
    const text = mutate(letter2014, 'reports neck pain and poor sleep.', 'reports TODO neck pain and TBD poor sleep XXX ???.');
    expectFindings(text, rule, [
      { range: 'TODO', severity: 'error', message: 'a note to fill in' },
      { range: 'TBD', severity: 'error' },
      { range: 'XXX', severity: 'error' },
      { range: '???', severity: 'error' },
    ]);
  });

  it('does not fire on finished letters, nor on words that merely contain the letters', () => {
    expectNone(letter2016, rule);
    expectNone(letter2014, rule);
    expectNone(mutate(letter2014, 'reports neck pain', 'reports (per the PTP?) neck pain at TODOS clinic; XXXL brace'), rule);
  });

  it('offers no fix: the text to put in is the author\'s', () => {
    const text = mutate(letter2016, 'Priority: Standard', 'Priority: «priority»');
    assert.ok(findingsOf(text, rule).every((f) => !f.fixes || f.fixes.length === 0));
  });

  it('is configurable', () => expectConfigurable(mutate(letter2016, 'Priority: Standard', 'Priority: «priority»'), rule));
});

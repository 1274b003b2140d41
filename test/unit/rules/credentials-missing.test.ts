import * as assert from 'node:assert/strict';
import { expectConfigurable, expectFindings, expectNone, findingsOf, letter2014, letter2016, mutate } from './letters';

const rule = 'credentials-missing';

describe(`rule ${rule}`, () => {
  const noBlock = mutate(
    letter2016,
    'The Expert Reviewer has the following credentials:\nState(s) of Licensure: California\nCertification(s)/Specialty: Orthopedic Surgery\n',
    '',
  );
  const noSpecialty = mutate(letter2016, 'Certification(s)/Specialty: Orthopedic Surgery', 'Certification(s)/Specialty:');
  const noSentence2014 = mutate(
    letter2014,
    'The expert reviewer\nis Board Certified in Anesthesiology and is licensed to practice in California.',
    'The expert reviewer\nis in active clinical practice.',
  );

  it('reports a 2016 letter without the credentials block, on the HOW heading', () => {
    expectFindings(noBlock, rule, [
      { range: 'HOW THE IMR FINAL DETERMINATION WAS MADE', severity: 'warning', message: "state(s) of licensure and certification or specialty are not stated" },
    ]);
  });

  it('names the one part that is missing (an empty specialty)', () => {
    // The empty label is where the words go.
    expectFindings(noSpecialty, rule, [{ range: 'Certification(s)/Specialty:', severity: 'warning', message: "The reviewer's certification or specialty is left empty" }]);
  });

  it('points at the first of two labels both left empty, where the words go', () => {
    const bothEmpty = mutate(
      mutate(letter2016, 'Certification(s)/Specialty: Orthopedic Surgery', 'Certification(s)/Specialty:'),
      'State(s) of Licensure: California',
      'State(s) of Licensure:',
    );
    expectFindings(bothEmpty, rule, [
      { range: 'State(s) of Licensure:', severity: 'warning', message: "The reviewer's state(s) of licensure and certification or specialty are left empty" },
    ]);
  });

  it('reports a 2014 letter whose reviewer sentence states neither', () => {
    expectFindings(noSentence2014, rule, [{ range: 'HOW THE IMR FINAL DETERMINATION WAS MADE', severity: 'warning' }]);
  });

  it('accepts the 2016 block and the 2014 sentence', () => {
    expectNone(letter2016, rule);
    expectNone(letter2014, rule);
  });

  it('offers no fix: the credentials are the reviewer\'s own', () => {
    assert.ok(findingsOf(noBlock, rule).every((f) => !f.fixes || f.fixes.length === 0));
  });

  it('is configurable', () => expectConfigurable(noBlock, rule));
});

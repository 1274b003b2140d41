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

  it('reports instructions in angle brackets, single-brace and hash fields, XX, xx/xx dates and (?)', () => {
    const text = mutate(letter2014, 'reports neck pain and poor sleep.',
      'reports <insert date> neck pain, {patient_name} and ##NAME## with poor sleep for XX weeks since xx/xx/2014 (?).');
    expectFindings(text, rule, [
      { range: '<insert date>', severity: 'error', message: 'an instruction to the author' },
      { range: '{patient_name}', severity: 'error', message: 'a form field to fill in' },
      { range: '##NAME##', severity: 'error', message: 'a form field to fill in' },
      { range: 'XX', severity: 'error', message: 'a note to fill in' },
      { range: 'xx/xx/2014', severity: 'error', message: 'a blank to fill in' },
      { range: '(?)', severity: 'error', message: 'a note to fill in' },
    ]);
    expectNone(mutate(letter2014, 'reports neck pain and poor sleep.', 'reports pain < 3/10 and > 2 hours of sleep (Roman numeral XXI).'), rule);
  });

  it('reports a field name between doubled marks of any kind, and a run of asterisks for a blank', () => {
    const text = mutate(letter2014, 'reports neck pain and poor sleep.',
      'reports %%VISIT_DATE%% neck pain, [[MRI_DATE]] and @@NAME@@ with poor sleep since *** and ** 2 **.');
    expectFindings(text, rule, [
      { range: '%%VISIT_DATE%%', severity: 'error', message: 'a form field to fill in' },
      { range: '[[MRI_DATE]]', severity: 'error', message: 'a form field to fill in' },
      { range: '@@NAME@@', severity: 'error', message: 'a form field to fill in' },
      { range: '***', severity: 'error', message: 'a blank to fill in' },
    ]);
    expectNone(mutate(letter2014, 'reports neck pain and poor sleep.', 'reports pain 50% and 20%% of the time, rated 3/10.'), rule);
  });

  it('reports bracketed instructions and fields, in capitals or as an instruction', () => {
    const text = mutate(
      letter2014,
      'reports neck pain and poor sleep.',
      'reports neck pain [ADD DATE] and [REVIEWER: CONFIRM] poor [insert date of injury] sleep [Patient Name] and [NAME] and [ ].',
    );
    expectFindings(text, rule, [
      { range: '[ADD DATE]', severity: 'error', message: 'an instruction or field left from a template' },
      { range: '[REVIEWER: CONFIRM]', severity: 'error' },
      { range: '[insert date of injury]', severity: 'error' },
      { range: '[Patient Name]', severity: 'error' },
      { range: '[NAME]', severity: 'error' },
      { range: '[ ]', severity: 'error' },
    ]);
  });

  it('reports drafting notes in capitals in braces, angle or round brackets, and bare notes such as NEED DATE', () => {
    const text = mutate(
      letter2014,
      'reports neck pain and poor sleep.',
      'reports {ADD OSWESTRY FROM 10/05 RE-EXAM} neck pain <CHECK DOSE 10/05> and (ADD MMI DATE) poor (NEED UR DATE) sleep; VERIFY DOSE before sending, NEED DATE of the MRI; ***CHECK*** {confirm date}.',
    );
    expectFindings(text, rule, [
      { range: '{ADD OSWESTRY FROM 10/05 RE-EXAM}', severity: 'error' },
      { range: '<CHECK DOSE 10/05>', severity: 'error' },
      { range: '(ADD MMI DATE)', severity: 'error' },
      { range: '(NEED UR DATE)', severity: 'error' },
      { range: 'VERIFY DOSE', severity: 'error', message: 'a note to fill in' },
      { range: 'NEED DATE', severity: 'error' },
      { range: '***CHECK***', severity: 'error' },
      { range: '{confirm date}', severity: 'error' },
    ]);
  });

  it("leaves a letter's own capitals alone: abbreviations in brackets, comparisons, prose verbs and headings", () => {
    const own =
      'reports neck pain (ODG) (ICD9 729.1) (EMG/NCS) (CA MTUS) and poor sleep; VAS<4 AND ODI>40, pain < NRS 3 and > VAS 2 (Check the dose) (add-on) (Need for surgery).\nMEDICAL NEED DETERMINATION\nTo check whether the need is met';
    expectNone(mutate(letter2014, 'reports neck pain and poor sleep.', own), rule);
  });

  it('reports mail-merge fields, blanks, filler and instructions in words', () => {
    const text = mutate(
      letter2016,
      'reports low back pain.',
      'reports low back pain. <<CLAIMANT>> saw {{ item }} and <PROVIDER NAME> on MM/DD/YYYY, signed ________. Lorem ipsum dolor. Insert the diagnosis here. Seen (insert date) by FIXME and TK.',
    );
    expectFindings(text, rule, [
      { range: '<<CLAIMANT>>', severity: 'error', message: 'a form field' },
      { range: '{{ item }}', severity: 'error' },
      { range: '<PROVIDER NAME>', severity: 'error' },
      { range: 'MM/DD/YYYY', severity: 'error', message: 'a blank to fill in' },
      { range: '________', severity: 'error', message: 'a blank to fill in' },
      { range: 'Lorem ipsum', severity: 'error', message: 'filler text' },
      { range: 'Insert the diagnosis here', severity: 'error', message: 'an instruction to the author' },
      { range: '(insert date)', severity: 'error' },
      { range: 'FIXME', severity: 'error', message: 'a note to fill in' },
      { range: 'TK', severity: 'error' },
    ]);
  });

  it('reports a snippet tab stop left against a word or at the end of a line, not a sum of money', () => {
    expectFindings(mutate(letter2014, 'Ambien 10mg #30:  Upheld', 'Ambien 10mg #30:  Upheld$0'), rule, [{ range: '$0', severity: 'error', message: 'snippet syntax' }]);
    expectFindings(mutate(letter2014, 'Ambien 10mg #30:  Upheld', '$1:  Upheld'), rule, [{ range: '$1', severity: 'error' }]);
    expectNone(mutate(letter2014, 'reports neck pain', 'reports neck pain, a $5 copay, $1,200 billed, $20. Paid $35 per visit'), rule);
  });

  it('reports a date whose figures are still to be filled in, not a real date or a ratio', () => {
    expectFindings(mutate(letter2014, 'reports neck pain', 'reports (MRI ??/??/2015, x-ray XX/XX/14, EMG ##/##/2016, seen mm/dd/yyyy) neck pain'), rule, [
      { range: '??/??/2015', severity: 'error', message: 'a blank to fill in' },
      { range: 'XX/XX/14', severity: 'error' },
      { range: '##/##/2016', severity: 'error' },
      { range: 'mm/dd/yyyy', severity: 'error' },
    ]);
    expectNone(mutate(letter2014, 'reports neck pain', 'reports (MRI 03/04/2015, 1x/week, 2x/day, 3/4/15, 4/4 strength) neck pain'), rule);
  });

  it('reports one finding for a leftover that looks like two', () => {
    expectFindings(mutate(letter2014, 'reports neck pain', 'reports [TBD] neck pain <<NAME>>'), rule, [
      { range: '[TBD]', severity: 'error' },
      { range: '<<NAME>>', severity: 'error' },
    ]);
  });

  it("leaves a letter's own brackets alone: [sic], editorial insertions, abbreviations, omissions", () => {
    const quoted =
      'reports neck pain. The guideline states that "[the patient] should be [re]assessed [sic] ... [...] with a confidence interval [CI] [following TPII] for [TENS] [patient] [type 2] diabetes" (complete blood count) (select patients) (add-on) and < 3 months.';
    expectNone(mutate(letter2014, 'reports neck pain and poor sleep.', quoted), rule);
  });

  it('does not fire on finished letters, nor on words that merely contain the letters', () => {
    expectNone(letter2016, rule);
    expectNone(letter2014, rule);
    expectNone(mutate(letter2014, 'reports neck pain', 'reports (per the PTP?) neck pain at TODOS clinic; XXXL brace after TKA; lorem-free ipsum; insert the needle'), rule);
  });

  it('offers no fix: the text to put in is the author\'s', () => {
    const text = mutate(letter2016, 'Priority: Standard', 'Priority: «priority»');
    assert.ok(findingsOf(text, rule).every((f) => !f.fixes || f.fixes.length === 0));
  });

  it('is configurable', () => expectConfigurable(mutate(letter2016, 'Priority: Standard', 'Priority: «priority»'), rule));
});

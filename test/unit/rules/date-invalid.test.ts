import * as assert from 'node:assert/strict';
import { expectConfigurable, expectFindings, expectNone, findingsOf, letter2014, letter2016, mutate } from './letters';

const rule = 'date-invalid';

describe(`rule ${rule}`, () => {
  it('reports 2/30/2015 in the summary (2016)', () => {
    expectFindings(mutate(letter2016, 'injury on 03/14/2015', 'injury on 2/30/2015'), rule, [
      { range: '2/30/2015', severity: 'error', message: "'2/30/2015' is not a real date: February 2015 has no day 30" },
    ]);
  });

  it('reports month 13 in a two-digit-year date (2014)', () => {
    expectFindings(mutate(letter2014, 'On 1/12/2015 Utilization', 'On 13/12/15 Utilization'), rule, [
      { range: '13/12/15', severity: 'error', message: 'there is no month 13' },
    ]);
  });

  it('reports a dashed date (4-31-14), a header date, and a date in words', () => {
    expectFindings(mutate(letter2014, 'On 1/12/2015 Utilization', 'On 4-31-14 Utilization'), rule, [{ range: '4-31-14', severity: 'error', message: 'April 2014 has no day 31' }]);
    expectFindings(mutate(letter2016, 'Date Assigned: 11/09/2016', 'Date Assigned: 11/31/2016'), rule, [{ range: '11/31/2016', severity: 'error' }]);
    expectFindings(mutate(letter2016, 'injury on 03/14/2015', 'injury on February 29, 2015'), rule, [
      { range: 'February 29, 2015', severity: 'error', message: 'February 2015 has no day 29' },
    ]);
  });

  it('reports a real date whose year cannot be right for the case: long after its number, or before 1900', () => {
    expectFindings(mutate(letter2016, 'Date Assigned: 11/09/2016', 'Date Assigned: 11/09/2106'), rule, [
      { range: '11/09/2106', severity: 'error', message: "falls in 2106, long after this 2016 case: check the year" },
    ]);
    expectFindings(mutate(letter2016, 'injury on 03/14/2015', 'injury on March 14, 1015'), rule, [
      { range: 'March 14, 1015', severity: 'error', message: 'falls in 1015: check the year' },
    ]);
    // The next year's decision, a follow-up planned, an injury decades ago: all plausible.
    expectNone(mutate(mutate(letter2016, 'injury on 03/14/2015', 'injury on 03/14/1979'), 'Date Assigned: 11/09/2016', 'Date Assigned: 11/09/2016'), rule);
    expectNone(mutate(letter2016, 'injury on 03/14/2015', 'injury on 03/14/2019'), rule);
  });

  it('accepts leap days, and numbers that are not dates (ratios, strengths, pages, scores)', () => {
    expectNone(letter2016, rule);
    expectNone(letter2014, rule);
    expectNone(mutate(letter2016, 'injury on 03/14/2015', 'injury on 2/29/2016'), rule);
    expectNone(mutate(letter2014, 'reports neck pain', 'rates pain 7/10 and takes Norco 10/325/mg; reports neck pain'), rule);
  });

  it('offers no fix: only the records tell the right date', () => {
    assert.ok(findingsOf(mutate(letter2016, 'injury on 03/14/2015', 'injury on 2/30/2015'), rule).every((f) => !f.fixes || f.fixes.length === 0));
  });

  it('is configurable', () => expectConfigurable(mutate(letter2014, 'On 1/12/2015 Utilization', 'On 13/12/15 Utilization'), rule));
});

import * as assert from 'node:assert/strict';
import { expectConfigurable, expectFindings, expectFixesWork, expectNone, findingsOf, fixAll, letter2014, letter2016, mutate } from './letters';

const rule = 'header-invalid';

/** The 2016 header in the PDF's column layout: labels, then values. */
const columnHeader = [
  'Case Number:',
  'Date Assigned:',
  'Decision Date:',
  'Priority:',
  '',
  'CM16-0123456',
  '11/09/2016',
  '12/09/2016',
  'Standard',
  '',
  'Date of Injury:',
  'UR Denial Date:',
  'Application',
  'Received:',
  '',
  '03/14/2015',
  '10/20/2016',
  '11/01/2016',
  '',
].join('\n');
const lineHeaderEnd = letter2016.indexOf('\n\nHOW THE IMR') + 2;
const columns2016 = columnHeader + letter2016.slice(lineHeaderEnd);

describe(`rule ${rule}`, () => {
  it('reports a case number in the wrong form, with a safe fix when the digits are all there', () => {
    const text = mutate(letter2016, 'CM16-0123456', 'cm16 0123456');
    expectFindings(text, rule, [{ range: 'cm16 0123456', severity: 'warning', message: 'is not a case number' }]);
    expectFixesWork(text, rule);
    assert.equal(fixAll(text), letter2016);
  });

  it('reports a case number that cannot be repaired, without a fix', () => {
    const text = mutate(letter2016, 'CM16-0123456', 'CM-16-123');
    const [f] = expectFindings(text, rule, [{ range: 'CM-16-123', severity: 'warning', message: 'CM, two digits of the year, a dash and seven digits' }]);
    assert.equal(f.fixes, undefined);
  });

  it('reports a date not written MM/DD/YYYY and fixes it', () => {
    const text = mutate(letter2016, 'Date Assigned: 11/09/2016', 'Date Assigned: 11/9/16');
    expectFindings(text, rule, [{ range: '11/9/16', severity: 'warning', message: "Write 'Date Assigned' as MM/DD/YYYY: '11/09/2016'" }]);
    assert.equal(fixAll(text), letter2016);
  });

  it('reports a date in words in the header', () => {
    const text = mutate(letter2016, 'Date Assigned: 11/09/2016', 'Date Assigned: November 9, 2016');
    expectFindings(text, rule, [{ range: 'November 9, 2016', severity: 'warning', message: 'must be a date written MM/DD/YYYY' }]);
  });

  it('reports a priority that is neither Standard nor Expedited; fixes the case', () => {
    const lower = mutate(letter2016, 'Priority: Standard', 'Priority: standard');
    expectFindings(lower, rule, [{ range: 'standard', severity: 'warning', message: "Priority is 'Standard' or 'Expedited'" }]);
    assert.equal(fixAll(lower), letter2016);
    expectFindings(mutate(letter2016, 'Priority: Standard', 'Priority: Urgent'), rule, [{ range: 'Urgent', severity: 'warning' }]);
  });

  it('reports a label with no value, on the label', () => {
    expectFindings(mutate(letter2016, 'Priority: Standard', 'Priority:'), rule, [{ range: 'Priority:', severity: 'warning', message: "'Priority' has no value" }]);
  });

  it('reads the column layout and reports a bad value there', () => {
    expectNone(columns2016, rule);
    const text = mutate(columns2016, '\nStandard\n', '\nstandard\n');
    expectFindings(text, rule, [{ range: 'standard', severity: 'warning' }]);
    assert.equal(fixAll(text), columns2016);
  });

  it('reports a field the header lacks on the field it belongs before, with a fix that adds its line', () => {
    const noPriority = mutate(letter2016, 'Priority: Standard\n', '');
    expectFindings(noPriority, rule, [{ range: 'Date of Injury:', severity: 'warning', message: "The header has no 'Priority' line. Add it before 'Date of Injury'." }]);
    const [fixed] = expectFixesWork(noPriority, rule, ['placeholder']);
    assert.match(fixed, /\nPriority: «Standard\/Expedited»\nDate of Injury:/);
    const noLast = mutate(letter2016, '\nApplication Received: 11/01/2016', '');
    expectFindings(noLast, rule, [{ range: 'UR Denial Date:', severity: 'warning', message: "no 'Application Received' line. Add it at the end of the header" }]);
  });

  it('leaves an impossible header date to date-invalid', () => {
    const text = mutate(letter2016, 'Date Assigned: 11/09/2016', 'Date Assigned: 11/31/2016');
    expectNone(text, rule);
    assert.equal(findingsOf(text, 'date-invalid').length, 1);
  });

  it('does not fire on good headers, nor on letters without one', () => {
    expectNone(letter2016, rule);
    expectNone(letter2014, rule);
    expectNone(mutate(letter2016, 'Priority: Standard', 'Priority: Expedited'), rule);
  });

  it('is configurable', () => expectConfigurable(mutate(letter2016, 'Priority: Standard', 'Priority: Urgent'), rule));
});

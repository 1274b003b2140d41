import * as assert from 'node:assert/strict';
import { expectConfigurable, expectFindings, expectFixesWork, expectNone, fixAll, letter2014, letter2016, mutate } from './letters';

const rule = 'phi-detected';

describe(`rule ${rule}`, () => {
  const phone = mutate(letter2016, 'reports low back pain.', 'reports low back pain. Call 555-123-4567.');
  const ssn2014 = mutate(letter2014, 'reports neck pain', 'SSN 123-45-6789 reports neck pain');

  it('reports a phone number (2016)', () => {
    expectFindings(phone, rule, [{ range: '555-123-4567', severity: 'warning', message: 'This looks like a phone number. Redact it' }]);
  });

  it('reports a Social Security number (2014)', () => {
    expectFindings(ssn2014, rule, [{ range: '123-45-6789', severity: 'warning', message: 'a Social Security number' }]);
  });

  it('reports e-mail addresses, street addresses, dates of birth and claim numbers', () => {
    expectFindings(mutate(letter2014, 'reports neck pain', 'jane.doe@example.com reports neck pain'), rule, [{ range: 'jane.doe@example.com', severity: 'warning', message: 'an e-mail address' }]);
    // The sentence's full stop is not part of the address.
    expectFindings(mutate(letter2016, 'reports low back pain.', 'reports low back pain. She lives at 1234 Main Street.'), rule, [
      { range: '1234 Main Street', severity: 'warning', message: 'a street address' },
    ]);
    expectFindings(mutate(letter2016, 'reports low back pain.', 'reports low back pain. DOB: 04/05/1971.'), rule, [{ range: 'DOB: 04/05/1971', severity: 'warning', message: 'a date of birth' }]);
    expectFindings(mutate(letter2016, 'reports low back pain.', 'reports low back pain. Claim number: ABC12345.'), rule, [
      { range: 'Claim number: ABC12345', severity: 'warning', message: 'a claim number' },
    ]);
  });

  it('does not take case numbers, dates, strengths or page ranges for personal information', () => {
    expectNone(letter2016, rule);
    expectNone(letter2014, rule);
  });

  it('redacts on request, never by fix-all (deciding what identifies someone is the author\'s call)', () => {
    const [redacted] = expectFixesWork(phone, rule);
    assert.ok(redacted.includes('Call [redacted].'));
    expectFixesWork(ssn2014, rule);
    assert.equal(fixAll(phone), phone);
  });

  it('is configurable', () => expectConfigurable(phone, rule));
});

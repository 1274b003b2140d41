import * as assert from 'node:assert/strict';
import { expectConfigurable, expectFindings, expectNone, letter2014, letter2016, mutate } from './letters';

const rule = 'date-order';

describe(`rule ${rule}`, () => {
  const lateDenial = mutate(letter2016, 'UR Denial Date: 10/20/2016', 'UR Denial Date: 11/20/2016');
  const futureInjury = mutate(letter2016, 'Date of Injury: 03/14/2015', 'Date of Injury: 03/14/2017');
  const earlyDecision = mutate(letter2016, 'Decision Date: 12/09/2016', 'Decision Date: 10/09/2016');

  it('reports the one header date out of order, not every date after it', () => {
    const [f] = expectFindings(lateDenial, rule, [
      { range: '11/20/2016', severity: 'warning', message: 'UR Denial Date (11/20/2016) is after Application Received (11/01/2016) and Date Assigned (11/09/2016)' },
    ]);
    assert.equal(f.related!.length, 2);
    expectFindings(futureInjury, rule, [{ range: '03/14/2017', severity: 'warning', message: 'Date of Injury (03/14/2017) is after' }]);
  });

  it('reports a decision date before the other events, and the summary dates after it', () => {
    expectFindings(earlyDecision, rule, [
      { range: '10/09/2016', severity: 'warning', message: 'Decision Date (10/09/2016) is before' },
      { range: '10/20/2016', severity: 'warning', message: "'10/20/2016' is later than the decision date (10/09/2016)" },
    ]);
  });

  it('reports a date in the body later than the decision date', () => {
    expectFindings(mutate(letter2016, 'On 10/20/2016, utilization', 'On 12/20/2016, utilization'), rule, [
      { range: '12/20/2016', severity: 'warning', message: 'later than the decision date (12/09/2016)' },
    ]);
  });

  it('reads the column layout header too', () => {
    const columns = [
      'Case Number:', 'Date Assigned:', 'Decision Date:', 'Priority:', '',
      'CM16-0123456', '11/09/2016', '12/09/2016', 'Standard', '',
      'Date of Injury:', 'UR Denial Date:', 'Application', 'Received:', '',
      '03/14/2015', '11/20/2016', '11/01/2016', '',
    ].join('\n');
    const text = columns + letter2016.slice(letter2016.indexOf('\n\nHOW THE IMR') + 2);
    expectFindings(text, rule, [{ range: '11/20/2016', severity: 'warning' }]);
  });

  it('accepts events on the same day, letters in order, and letters without a header', () => {
    expectNone(letter2016, rule);
    expectNone(letter2014, rule);
    expectNone(mutate(letter2016, 'Application Received: 11/01/2016', 'Application Received: 10/20/2016'), rule);
  });

  it('reports, where no header dates them, an IMR application dated in the prose before the UR denial it appeals', () => {
    const add = (sentences: string) => mutate(letter2014, 'reports neck pain', `reports neck pain. ${sentences} She`);
    expectFindings(add('On 05/12/2015 Utilization Review non-certified the requests. The injured worker applied for IMR on 04/28/2015.'), rule, [
      { range: '04/28/2015', severity: 'warning', message: 'The IMR application (04/28/2015) is dated before the utilization review denial (05/12/2015)' },
    ]);
    expectFindings(add('An application for independent medical review was signed 3/2/2015, after UR denied the MRI on 3/9/2015.'), rule, [{ range: '3/2/2015', severity: 'warning' }]);
    // In order, or dates of other events: nothing.
    expectNone(add('On 05/12/2015 Utilization Review non-certified the requests. The injured worker applied for IMR on 05/28/2015.'), rule);
    expectNone(add('UR certified PT on 05/12/2015. An MRI was done 04/28/2015 and IMR was requested later.'), rule);
  });

  it('reads a prose date\'s sentence over the lines its paragraph is wrapped onto, as PDF text wraps it', () => {
    const events = 'On 1/12/2015 Utilization Review non-certified the requests.\nOn 1/20/2015, the injured worker submitted an application for IMR for review of Soma 350mg #60\nand Ambien 10mg #30.';
    const wrapped = (lines: string) => mutate(letter2014, events, lines);
    for (const [lines, range] of [
      ['On 1/12/2015 the injured worker submitted an application for Independent\nMedical Review; Utilization Review dated 1/20/2015 had non-certified the requests.', '1/12/2015'],
      ['The injured worker applied for\nIMR on 1/10/2015. On 1/12/2015 Utilization\nReview non-certified the requests.', '1/10/2015'],
      ['Utilization\nReview denied the requests on 1/25/2015. An independent medical review\napplication was signed on 1/20/2015.', '1/20/2015'],
    ]) {
      expectFindings(wrapped(lines), rule, [{ range, severity: 'warning', message: 'is dated before the utilization review denial' }]);
    }
    // Each date goes with the event of its own clause, even when another's words stand nearer.
    expectFindings(wrapped('Utilization Review non-certified the requests on 1/25/2015 and IMR\nwas requested on 1/20/2015.'), rule, [{ range: '1/20/2015', severity: 'warning' }]);
    expectFindings(wrapped('Utilization Review dated 1/25/2015 non-certified the requests; on 1/20/2015 the injured worker had applied for IMR.'), rule, [{ range: '1/20/2015', severity: 'warning' }]);
    expectNone(wrapped('Utilization Review non-certified the requests on 1/12/2015 and IMR\nwas requested on 1/20/2015.'), rule);
    // In order, wrapped or not.
    expectNone(wrapped('On 1/12/2015 Utilization\nReview non-certified the requests. On 1/20/2015 an application for independent\nmedical review was filed.'), rule);
    // A blank line, or a line ending in a colon, ends the paragraph: a sentence never runs past it.
    expectNone(wrapped('The MRI of 1/5/2015 was read as normal\n\nAn application for IMR was filed 1/20/2015 after Utilization Review non-certified\nthe requests on 1/12/2015.'), rule);
    expectNone(wrapped('Records sent with the IMR application:\nMRI dated 1/5/2015, normal. Utilization Review non-certified the requests on 1/12/2015 and IMR\nwas requested on 1/20/2015.'), rule);
  });

  it('is configurable', () => expectConfigurable(lateDenial, rule));
});

import * as assert from 'node:assert/strict';
import { findDates } from '../../server/src/letter/dates';
import { parseLetter } from '../../server/src/letter/parse';
import { letter2016 } from './rules/letters';

function read(text: string): [string, number, number, number, string, boolean][] {
  return findDates(text).map((d) => [d.span.text, d.month, d.day, d.year, d.form, d.valid]);
}

describe('parseLetter: dates', () => {
  it('reads every form the letters use, with its range', () => {
    const text = 'Seen 11/09/2016, 2/1/2004, 10-13-16, 12/8/04, January 5, 2016 and Sept. 3, 2015.';
    assert.deepEqual(read(text), [
      ['11/09/2016', 11, 9, 2016, 'slash', true],
      ['2/1/2004', 2, 1, 2004, 'slash', true],
      ['10-13-16', 10, 13, 2016, 'dash', true],
      ['12/8/04', 12, 8, 2004, 'slash', true],
      ['January 5, 2016', 1, 5, 2016, 'words', true],
      ['Sept. 3, 2015', 9, 3, 2015, 'words', true],
    ]);
  });

  it('reads two-digit years around 1970', () => {
    assert.deepEqual(read('born 4/5/71, injured 3/28/12').map((d) => d[3]), [1971, 2012]);
  });

  it('marks impossible dates invalid: day 31 of a 30-day month, month 13, February 29 of a common year', () => {
    assert.deepEqual(read('4-31-16 13/12/16 2/30/2016 2/29/2015 2/29/2016 February 30, 2016 11/31/2016 0/12/2016').map((d) => [d[0], d[5]]), [
      ['4-31-16', false],
      ['13/12/16', false],
      ['2/30/2016', false],
      ['2/29/2015', false],
      ['2/29/2016', true],
      ['February 30, 2016', false],
      ['11/31/2016', false],
      ['0/12/2016', false],
    ]);
  });

  it('does not read strengths, ratios, scores, page ranges or section numbers as dates', () => {
    assert.deepEqual(read('Norco 10/325mg, 10/325/2016 tabs, pain 7/10, pages 63-66, 3.3.9, 1/2/3/4 and 5-10-2016-1'), []);
  });

  it('collects the dates of the whole letter, header included, in order', () => {
    const dates = parseLetter(letter2016).dates.map((d) => d.span.text);
    assert.deepEqual(dates, ['11/09/2016', '12/09/2016', '03/14/2015', '10/20/2016', '11/01/2016', '03/14/2015', '10/20/2016']);
  });
});

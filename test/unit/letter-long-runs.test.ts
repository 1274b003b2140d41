// Long runs of white space where the header, item headings, request lists and case numbers are read:
// the parser gives the same reading as for ordinary spacing. (That it does so in linear time is proved
// in robust/regex-linear.test.ts and robust/linear-time.test.ts.)
import * as assert from 'node:assert/strict';
import { parseLetter } from '../../server/src/letter/parse';
import { fixAll, letter2016, mutate } from './rules/letters';

function headerFields(text: string): [string, string | undefined][] {
  return parseLetter(text).header!.fields.map((f) => [f.key, f.value?.text]);
}

const firstLine = 'Case Number: CM16-0123456\nDate Assigned: 11/09/2016\n';
const otherFields: [string, string][] = [
  ['decisionDate', '12/09/2016'],
  ['priority', 'Standard'],
  ['dateOfInjury', '03/14/2015'],
  ['urDenialDate', '10/20/2016'],
  ['applicationReceived', '11/01/2016'],
];

describe('parseLetter: long runs of white space', () => {
  it('splits two header fields on one line apart however wide the gap, in any mix of spaces, tabs and no-break spaces', () => {
    for (const gap of ['  ', '\t', ' \t', '\u00a0\u00a0', ' '.repeat(3_000), '\t'.repeat(3_000), ' \u00a0\t'.repeat(1_000)]) {
      const text = mutate(letter2016, firstLine, `Case Number: CM16-0123456${gap}Date Assigned: 11/09/2016\n`);
      assert.deepEqual(headerFields(text), [['caseNumber', 'CM16-0123456'], ['dateAssigned', '11/09/2016'], ...otherFields], JSON.stringify(gap.slice(0, 6)));
    }
  });

  it('keeps a label after one space in the value before it, and a gap between two words in its value', () => {
    const oneSpace = mutate(letter2016, firstLine, 'Case Number: CM16-0123456 Date Assigned: 11/09/2016\n');
    assert.deepEqual(headerFields(oneSpace)[0], ['caseNumber', 'CM16-0123456 Date Assigned: 11/09/2016']);
    const words = mutate(letter2016, firstLine, `Case Number: CM16${' '.repeat(3_000)}0123456\nDate Assigned: 11/09/2016\n`);
    assert.deepEqual(headerFields(words)[0], ['caseNumber', `CM16${' '.repeat(3_000)}0123456`]);
    assert.deepEqual(headerFields(words)[1], ['dateAssigned', '11/09/2016']);
  });

  it('splits three fields on one line, and a label that a wide gap opens the line with', () => {
    const text = mutate(letter2016, firstLine, `${' '.repeat(40)}Case Number: CM16-0123456${' '.repeat(500)}Date Assigned: 11/09/2016\t\tPriority: Urgent\n`);
    assert.deepEqual(headerFields(text).slice(0, 3), [['caseNumber', 'CM16-0123456'], ['dateAssigned', '11/09/2016'], ['priority', 'Urgent']]);
  });

  it('reads the disputed portion of a partial-authorisation heading with any white space before `is`', () => {
    for (const space of [' ', '\u2003', '\u3000', '\u00a0', '\u2003'.repeat(3_000)]) {
      const heading = `The original request, Physical therapy 12 sessions${space}is${space}: Upheld`;
      const letter = parseLetter(letter2016.replace('Norco 10/325mg #60: Upheld', heading));
      assert.equal(letter.items[0].itemText, 'Physical therapy 12 sessions', JSON.stringify(space.slice(0, 2)));
      assert.equal(letter.items[0].decision, 'Upheld');
    }
  });

  it('splits a request list at `and` after a long run of em spaces (within the list\'s reach)', () => {
    const text = letter2016.replace('Norco 10/325mg #60 and', `Norco 10/325mg #60${'\u2003'.repeat(1_000)}and`);
    assert.deepEqual(parseLetter(text).requests.map((r) => r.text), ['Norco 10/325mg #60', 'Physical therapy 2 times a week for 4 weeks lumbar spine']);
  });

  it('repairs a case number written with spaces and a dash, and with a long run of spaces', () => {
    for (const written of ['cm16 - 0123456', 'CM 16 -0123456', 'cm16- 0123456', `cm16${' '.repeat(3_000)}0123456`]) {
      assert.equal(fixAll(mutate(letter2016, 'CM16-0123456', written)), letter2016, written.slice(0, 20));
    }
  });
});

import * as assert from 'node:assert/strict';
import { parseLetter } from '../../server/src/letter/parse';
import { letter2014, letter2016, withEol } from './rules/letters';

function fields(text: string): Record<string, string | undefined> {
  const header = parseLetter(text).header;
  assert.ok(header, 'a header');
  return Object.fromEntries(header.fields.map((f) => [f.key, f.value?.text]));
}

const expected = {
  caseNumber: 'CM16-0123456',
  dateAssigned: '11/09/2016',
  decisionDate: '12/09/2016',
  priority: 'Standard',
  dateOfInjury: '03/14/2015',
  urDenialDate: '10/20/2016',
  applicationReceived: '11/01/2016',
};

const columnHeader = [
  'Case Number:', 'Date Assigned:', 'Decision Date:', 'Priority:', '',
  'CM16-0123456', '11/09/2016', '12/09/2016', 'Standard', '',
  'Date of Injury:', 'UR Denial Date:', 'Application', 'Received:', '',
  '03/14/2015', '10/20/2016', '11/01/2016', '',
].join('\n');
const body2016 = letter2016.slice(letter2016.indexOf('\n\nHOW THE IMR') + 2);

describe('parseLetter: the header block', () => {
  it('reads `Label: value` lines', () => {
    const header = parseLetter(letter2016).header!;
    assert.equal(header.layout, 'lines');
    assert.deepEqual(fields(letter2016), expected);
    for (const f of header.fields) assert.equal(letter2016.slice(f.label.start, f.label.end), f.label.text);
    assert.equal(header.fields[0].label.text, 'Case Number:');
  });

  it('reads the column layout: labels, then values, `Application` / `Received:` split over two lines', () => {
    const text = columnHeader + body2016;
    const header = parseLetter(text).header!;
    assert.equal(header.layout, 'columns');
    assert.deepEqual(fields(text), expected);
    const app = header.fields.find((f) => f.key === 'applicationReceived')!;
    assert.equal(app.label.text, 'Application\nReceived:');
    assert.equal(text.slice(app.value!.start, app.value!.end), '11/01/2016');
  });

  it('reads the column layout with CRLF and double spacing', () => {
    const doubled = columnHeader.replace(/\n/g, '\n\n');
    assert.deepEqual(fields(withEol(doubled + body2016, '\r\n')), expected);
  });

  it('keeps a label without a value', () => {
    const text = letter2016.replace('Priority: Standard', 'Priority:');
    const priority = parseLetter(text).header!.fields.find((f) => f.key === 'priority')!;
    assert.equal(priority.value, undefined);
    assert.equal(priority.label.text, 'Priority:');
  });

  it('finds no header in the 2014 form', () => {
    assert.equal(parseLetter(letter2014).header, undefined);
  });
});

// FoldedText: white space folded to single spaces, each character mapped back to its document offset.
import * as assert from 'node:assert/strict';
import { FoldedText } from '../../server/src/letter/text';

/** Each folded character's offset, read one at a time. */
function origins(f: FoldedText): number[] {
  return [...f.text].map((_, k) => f.startOf(k));
}

describe('FoldedText', () => {
  it('folds every run of white space to one space and keeps each character’s offset', () => {
    const source = '  The  request\tfor\r\n Soma 350mg, and\u00a0Norco.  ';
    const f = new FoldedText(source, 0, source.length);
    assert.equal(f.text, 'The request for Soma 350mg, and Norco.');
    for (const [k, at] of origins(f).entries()) {
      assert.equal(f.text[k] === ' ' ? /\s/.test(source[at]) : source[at] === f.text[k], true, `${k}`);
    }
    assert.deepEqual(origins(f).slice(0, 6), [2, 3, 4, 5, 7, 8]);
    assert.equal(f.endOf(f.text.length), source.indexOf('.') + 1);
  });

  it('reads only its range, and a text of one space-separated run is kept as it is', () => {
    const source = 'xx a b c yy';
    const f = new FoldedText(source, 3, 8);
    assert.equal(f.text, 'a b c');
    assert.deepEqual(origins(f), [3, 4, 5, 6, 7]);
    assert.equal(new FoldedText(source, 2, 2).text, '');
  });

  it('finds the folded index of a document offset', () => {
    const source = 'ab  \n cd e';
    const f = new FoldedText(source, 0, source.length);
    assert.equal(f.text, 'ab cd e');
    assert.deepEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((o) => f.indexOf(o)), [0, 1, 2, 3, 3, 3, 3, 4, 5, 6, 7]);
  });
});

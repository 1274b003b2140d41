// WordFinder (one pass for many words) and the region words found with it.
import * as assert from 'node:assert/strict';
import { WordFinder } from '../../server/src/text/word-finder';
import { regionsNamed } from '../../server/src/catalog/regions';

function hits(finder: WordFinder, text: string): [number, number][] {
  const out: [number, number][] = [];
  finder.scan(text, 0, text.length, (w, at) => out.push([w, at]));
  return out;
}

describe('WordFinder', () => {
  it('finds every occurrence, overlapping ones too, as a case-insensitive regex of each word would', () => {
    const words = ['request', 'requested', 'quest', 'ur', 'st'];
    const finder = new WordFinder(words);
    for (const text of ['The REQUESTED items; a Request', 'during your quest', 'no words here', '', 'requesrequest', 'xRequestedx-UR']) {
      const expected: [number, number][] = [];
      words.forEach((w, i) => {
        const re = new RegExp(w, 'gi');
        for (let m = re.exec(text); m; m = re.exec(text)) {
          expected.push([i, m.index]);
          re.lastIndex = m.index + 1;
        }
      });
      const key = ([w, at]: [number, number]) => at * 10 + w;
      assert.deepEqual(hits(finder, text).map(key).sort((a, b) => a - b), expected.map(key).sort((a, b) => a - b), text);
    }
  });

  it('reports a word where it ends, and only within the range scanned', () => {
    const finder = new WordFinder(['ab', 'b']);
    assert.deepEqual(hits(finder, 'xab'), [[0, 1], [1, 2]]);
    const inRange: [number, number][] = [];
    finder.scan('ab ab', 1, 5, (w, at) => inRange.push([w, at]));
    assert.deepEqual(inRange, [[1, 1], [0, 3], [1, 4]]);
  });

  it('matches no other character to a letter (as the regex `i` flag without `u`)', () => {
    const finder = new WordFinder(['knee', 'hip']);
    assert.deepEqual(hits(finder, '\u212Anee H\u0130P K\u00A0nee'), []);
  });

  it('takes lower-case words of letters only', () => {
    assert.throws(() => new WordFinder(['Knee']));
    assert.throws(() => new WordFinder(['low back']));
  });
});

describe('regionsNamed', () => {
  const named = (text: string) => [...regionsNamed(text)].sort();
  it('reads the regions of words, pairs and joined words', () => {
    assert.deepEqual(named('MRI of the LUMBAR spine'), ['lumbar']);
    assert.deepEqual(named('C-spine and right Shoulder'), ['neck', 'shoulder']);
    assert.deepEqual(named('Low back brace'), ['lumbar']);
    assert.deepEqual(named('Electro-\nkneeling'), []);
    assert.deepEqual(named('right kn-\nee arthroscopy'), ['knee']);
    assert.deepEqual(named("kne'e brace"), ['knee']);
    assert.deepEqual(named('\u212Anee brace'), ['knee']);
  });

  it('names none for a text without a region, and for words of the object prototype', () => {
    assert.deepEqual(named('Soma 350mg #90'), []);
    assert.deepEqual(named(''), []);
    assert.deepEqual(named('Constructor toString valueOf hasOwnProperty knee'), ['knee']);
  });
});

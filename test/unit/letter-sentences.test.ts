import * as assert from 'node:assert/strict';
import { quotedRanges, readSentences, readWords } from '../../server/src/letter/sentences';

/** Each sentence of `text` as its words, quoted words marked with a leading `>`. */
function read(text: string): string[][] {
  const quotes = quotedRanges(text, 0, text.length);
  return readSentences(text, 0, text.length).map((s) => readWords(text, s, quotes).map((w) => (w.quoted ? `>${w.text}` : w.text)));
}

describe('sentences and words of a rationale', () => {
  it('splits at stops followed by white space, not inside numbers, abbreviations or doses', () => {
    assert.deepEqual(read('Dr. Smith saw him, e.g. on 1.5 mg. He improved! Is it needed? Yes.'), [
      ['dr', 'smith', 'saw', 'him', ',', 'e.g', 'on', '1.5', 'mg'],
      ['he', 'improved'],
      ['is', 'it', 'needed'],
      ['yes'],
    ]);
    // "No." answering a question ends its sentence; "No. 5" is a number.
    assert.deepEqual(read('Is it needed? No. See Policy No. 5 and no. #2 here.'), [
      ['is', 'it', 'needed'],
      ['no'],
      ['see', 'policy', 'no', '5', 'and', 'no', '#2', 'here'],
    ]);
    const text = 'Is it needed? Yes.';
    assert.deepEqual(readSentences(text, 0, text.length).map((s) => s.question), [true, false]);
  });

  it('reads words through soft hyphens, zero-width characters, curly apostrophes and ligatures, keeping offsets', () => {
    const text = 'The request is medi\u00adcally nec\u200bessary and isn\u2019t justi\ufb01ed.';
    const [words] = read(text);
    assert.deepEqual(words, ['the', 'request', 'is', 'medically', 'necessary', 'and', "isn't", 'justified']);
    const quotes = quotedRanges(text, 0, text.length);
    const [sentence] = readSentences(text, 0, text.length);
    const medically = readWords(text, sentence, quotes)[3];
    assert.equal(text.slice(medically.start, medically.end), 'medi\u00adcally');
  });

  it('joins hyphenated, slashed and possessive words, and keeps clause marks', () => {
    assert.deepEqual(read('The non-certified Norco 10/325mg (hydrocodone) is the worker\'s; it - not Soma.'), [
      ['the', 'non-certified', 'norco', '10/325mg', '(', 'hydrocodone', ')', 'is', 'the', "worker's", ';', 'it', '-', 'not', 'soma'],
    ]);
  });

  it('marks words in double, curly and single quotation marks, and leaves apostrophes alone', () => {
    assert.deepEqual(read('Guidelines state "not recommended" and \u201cindicated\u201d but \'supported\' and the workers\' file.'), [
      ['guidelines', 'state', '>not', '>recommended', 'and', '>indicated', 'but', '>supported', 'and', 'the', 'workers', 'file'],
    ]);
    assert.deepEqual(read('An unclosed "quote is not a quote.'), [['an', 'unclosed', 'quote', 'is', 'not', 'a', 'quote']]);
  });

  it('ends a short verdict line at a blank line, but not a double-spaced sentence wrapped over one', () => {
    assert.deepEqual(read('Not medically necessary\n\nThe guidelines limit use.'), [['not', 'medically', 'necessary'], ['the', 'guidelines', 'limit', 'use']]);
    assert.deepEqual(read('VALIUM 10MG #30 is not medically\n\nnecessary and appropriate.'), [['valium', '10mg', '#30', 'is', 'not', 'medically', 'necessary', 'and', 'appropriate']]);
  });
});

// Cases a review found with letters re-wrapped or re-spaced as PDF text and drafts are: the words of a
// fixed phrase may stand on two lines or with two spaces between them.
import * as assert from 'node:assert/strict';
import { letter2014, letter2016, mutate } from './rules/letters';
import { analyzeText } from './service/fixture';
import { parseLetter } from '../../server/src/letter/parse';

const ruleIds = (text: string) => analyzeText(text).findings.map((f) => f.ruleId);

describe('fixed phrases wrapped or re-spaced', () => {
  it('credentials-missing reads "State(s) of Licensure" split over two lines', () => {
    const wrapped = mutate(letter2016, 'State(s) of Licensure: California', 'State(s) of\nLicensure: California');
    assert.ok(!ruleIds(wrapped).includes('credentials-missing'));
  });

  it('credentials-missing reads the credentials with doubled spaces', () => {
    const spaced = mutate(letter2016, 'State(s) of Licensure: California', 'State(s)  of  Licensure:  California');
    assert.ok(!ruleIds(spaced).includes('credentials-missing'));
  });

  it('credentials-missing reads the 2014 sentence wrapped anywhere', () => {
    const wrapped = mutate(letter2014, 'is licensed to practice in California', 'is licensed to\npractice in California');
    assert.ok(!ruleIds(wrapped).includes('credentials-missing'));
  });
});

describe('the era of a letter', () => {
  it('is 2014 for a letter without header whose reviewer sentence is the 2014 one, before any citation is written', () => {
    const noCitations = letter2014.replace(/Page\(s\):[^\n]*/g, '').replace(/Chronic Pain Treatment Guidelines/g, '');
    assert.equal(parseLetter(noCitations).era, '2014');
  });

  it('is 2016 for a letter with a header or a credentials block', () => {
    assert.equal(parseLetter(letter2016.replace(/Section\(s\):/g, '')).era, '2016');
  });
});

// language-configuration.json: the word pattern decides what a double-click selects and what
// word-based completion and "highlight occurrences" treat as one word. Strengths, quantities and
// dates must stay whole so `10/325mg` or `#90` is selected in one go.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { repoRoot } from './repo-root';

interface LanguageConfiguration {
  wordPattern: string;
  brackets: [string, string][];
  autoClosingPairs: { open: string; close: string }[];
  surroundingPairs: [string, string][];
  comments?: unknown;
}

const configuration = JSON.parse(
  fs.readFileSync(path.join(repoRoot(), 'language-configuration.json'), 'utf8'),
) as LanguageConfiguration;

/** VS Code compiles a string word pattern with the global flag and scans the line with it. */
function words(line: string): string[] {
  return [...line.matchAll(new RegExp(configuration.wordPattern, 'g'))].map((match) => match[0]);
}

/** The word a double-click at `column` selects, as VS Code's getWordAtText finds it. */
function wordAt(line: string, column: number): string | undefined {
  for (const match of line.matchAll(new RegExp(configuration.wordPattern, 'g'))) {
    if (match.index <= column && column <= match.index + match[0].length) {
      return match[0];
    }
  }
  return undefined;
}

describe('language configuration', () => {
  describe('word pattern', () => {
    it('keeps strengths and quantities of an item heading whole', () => {
      assert.deepEqual(words('Norco 10/325mg #90: Upheld'), ['Norco', '10/325mg', '#90', 'Upheld']);
      assert.deepEqual(words('Ambien CR 12.5mg #30:  Overturned'), ['Ambien', 'CR', '12.5mg', '#30', 'Overturned']);
      assert.deepEqual(words('30 Soma 350mg: Upheld'), ['30', 'Soma', '350mg', 'Upheld']);
      assert.deepEqual(words('SOMA 350MG #90'), ['SOMA', '350MG', '#90']);
    });

    it('selects the whole strength wherever the click lands in it', () => {
      const line = 'Request for Norco 10/325mg #90 was non-certified.';
      const start = line.indexOf('10/325mg');
      for (let column = start; column <= start + '10/325mg'.length; column += 1) {
        assert.equal(wordAt(line, column), '10/325mg', `click at column ${column}`);
      }
      assert.equal(wordAt(line, line.indexOf('#90') + 1), '#90');
      assert.equal(wordAt(line, line.indexOf('non-certified') + 5), 'non-certified');
    });

    it('keeps percentages, liquid strengths and dates whole', () => {
      assert.deepEqual(words('Terocin 4% lotion, Synapryn 10mg/1ml 500ml'), ['Terocin', '4%', 'lotion', 'Synapryn', '10mg/1ml', '500ml']);
      assert.deepEqual(words('Date of Injury: 03/28/2012, seen 11-3-16'), ['Date', 'of', 'Injury', '03/28/2012', 'seen', '11-3-16']);
    });

    it('keeps a case number and hyphenated or possessive words whole, and leaves punctuation out', () => {
      assert.deepEqual(words('Page(s): 63-66, rated 6-8/10'), ['Page', 's', '63-66', 'rated', '6-8/10']);
      assert.deepEqual(words('Case Number: CM16-0213037'), ['Case', 'Number', 'CM16-0213037']);
      assert.deepEqual(words("the patient's L5-S1 level (E-stim)."), ['the', "patient's", 'L5-S1', 'level', 'E-stim']);
      assert.deepEqual(words('Section(s): Muscle relaxants (for pain).'), ['Section', 's', 'Muscle', 'relaxants', 'for', 'pain']);
    });

    it('finds no word in whitespace or punctuation alone and never matches the empty string', () => {
      assert.deepEqual(words('  :  ,  ().'), []);
      assert.ok(!new RegExp(configuration.wordPattern).test(''));
    });
  });

  it('pairs parentheses and quotes, and declares no comments (letters have none)', () => {
    assert.deepEqual(configuration.brackets, [['(', ')']]);
    const opens = configuration.autoClosingPairs.map((pair) => pair.open + pair.close);
    assert.ok(opens.includes('()'));
    assert.ok(opens.includes('""'));
    assert.ok(opens.includes('«»'), 'placeholder guillemets close themselves');
    assert.ok(!opens.includes("''"), 'apostrophes are not auto-closed: prose is full of them');
    assert.equal(configuration.comments, undefined);
  });
});

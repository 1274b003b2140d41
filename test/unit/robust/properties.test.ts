// Property-based tests (fast-check): for random text built from the letter's own vocabulary, unicode
// of every kind and every line-break style, and for real letters under random edits, the parser never
// throws, no rule throws, every range lies inside the document, findings are deterministic, and
// editing a document step by step gives exactly the findings of a fresh parse of the final text.
// Runs are bounded (numRuns, short texts) so the file runs in a few seconds.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { parseLetter } from '../../../server/src/letter/parse';
import { AnalysisCache } from '../../../server/src/service/analysis';
import { allRules } from '../../../server/src/rules';
import { builtinCatalog } from '../../../server/src/catalog';
import { defaultSettings } from '../../../server/src/rules/types';
import { analyzeAll, assertModelSpans, assertRangesInside } from './checks';
import { exampleLetters, realLetters, type NamedLetter } from './letters';

const vocabulary = [
  'HOW THE IMR FINAL DETERMINATION WAS MADE',
  'CLINICAL CASE SUMMARY',
  'Clinical Case Summary',
  'IMR ISSUES, DECISIONS AND RATIONALES',
  'IMR ISSUES, DECISIONS AND',
  'RATIONALES',
  'The Final Determination was based on decisions for the disputed items/services set forth below:',
  'The expert reviewer developed the following clinical case summary based on a review of the case file, including all medical records:',
  'The Expert Reviewer has the following credentials:',
  'State(s) of Licensure: California',
  'Certification(s)/Specialty: Internal Medicine',
  'Case Number: CM16-0412345',
  'Date Assigned: ',
  'Decision Date: ',
  'Date of Injury: ',
  'UR Denial Date: ',
  'Application Received: ',
  'Priority: Standard',
  'Soma 350mg #90',
  'Norco 10/325mg #60',
  'Physical therapy 2 times a week for 6 weeks',
  ': Upheld',
  ': Overturned',
  ': Uphold',
  'Upheld',
  ':',
  'Claims Administrator guideline:',
  'MAXIMUS guideline:',
  'Decision rationale:',
  'Decision based on MTUS ',
  'Decision based on Non-MTUS Citation ',
  'Chronic Pain Medical Treatment 2016, Section(s): ',
  'Chronic Pain Medical Treatment Guidelines, Page(s): 22, 63-66',
  'Opioid Treatment 2016, Section(s): 3.3.9 ',
  'Muscle relaxants (for pain)',
  'Official Disability Guidelines (ODG) Pain Chapter',
  'ACOEM Practice Guidelines, 2nd Edition (2004), Chapter 12',
  'Section(s): , , ,',
  'The Claims Administrator did not cite any medical evidence for its decision.',
  'Therefore, the request is not medically necessary.',
  'Therefore, the request is medically necessary.',
  'Request(s) under consideration include ',
  '11/14/2016',
  '2/30/2016',
  '13/12/16',
  '3-2-15',
  '12.12.2016',
  'January 5, 2016',
  'Sept. 31, 2015',
  '[NAME]',
  'XXX',
  '(555) 201-7788',
  '123-45-6789',
  '@',
  '#',
];

const oddCharacters = ['\n', '\r\n', '\r', ' ', '  ', '\t', '\u00a0', '\ufeff', '\u0000', '\u200b', '\u202e', '😀', '𝔄', 'e\u0301', '\u0301', 'שלום', 'مرحبا', '\ud83d', '\ude00', '\u2028', '\f', '\v'];

/** Text from the letter's vocabulary, odd characters and arbitrary unicode, mixed line breaks. */
const letterish = fc
  .array(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...vocabulary) }, { weight: 3, arbitrary: fc.constantFrom(...oddCharacters) }, { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) }), {
    maxLength: 80,
  })
  .map((parts) => parts.join(''));

/** An offset of `text` that does not fall inside a \r\n pair (an LSP position cannot express one). */
function clampOffset(text: string, fraction: number): number {
  let offset = Math.floor(fraction * (text.length + 1));
  offset = Math.min(offset, text.length);
  if (offset > 0 && text[offset - 1] === '\r' && text[offset] === '\n') offset--;
  return offset;
}

interface Edit {
  from: number;
  to: number;
  text: string;
}

const edit: fc.Arbitrary<Edit> = fc.record({
  from: fc.double({ min: 0, max: 1, noNaN: true }),
  to: fc.double({ min: 0, max: 1, noNaN: true }),
  text: fc.oneof(fc.constantFrom('', ...vocabulary, ...oddCharacters), letterish),
});

/** Applies `edits` to a TextDocument through `TextDocument.update`, version by version, checking each version through one AnalysisCache; returns the final text and its cached analysis. */
function editStepByStep(initial: string, edits: readonly Edit[]) {
  const cache = new AnalysisCache(() => ({ catalog: builtinCatalog, settings: defaultSettings, rules: allRules }));
  const uri = 'file:///edited.imr';
  let document = TextDocument.create(uri, 'imr', 1, initial);
  let spliced = initial;
  cache.get(uri, document.version, () => document.getText());
  for (const e of edits) {
    const text = document.getText();
    let start = clampOffset(text, e.from);
    let end = clampOffset(text, e.to);
    if (start > end) [start, end] = [end, start];
    const range = { start: document.positionAt(start), end: document.positionAt(end) };
    document = TextDocument.update(document, [{ range, text: e.text }], document.version + 1);
    spliced = spliced.slice(0, start) + e.text + spliced.slice(end);
    cache.get(uri, document.version, () => document.getText());
  }
  assert.equal(document.getText(), spliced, 'TextDocument.update and a plain splice disagree on the text');
  return { text: document.getText(), analysis: cache.get(uri, document.version, () => document.getText()) };
}

function checkEverything(text: string): void {
  const analysis = analyzeAll(text);
  assertRangesInside(analysis);
  assertModelSpans(analysis);
  assert.deepEqual(analyzeAll(text).findings, analysis.findings, 'the same text gave different findings');
}

describe('robust: properties of random text', () => {
  it('the parser never throws on arbitrary unicode', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        parseLetter(text);
      }),
      { numRuns: 300 },
    );
  });

  it('on letter-like text: no throw, ranges inside, spans exact, findings deterministic', () => {
    fc.assert(fc.property(letterish, checkEverything), { numRuns: 600 });
  });

  it('incremental edits give exactly the findings of a fresh parse of the final text', () => {
    fc.assert(
      fc.property(letterish, fc.array(edit, { minLength: 1, maxLength: 8 }), (initial, edits) => {
        const { text, analysis } = editStepByStep(initial, edits);
        const fresh = analyzeAll(text);
        assert.deepEqual(analysis.findings, fresh.findings);
        assertRangesInside(analysis);
      }),
      { numRuns: 300 },
    );
  });
});

describe('robust: properties of real letters under random edits', () => {
  // The repository's examples, and the real redacted letters read in place from ../shared/letters
  // (absent on machines without them: then only the examples run, and a note says so).
  const letters: NamedLetter[] = [...exampleLetters(), ...realLetters()];

  it(`every letter as written (${letters.length} letters): ranges inside, spans exact, deterministic`, () => {
    assert.ok(letters.length >= 3, 'the examples are there');
    for (const letter of letters) {
      try {
        checkEverything(letter.text);
      } catch (error) {
        throw new Error(`${letter.name}: ${(error as Error).message}`);
      }
    }
  });

  it('after random edits: no throw, ranges inside, and step-by-step equals a fresh parse', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: letters.length - 1 }), fc.array(edit, { minLength: 1, maxLength: 5 }), (index, edits) => {
        const { text, analysis } = editStepByStep(letters[index].text, edits);
        const fresh = analyzeAll(text);
        assert.deepEqual(analysis.findings, fresh.findings, `${letters[index].name} after ${edits.length} edits`);
        assertRangesInside(fresh);
        assertModelSpans(fresh);
      }),
      { numRuns: 100 },
    );
  });
});

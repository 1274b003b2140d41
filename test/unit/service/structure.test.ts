// Folding ranges, document symbols and code lenses over an in-memory letter.
import * as assert from 'node:assert/strict';
import { provideFoldingRanges } from '../../../server/src/service/folding';
import { provideDocumentSymbols } from '../../../server/src/service/symbols';
import { provideCodeLenses } from '../../../server/src/service/code-lens';
import { analyzeText, fixtureText } from './fixture';

describe('folding ranges', () => {
  const analysis = analyzeText(fixtureText('two-items-2016.imr'));
  const ranges = provideFoldingRanges(analysis.letter);
  const has = (startLine: number, endLine: number) => ranges.some((r) => r.startLine === startLine && r.endLine === endLine);

  it('folds the header block', () => assert.ok(has(0, 6), JSON.stringify(ranges)));
  it('folds each section from its heading to its last line', () => {
    assert.ok(has(8, 12), 'HOW THE IMR FINAL DETERMINATION WAS MADE');
    assert.ok(has(13, 15), 'CLINICAL CASE SUMMARY');
    assert.ok(has(16, 26), 'IMR ISSUES');
  });
  it('folds each item and each multi-line field', () => {
    assert.ok(has(18, 21), 'the Norco item');
    assert.ok(has(22, 26), 'the MRI item');
    assert.ok(has(25, 26), 'the wrapped rationale');
  });
  it('returns nothing once cancelled', () => {
    assert.deepEqual(provideFoldingRanges(analysis.letter, { isCancellationRequested: true }), []);
  });
});

describe('document symbols', () => {
  const analysis = analyzeText(fixtureText('two-items-2016.imr'));
  const symbols = provideDocumentSymbols(analysis.letter);

  it('lists the header and the three sections', () => {
    assert.deepEqual(
      symbols.map((s) => s.name),
      ['Header', 'HOW THE IMR FINAL DETERMINATION WAS MADE', 'CLINICAL CASE SUMMARY', 'IMR ISSUES, DECISIONS AND RATIONALES'],
    );
  });
  it('nests the items (name: the item, detail: the decision) and their fields', () => {
    const issues = symbols[3];
    assert.deepEqual(
      issues.children!.map((c) => [c.name, c.detail]),
      [
        ['Norco 10/325mg #60', 'Upheld'],
        ['MRI of the lumbar spine', 'Overturned'],
      ],
    );
    assert.deepEqual(
      issues.children![0].children!.map((c) => c.name),
      ['Claims Administrator guideline', 'MAXIMUS guideline', 'Decision rationale'],
    );
  });
  it('keeps every selection range inside its range', () => {
    const inside = (inner: { start: { line: number } ; end: { line: number } }, outer: typeof inner) => inner.start.line >= outer.start.line && inner.end.line <= outer.end.line;
    const walk = (list: typeof symbols) => {
      for (const s of list) {
        assert.ok(inside(s.selectionRange, s.range), s.name);
        walk(s.children ?? []);
      }
    };
    walk(symbols);
  });
});

describe('code lenses', () => {
  it('show each item\'s decision, citations and problems above its heading', () => {
    const analysis = analyzeText(fixtureText('two-items-2016.imr'));
    const lenses = provideCodeLenses(analysis);
    assert.equal(lenses.length, 2);
    assert.equal(lenses[0].range.start.line, 18);
    assert.match(lenses[0].command!.title, /^Upheld · MTUS Opioid Treatment 2016, MTUS Chronic Pain Medical Treatment 2016 · /);
    assert.match(lenses[1].command!.title, /^Overturned · MTUS Low Back Complaints 2004 · no problems$/);
  });
  it('name the problems of a defective item', () => {
    const text = fixtureText('two-items-2016.imr').replace('MRI of the lumbar spine: Overturned', 'MRI of the lumbar spine: Upheld');
    const lenses = provideCodeLenses(analyzeText(text));
    assert.match(lenses[1].command!.title, /1 problem \(1 error\)$/);
  });
});

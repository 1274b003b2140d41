// Incremental analysis equals a fresh one. A document's memo (rules/memo.ts) keeps what was read of each
// block between versions; after every random edit (characters and lines inserted and deleted anywhere:
// header, summary, item headings, fields, between blocks) the analysis through the memo must give exactly
// the findings (rule, range, message, fixes, related places) and the Letter model of a fresh analysis of
// the same text. And the cost of a keystroke is one block: counted, not timed.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { analyze, type Analysis, type AnalysisInputs } from '../../../server/src/service/analysis';
import { AnalysisMemo } from '../../../server/src/rules/memo';
import { itemScopedRules } from '../../../server/src/rules/scope';
import { allRules } from '../../../server/src/rules';
import { builtinCatalog } from '../../../server/src/catalog';
import { defaultSettings } from '../../../server/src/rules/types';
import { parseLetter } from '../../../server/src/letter/parse';
import { movedItem } from '../../../server/src/letter/items';
import { rebase } from '../../../server/src/letter/block-memo';
import { repoRoot } from '../repo-root';
import { exampleLetters, realLetters } from './letters';

const inputs: AnalysisInputs = { catalog: builtinCatalog, settings: defaultSettings, rules: allRules };

function example(name: string): string {
  return fs.readFileSync(path.join(repoRoot(), 'examples', name), 'utf8');
}

/** The letter with its item blocks repeated after its last item until it has `count` items. */
function withItems(text: string, count: number): string {
  const items = parseLetter(text).items;
  const end = items[items.length - 1].span.end;
  let extra = '';
  for (let i = items.length; i < count; i++) extra += `\n\n${items[i % items.length].span.text}`;
  const built = text.slice(0, end) + extra + text.slice(end);
  assert.equal(parseLetter(built).items.length, count, 'the built letter has its items');
  return built;
}

/** What a fresh analysis and the incremental one must agree on: the model and every finding. */
function comparable(analysis: Analysis) {
  const { source, header, sections, items, dates, requests, era } = analysis.letter;
  return {
    letter: { source, header, sections, items, dates, requests, era },
    fields: analysis.facts.guidelineFields().map((f) => ({ field: f.field, kind: f.kind, parsed: f.parsed, unfinished: f.unfinished })),
    findings: analysis.findings,
    omitted: analysis.omitted,
  };
}

/** Text a reviewer types or pastes: characters, line breaks, labels, headings, decisions, dates. */
const typed = fc.constantFrom(
  'x', ' ', '.', ':', '\n', '\n\n', '\r\n', '«', 'e', 'S', '1', '/',
  'Upheld', ': Upheld', ': Overturned', 'not ', 'is medically necessary. ',
  'Claims Administrator guideline:', '\nMAXIMUS guideline: ', '\nDecision rationale: ',
  'Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s): Opioids. ',
  '\nSoma 350mg #90: Upheld\n', 'Norco 10/325mg #60', '12/1/2016', 'Date of Injury: 3/2/2014\n',
  'CLINICAL CASE SUMMARY\n', 'IMR ISSUES, DECISIONS AND RATIONALES\n', 'Request(s) under consideration include Soma 350mg #90. ',
  '[NAME]', 'Dr. Smith', 'DOB 1/2/1960',
);

type Edit =
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'delete-line'; at: number }
  | { kind: 'copy-line'; at: number; to: number };

const place = fc.double({ min: 0, max: 1, noNaN: true });
const edit: fc.Arbitrary<Edit> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('insert' as const), at: place, text: typed }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('delete' as const), at: place, length: fc.integer({ min: 1, max: 40 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('delete-line' as const), at: place }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('copy-line' as const), at: place, to: place }) },
).map((e) => e as Edit);

function offsetIn(text: string, fraction: number): number {
  return Math.min(text.length, Math.floor(fraction * (text.length + 1)));
}

function lineAround(text: string, at: number): [number, number] {
  const start = text.lastIndexOf('\n', at - 1) + 1;
  const nl = text.indexOf('\n', at);
  return [start, nl < 0 ? text.length : nl + 1];
}

function apply(text: string, e: Edit): string {
  const at = offsetIn(text, e.at);
  switch (e.kind) {
    case 'insert':
      return text.slice(0, at) + e.text + text.slice(at);
    case 'delete':
      return text.slice(0, at) + text.slice(Math.min(text.length, at + e.length));
    case 'delete-line': {
      const [start, end] = lineAround(text, at);
      return text.slice(0, start) + text.slice(end);
    }
    case 'copy-line': {
      const [start, end] = lineAround(text, at);
      const to = lineAround(text, offsetIn(text, e.to))[0];
      return text.slice(0, to) + text.slice(start, end) + text.slice(to);
    }
  }
}

/** Edits `initial` step by step through one memo, comparing each version with a fresh analysis. */
function checkEdits(initial: string, edits: readonly Edit[]): void {
  const memo = new AnalysisMemo();
  let text = initial;
  analyze(text, { ...inputs, memo });
  for (const [n, e] of edits.entries()) {
    text = apply(text, e);
    const incremental = analyze(text, { ...inputs, memo });
    const fresh = analyze(text, inputs);
    assert.deepEqual(comparable(incremental), comparable(fresh), `after edit ${n + 1} (${JSON.stringify(e)})`);
  }
}

describe('robust: incremental analysis equals a fresh one', () => {
  const typical = example('clean-2016.imr');
  const drafts = example('draft-with-mistakes.imr');
  const older = example('clean-2014.imr');
  const many = withItems(drafts, 40);
  // Headings begun and left: whether a line is an item depends on the lines around it.
  const begun = typical.replace('Chiropractic treatment 2 times a week', 'Lumbar brace purchase:\nItem 3 -\nChiropractic treatment 2 times a week') + 'Home health aide 4 hours a day:\n';

  for (const [name, text, runs] of [
    ['a typical letter', typical, 150],
    ['a draft with mistakes', drafts, 150],
    ['a 2014 letter', older, 80],
    ['a letter of 40 items', many, 40],
    ['a letter with headings begun and left', begun, 80],
  ] as const) {
    it(`${name}: after each random edit, every finding and the model are those of a fresh analysis`, () => {
      fc.assert(
        fc.property(fc.array(edit, { minLength: 1, maxLength: 6 }), (edits) => checkEdits(text, edits)),
        { numRuns: runs },
      );
    });
  }

  it('with a findings cap, the findings kept and the count dropped are those of a fresh analysis', () => {
    const capped = { ...inputs, maxFindings: 7 };
    const memo = new AnalysisMemo();
    let text = many;
    analyze(text, { ...capped, memo });
    for (const e of [
      { kind: 'insert', at: 0.7, text: ': Upheld' },
      { kind: 'delete', at: 0.5, length: 30 },
      { kind: 'insert', at: 0.2, text: '\n' },
    ] as Edit[]) {
      text = apply(text, e);
      assert.deepEqual(comparable(analyze(text, { ...capped, memo })), comparable(analyze(text, capped)));
    }
  });

  it('a memo used with another catalog or profile gives that analysis, not the kept one', () => {
    const memo = new AnalysisMemo();
    analyze(drafts, { ...inputs, memo });
    const as2014 = { ...inputs, settings: { ...defaultSettings, profile: '2014' as const } };
    assert.deepEqual(comparable(analyze(drafts, { ...as2014, memo })), comparable(analyze(drafts, as2014)));
    // A copy of the catalog: the same data under another identity, as a configure() with a user catalog gives.
    const copy = Object.assign(Object.create(Object.getPrototypeOf(builtinCatalog) as object) as typeof builtinCatalog, builtinCatalog);
    const otherCatalog = { ...inputs, catalog: copy };
    assert.deepEqual(comparable(analyze(drafts, { ...otherCatalog, memo })).findings, comparable(analyze(drafts, inputs)).findings);
  });
});

describe('incremental analysis: moving what was read', () => {
  it('every item-scoped rule is a rule', () => {
    const ids = new Set(allRules.map((r) => r.id));
    for (const id of itemScopedRules) assert.ok(ids.has(id), id);
  });

  it("an item moved by hand (movedItem) is the item with every span moved, as rebase moves them", () => {
    let items = 0;
    for (const { text } of [...exampleLetters(), ...realLetters()]) {
      for (const item of parseLetter(text).items) {
        for (const delta of [-3, 0, 11]) assert.deepEqual(movedItem(item, delta), rebase(item, delta));
        items++;
      }
    }
    assert.ok(items > 3);
  });

  it('rebase moves spans, and keeps catalog entries and other objects as they are', () => {
    const drug = builtinCatalog.findDrugs('Norco 10/325mg')[0].drug;
    const value = { span: { start: 4, end: 9, text: 'Norco' }, drug, pages: { from: 22, to: 24 }, list: [{ start: 1, end: 2, text: 'x' }] };
    const moved = rebase(value, 5);
    assert.deepEqual(moved, { span: { start: 9, end: 14, text: 'Norco' }, drug, pages: { from: 22, to: 24 }, list: [{ start: 6, end: 7, text: 'x' }] });
    assert.equal(moved.drug, drug, 'the same catalog entry');
    assert.equal(moved.pages, value.pages, 'an object with no span is not copied');
    assert.deepEqual(value.span, { start: 4, end: 9, text: 'Norco' }, 'the original is left as it was');
  });
});

describe('incremental analysis: a keystroke costs the block it changed', () => {
  const drafts = example('draft-with-mistakes.imr');

  it('a character typed in one item of a 400-item letter checks that item alone, and reads no other block again', () => {
    const base = withItems(drafts, 400);
    // Each item made distinct, as in a real letter, so no block is found by another's text.
    const letter = parseLetter(base);
    let text = base;
    for (let i = letter.items.length - 1; i >= 0; i--) {
      const at = letter.items[i].span.end;
      text = `${text.slice(0, at)} (${i})${text.slice(at)}`;
    }
    const memo = new AnalysisMemo();
    const first = analyze(text, { ...inputs, memo });
    assert.equal(first.letter.items.length, 400);
    const scoped = allRules.filter((r) => itemScopedRules.has(r.id)).length;
    assert.equal(memo.checks.items, 400 * scoped, 'the first analysis checks every item');

    const middle = first.letter.items[200];
    const rationale = middle.fields.find((f) => f.kind === 'rationale')!;
    const at = rationale.content.start + 5;
    const edited = `${text.slice(0, at)}x${text.slice(at)}`;
    const before = { ...memo.checks, requests: memo.reads.requests, built: memo.reads.items };
    const second = analyze(edited, { ...inputs, memo });
    assert.equal(memo.checks.items - before.items, scoped, 'one item checked by each item-scoped rule');
    assert.equal(memo.checks.fields - before.fields, 0, "no guideline field read again (the item's are unchanged)");
    assert.equal(memo.reads.requests - before.requests, 0, 'the summary not read again');
    assert.equal(memo.reads.items - before.built, 1, 'one item built again');
    assert.deepEqual(comparable(second), comparable(analyze(edited, inputs)));

    // A keystroke in a guideline field reads that field again, and only it.
    const maximus = second.letter.items[300].fields.find((f) => f.kind === 'maximus')!;
    const again = `${edited.slice(0, maximus.content.end)}.${edited.slice(maximus.content.end)}`;
    const beforeField = memo.checks.fields;
    analyze(again, { ...inputs, memo });
    assert.equal(memo.checks.fields - beforeField, 1, 'one field read again');
  });

  it('the memo holds only what the latest versions used', () => {
    const memo = new AnalysisMemo();
    let text = withItems(drafts, 30);
    for (let i = 0; i < 20; i++) {
      const items = parseLetter(text).items;
      const at = items[i % items.length].heading.start + 1;
      text = `${text.slice(0, at)}${i}${text.slice(at)}`;
      analyze(text, { ...inputs, memo });
    }
    assert.ok(memo.itemFindings.size <= 2 * 30, `at most two versions' item blocks (${memo.itemFindings.size})`);
  });
});

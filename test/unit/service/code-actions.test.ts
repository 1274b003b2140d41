// Quick fixes, "turn off", "show documentation", and source.fixAll.imr.
import * as assert from 'node:assert/strict';
import { provideCodeActions, fixAllKind } from '../../../server/src/service/code-actions';
import { applyEdits } from '../../../server/src/service/fix-all';
import { letterSummaryMarkdown } from '../../../server/src/service/letter-summary';
import { builtinCatalog } from '../../../server/src/catalog';
import { analyzeText, fixtureText, positionOf } from './fixture';
import type { CodeAction, TextEdit } from 'vscode-languageserver-types';

const uri = 'file:///letter.imr';
const base = fixtureText('two-items-2016.imr');

function apply(text: string, action: CodeAction): string {
  const analysis = analyzeText(text);
  const edits = (action.edit!.changes![uri] as TextEdit[]).map((e) => ({
    start: analysis.letter.lines.offset(e.range.start),
    end: analysis.letter.lines.offset(e.range.end),
    newText: e.newText,
  }));
  return applyEdits(text, edits);
}

describe('code actions', () => {
  const defective = base.replace('Norco 10/325mg #60: Upheld', 'Norco 10/325mg #60: Uphold').replace('CLINICAL CASE SUMMARY', 'Clinical Case Summary');

  const clientCommands = ['imr.disableRule', 'imr.showRuleDocumentation'];

  it('offers each finding\'s fix as a preferred quick fix, then turn-off and documentation', () => {
    const analysis = analyzeText(defective);
    const at = positionOf(analysis, 'Uphold', { atStart: true, plus: 2 });
    const actions = provideCodeActions(analysis, { uri, range: { start: at, end: at }, clientCommands });
    assert.deepEqual(
      actions.map((a) => [a.title, a.kind]),
      [
        ["Change to 'Upheld'", 'quickfix'],
        ['Turn off rule item-decision-invalid for this workspace', 'quickfix'],
        ['Show documentation for item-decision-invalid', 'quickfix'],
        ['Fix all safe IMR problems', fixAllKind],
      ],
    );
    assert.equal(actions[0].isPreferred, true);
    assert.deepEqual(actions[1].command, { title: 'Turn off item-decision-invalid', command: 'imr.disableRule', arguments: ['item-decision-invalid'] });
    assert.deepEqual(actions[2].command!.arguments, ['item-decision-invalid']);
    const fixed = apply(defective, actions[0]);
    assert.ok(fixed.includes('Norco 10/325mg #60: Upheld'));
    assert.ok(!analyzeText(fixed).findings.some((f) => f.ruleId === 'item-decision-invalid'));
  });

  it('offers turn-off and documentation only to a client that runs those commands', () => {
    const analysis = analyzeText(defective);
    const at = positionOf(analysis, 'Uphold', { atStart: true, plus: 2 });
    const titles = (commands?: string[]) =>
      provideCodeActions(analysis, { uri, range: { start: at, end: at }, clientCommands: commands }).map((a) => a.title);
    assert.deepEqual(titles(undefined), ["Change to 'Upheld'", 'Fix all safe IMR problems']);
    assert.deepEqual(titles([]), ["Change to 'Upheld'", 'Fix all safe IMR problems']);
    assert.deepEqual(titles(['imr.showRuleDocumentation']), ["Change to 'Upheld'", 'Show documentation for item-decision-invalid', 'Fix all safe IMR problems']);
  });

  it('applies every safe fix with source.fixAll.imr, leaving a clean letter', () => {
    const analysis = analyzeText(defective);
    const start = { line: 0, character: 0 };
    const [fixAll] = provideCodeActions(analysis, { uri, range: { start, end: start }, only: ['source.fixAll'] });
    assert.equal(fixAll.kind, fixAllKind);
    const fixed = apply(defective, fixAll);
    assert.equal(fixed, base);
    assert.deepEqual(analyzeText(fixed).findings, []);
  });

  it('offers nothing but quick fixes when only quickfix is asked for', () => {
    const analysis = analyzeText(defective);
    const at = positionOf(analysis, 'Clinical Case Summary', { atStart: true });
    const actions = provideCodeActions(analysis, { uri, range: { start: at, end: at }, only: ['quickfix'] });
    assert.ok(actions.length > 0 && actions.every((a) => a.kind === 'quickfix'));
    assert.equal(actions[0].title, "Change to 'CLINICAL CASE SUMMARY'");
  });
});

describe('letter summary', () => {
  it('renders items, decisions and citations as a table', () => {
    const md = letterSummaryMarkdown(analyzeText(base));
    assert.match(md, /^# Letter summary — CM16-0900001/);
    assert.match(md, /\| 1 \| Norco 10\/325mg #60 \| Upheld \| Decision based on MTUS Opioid Treatment 2016/);
    assert.match(md, /\| 2 \| MRI of the lumbar spine \| Overturned \| Decision based on MTUS Low Back Complaints 2004, Section\(s\): Special Studies\. \|/);
  });
});

describe('citation refactoring', () => {
  it('offers the item\'s citations on any guideline field, replacing its text', () => {
    const analysis = analyzeText(base);
    const at = positionOf(analysis, 'MAXIMUS guideline: Decision based on MTUS Low Back', { atStart: true, plus: 3 });
    const actions = provideCodeActions(analysis, { uri, range: { start: at, end: at }, only: ['refactor'], catalog: builtinCatalog, era: '2016' });
    assert.ok(actions.length > 0);
    assert.ok(actions.every((a) => a.kind === 'refactor.rewrite.citation'));
    assert.equal(actions[0].title, 'Replace with: Decision based on MTUS Low Back Complaints 2004, Section(s): Special Studies.');
    const fixed = apply(base, actions[0]);
    assert.equal(fixed, base);
  });

  it('offers nothing in a rationale', () => {
    const analysis = analyzeText(base);
    const at = positionOf(analysis, 'There is no documented');
    assert.deepEqual(provideCodeActions(analysis, { uri, range: { start: at, end: at }, only: ['refactor'], catalog: builtinCatalog }), []);
  });
});

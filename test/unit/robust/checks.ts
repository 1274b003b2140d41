// The invariants every analysis must keep, whatever the text: shared by the property-based and the
// hostile-document tests. Each returns the first broken invariant as a message, or throws via assert.
import * as assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze, type Analysis } from '../../../server/src/service/analysis';
import { allRules } from '../../../server/src/rules';
import { builtinCatalog } from '../../../server/src/catalog';
import { defaultSettings } from '../../../server/src/rules/types';
import { toDiagnostics } from '../../../server/src/service/diagnostics';
import type { Span } from '../../../server/src/letter/model';

/** Analyzes with every rule and fails if any rule throws: a rule crashing on some text is a bug. */
export function analyzeAll(text: string): Analysis {
  const ruleErrors: string[] = [];
  const analysis = analyze(text, {
    catalog: builtinCatalog,
    settings: defaultSettings,
    rules: allRules,
    onRuleError: (ruleId, error) => ruleErrors.push(`${ruleId}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`),
  });
  assert.deepEqual(ruleErrors, [], 'a rule threw');
  return analysis;
}

function isHigh(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

function isLow(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

/** True when `offset` falls between the two halves of a surrogate pair. */
export function splitsSurrogatePair(text: string, offset: number): boolean {
  return offset > 0 && offset < text.length && isHigh(text.charCodeAt(offset - 1)) && isLow(text.charCodeAt(offset));
}

/** Every range of every finding (its own, its related places, its fixes' edits) lies inside the text. */
export function assertRangesInside(analysis: Analysis): void {
  const { source, sourceMap } = analysis.letter;
  // Offsets are the letter's; positions are the document's (the same text unless it was normalised).
  const reference = TextDocument.create('file:///check.imr', 'imr', 1, sourceMap?.document ?? source);
  const check = (what: string, start: number, end: number) => {
    assert.ok(Number.isInteger(start) && Number.isInteger(end), `${what}: offsets ${start}-${end} are not integers`);
    assert.ok(0 <= start && start <= end && end <= source.length, `${what}: range ${start}-${end} is outside 0-${source.length}`);
    for (const offset of [start, end]) {
      assert.ok(!splitsSurrogatePair(source, offset), `${what}: offset ${offset} splits a surrogate pair`);
      const position = analysis.letter.lines.position(offset);
      const line = position.line;
      assert.ok(line >= 0 && line < analysis.letter.lines.lineCount, `${what}: line ${line} is outside the document`);
      const length = reference.offsetAt({ line, character: Number.MAX_SAFE_INTEGER }) - reference.offsetAt({ line, character: 0 });
      assert.ok(position.character >= 0 && position.character <= length, `${what}: character ${position.character} is outside line ${line} (length ${length})`);
      // The engine's line index must agree with the LSP reference implementation.
      const documentOffset = sourceMap ? sourceMap.toDocumentStart(offset) : offset;
      assert.deepEqual(position, reference.positionAt(documentOffset), `${what}: position of offset ${offset}`);
    }
  };
  for (const f of analysis.findings) {
    check(f.ruleId, f.start, f.end);
    for (const r of f.related ?? []) check(`${f.ruleId} related`, r.start, r.end);
    for (const fix of f.fixes ?? []) for (const e of fix.edits) check(`${f.ruleId} fix "${fix.title}"`, e.start, e.end);
  }
  // The LSP form of the same findings stays inside the document too.
  for (const d of toDiagnostics(analysis.letter, 'file:///check.imr', analysis.findings)) {
    assert.ok(d.range.start.line < analysis.letter.lines.lineCount && d.range.end.line < analysis.letter.lines.lineCount);
  }
}

/** Every span of the Letter model is exactly the text it claims to cover (model.ts's contract). */
export function assertModelSpans(analysis: Analysis): void {
  const { letter } = analysis;
  const source = letter.source;
  const check = (what: string, s: Span | undefined) => {
    if (!s) return;
    assert.ok(0 <= s.start && s.start <= s.end && s.end <= source.length, `${what}: span ${s.start}-${s.end} outside the text`);
    assert.equal(s.text, source.slice(s.start, s.end), `${what}: span text differs from the source`);
  };
  if (letter.header) {
    check('header', letter.header.span);
    for (const f of letter.header.fields) {
      check(`header ${f.key} label`, f.label);
      check(`header ${f.key} value`, f.value);
    }
  }
  for (const s of letter.sections) {
    check(`section ${s.kind} heading`, s.heading);
    check(`section ${s.kind} body`, s.body);
  }
  for (const item of letter.items) {
    check('item span', item.span);
    check('item heading', item.heading);
    check('item text', item.itemSpan);
    check('item decision word', item.decisionWord);
    for (const f of item.fields) {
      check(`item field ${f.kind} label`, f.label);
      check(`item field ${f.kind} content`, f.content);
    }
  }
  for (const d of letter.dates) check('date', d.span);
  for (const r of letter.requests) check('request', r.span);
}


// Clean letters written for the rule tests (2016 and 2014–15 forms, in test/fixtures/rules), and the
// helpers the tests use to mutate them, check them and apply fixes. None of this text comes from a real letter.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { repoRoot } from '../repo-root';
import { parseLetter } from '../../../server/src/letter/parse';
import type { Letter } from '../../../server/src/letter/model';
import { runRules } from '../../../server/src/rules/engine';
import { allRules } from '../../../server/src/rules/index';
import { builtinCatalog } from '../../../server/src/catalog';
import type { EngineSettings, Finding, Fix, Severity } from '../../../server/src/rules/types';
import { applyEdits, documentEdits, safeEdits } from '../../../server/src/service/fix-all';

/** Reads a letter written for the tests from test/fixtures/rules. */
export function fixture(name: string): string {
  return fs.readFileSync(path.join(repoRoot(), 'test', 'fixtures', 'rules', name), 'utf8');
}

/** A short but complete 2016 letter: header, credentials block, `Section(s):` citations, two items. */
export const letter2016 = fixture('letter-2016.imr');

/** A short but complete 2014–15 letter: no header, a credentials sentence, `Page(s):` citations. */
export const letter2014 = fixture('letter-2014.imr');

/** Every clean fixture letter: the two above, the 2016 column-layout header, a double-spaced 2014 letter. */
export const fixtureNames = ['letter-2016.imr', 'letter-2014.imr', 'letter-2016-columns.imr', 'letter-2014-double-spaced.imr'];

/** Replaces the one occurrence of `from` (failing the test if it is absent or not unique). */
export function mutate(text: string, from: string, to: string): string {
  const at = text.indexOf(from);
  assert.ok(at >= 0, `mutation target not found: ${JSON.stringify(from)}`);
  assert.equal(text.indexOf(from, at + 1), -1, `mutation target not unique: ${JSON.stringify(from)}`);
  return text.slice(0, at) + to + text.slice(at + from.length);
}

export interface Checked {
  letter: Letter;
  findings: Finding[];
}

export function check(text: string, settings: EngineSettings = { rules: {}, profile: 'auto' }): Checked {
  const letter = parseLetter(text);
  return { letter, findings: runRules(letter, builtinCatalog, settings, allRules) };
}

export function findingsOf(text: string, ruleId: string): Finding[] {
  return check(text).findings.filter((f) => f.ruleId === ruleId);
}

export interface Expected {
  /** The exact text of the finding's range: source.slice(start, end). */
  range: string;
  severity: Severity;
  /** Words the message must contain. */
  message?: string | RegExp;
}

/** Asserts the rule reports exactly the expected findings (in document order) and returns them. */
export function expectFindings(text: string, ruleId: string, expected: readonly Expected[]): Finding[] {
  const found = findingsOf(text, ruleId);
  assert.deepEqual(
    found.map((f) => text.slice(f.start, f.end)),
    expected.map((e) => e.range),
    `${ruleId}: ranges of the findings`,
  );
  found.forEach((f, i) => {
    assert.equal(f.severity, expected[i].severity, `${ruleId}: severity`);
    const m = expected[i].message;
    if (typeof m === 'string') assert.ok(f.message.includes(m), `${ruleId}: message ${JSON.stringify(f.message)} lacks ${JSON.stringify(m)}`);
    else if (m) assert.match(f.message, m);
  });
  return found;
}

export function expectNone(text: string, ruleId: string): void {
  const found = findingsOf(text, ruleId);
  assert.deepEqual(
    found.map((f) => `${text.slice(f.start, f.end)}: ${f.message}`),
    [],
    `${ruleId} must not fire`,
  );
}

function errorKeys(text: string): string[] {
  return check(text)
    .findings.filter((f) => f.severity === 'error')
    .map((f) => `${f.ruleId}: ${f.message}`);
}

/** Error findings present after an edit that were not there before. */
export function newErrors(before: string, after: string): string[] {
  const old = new Set(errorKeys(before));
  return errorKeys(after).filter((k) => !old.has(k));
}

export function applyFix(text: string, fix: Fix): string {
  return applyEdits(text, documentEdits(parseLetter(text), fix.edits));
}

/**
 * Applies each fix of each finding of `ruleId` on its own: the finding must be gone (one fewer of the
 * rule's findings), and the preferred (or only, or safe) fix must bring no new error, except from the
 * rules in `expectedAfter` (a fix that inserts an empty label leaves it for the author to fill in).
 * Returns the texts the preferred fixes produced.
 */
export function expectFixesWork(text: string, ruleId: string, expectedAfter: readonly string[] = []): string[] {
  const found = findingsOf(text, ruleId);
  assert.ok(found.length > 0, `${ruleId}: nothing to fix`);
  const fixedTexts: string[] = [];
  for (const f of found) {
    assert.ok(f.fixes && f.fixes.length > 0, `${ruleId}: the finding offers no fix`);
    for (const fix of f.fixes) {
      const after = applyFix(text, fix);
      assert.ok(findingsOf(after, ruleId).length < found.length, `${ruleId}: '${fix.title}' left the finding in place`);
      if (fix.preferred || fix.safe || f.fixes.length === 1) {
        const brought = newErrors(text, after).filter((e) => !expectedAfter.some((id) => e.startsWith(`${id}:`)));
        assert.deepEqual(brought, [], `${ruleId}: '${fix.title}' brought new errors`);
        fixedTexts.push(after);
      }
    }
  }
  return fixedTexts;
}

/** What `source.fixAll.imr` and `imr-lint --fix` do: every safe fix at once, repeated until stable. */
export function fixAll(text: string): string {
  let current = text;
  for (let pass = 0; pass < 5; pass++) {
    const { letter, findings } = check(current);
    const edits = documentEdits(letter, safeEdits(findings));
    if (edits.length === 0) return current;
    current = applyEdits(current, edits);
  }
  return current;
}

/** The 0-based line of an offset. */
export function lineOf(text: string, offset: number): number {
  return parseLetter(text).lines.lineOf(offset);
}

export function withEol(text: string, eol: string): string {
  return text.replace(/\n/g, eol);
}

/** The rule can be turned off and given another severity in settings. */
export function expectConfigurable(text: string, ruleId: string): void {
  assert.ok(findingsOf(text, ruleId).length > 0, `${ruleId}: the letter must trigger the rule`);
  const off = check(text, { rules: { [ruleId]: 'off' }, profile: 'auto' }).findings.filter((f) => f.ruleId === ruleId);
  assert.equal(off.length, 0, `${ruleId}: "off" must silence it`);
  const hinted = check(text, { rules: { [ruleId]: 'hint' }, profile: 'auto' }).findings.filter((f) => f.ruleId === ruleId);
  assert.ok(hinted.length > 0 && hinted.every((f) => f.severity === 'hint'), `${ruleId}: "hint" must apply`);
}

/** Removes the lines from the one starting with `first` up to (not including) the one starting with `until`. */
export function cutLines(text: string, first: string, until: string): string {
  const a = text.indexOf(first);
  const b = text.indexOf(until, a + 1);
  assert.ok(a >= 0 && b > a, `cut ${JSON.stringify(first)}..${JSON.stringify(until)}`);
  return text.slice(0, a) + text.slice(b);
}

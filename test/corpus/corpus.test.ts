// The corpus run: every real redacted letter in ../shared/letters (seeds, real/raw, real/draft), read
// in place, must get no error and at most 0.15 warnings per letter on average. A false alarm on a
// real letter is worse than a missed defect. Prints a table of findings by rule and every warning
// with file, line and message so a human can judge each. Skipped when ../shared/letters is absent.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseLetter } from '../../server/src/letter/parse';
import { runRules } from '../../server/src/rules/engine';
import { allRules } from '../../server/src/rules/index';
import { builtinCatalog } from '../../server/src/catalog';
import type { Finding } from '../../server/src/rules/types';
import { repoRoot } from '../helpers/repo-root';

const MAX_WARNINGS_PER_LETTER = 0.15;
const folders = ['seeds', path.join('real', 'raw'), path.join('real', 'draft')];

interface Located {
  file: string;
  line: number;
  finding: Finding;
}

function collect(root: string): { letters: number; found: Located[] } {
  const found: Located[] = [];
  let letters = 0;
  for (const folder of folders) {
    const dir = path.join(root, folder);
    if (!fs.existsSync(dir)) continue;
    for (const name of fs.readdirSync(dir).sort()) {
      const text = fs.readFileSync(path.join(dir, name), 'utf8');
      letters++;
      const letter = parseLetter(text);
      const file = path.join(folder, name);
      const onRuleError = (id: string, error: unknown) => assert.fail(`${file}: rule ${id} threw: ${String(error)}`);
      for (const finding of runRules(letter, builtinCatalog, { rules: {}, profile: 'auto' }, allRules, { onRuleError })) {
        found.push({ file, line: letter.lines.lineOf(finding.start) + 1, finding });
      }
    }
  }
  return { letters, found };
}

function table(found: readonly Located[]): string {
  const bySeverity = ['error', 'warning', 'info', 'hint'] as const;
  const rows = new Map<string, Record<string, number>>();
  for (const r of allRules) rows.set(r.id, { error: 0, warning: 0, info: 0, hint: 0 });
  for (const { finding } of found) {
    if (!rows.has(finding.ruleId)) rows.set(finding.ruleId, { error: 0, warning: 0, info: 0, hint: 0 });
    rows.get(finding.ruleId)![finding.severity]++;
  }
  const width = Math.max(...[...rows.keys()].map((k) => k.length));
  const lines = [`${'rule'.padEnd(width)}  ${bySeverity.map((s) => s.padStart(7)).join(' ')}`];
  for (const [id, counts] of rows) lines.push(`${id.padEnd(width)}  ${bySeverity.map((s) => String(counts[s]).padStart(7)).join(' ')}`);
  return lines.join('\n');
}

describe('corpus: the real letters in ../shared/letters', function () {
  const root = path.join(repoRoot(), '..', 'shared', 'letters');
  if (!fs.existsSync(root)) {
    it('reads the real letters', function () {
      console.log(`corpus: skipped, ${root} is absent`);
      this.skip();
    });
    return;
  }
  let letters = 0;
  let found: Located[] = [];
  before(() => {
    ({ letters, found } = collect(root));
  });

  after(() => {
    console.log(`\n${letters} letters; findings by rule:\n${table(found)}`);
    for (const { file, line, finding } of found) {
      if (finding.severity === 'error' || finding.severity === 'warning') console.log(`${finding.severity}: ${file}:${line} ${finding.ruleId}: ${finding.message}`);
    }
  });

  it('holds the letters', () => {
    assert.ok(letters > 0, 'no letters found under ../shared/letters');
  });

  it('gets no error-severity finding', () => {
    assert.deepEqual(
      found.filter((f) => f.finding.severity === 'error').map((f) => `${f.file}:${f.line} ${f.finding.ruleId}: ${f.finding.message}`),
      [],
    );
  });

  it(`gets at most ${MAX_WARNINGS_PER_LETTER} warnings per letter on average`, () => {
    const warnings = found.filter((f) => f.finding.severity === 'warning').length;
    assert.ok(warnings / letters <= MAX_WARNINGS_PER_LETTER, `${warnings} warnings over ${letters} letters`);
  });
});

// `npm run test:natural`: the checker scored on letters the team wrote itself, each with its truth written
// before the checker ran (NN.imr beside NN.truth.json). Prints recall per kind, every miss, every finding on a
// clean letter and the unexplained errors and warnings on drafts; fails below the recall target, on any error
// on a clean letter, or above 0.1 warnings per clean letter.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseLetter } from '../../server/src/letter/parse';
import { runRules } from '../../server/src/rules/engine';
import { allRules } from '../../server/src/rules/index';
import { builtinCatalog } from '../../server/src/catalog';
import { repoRoot } from '../helpers/repo-root';
import { recall, scoreLetters, scoreReport, type LetterResult, type Truth } from './score';

const RECALL_TARGET = 0.95;
const MAX_WARNINGS_PER_CLEAN_LETTER = 0.1;

function readLetters(dir: string): LetterResult[] {
  const results: LetterResult[] = [];
  for (const name of fs.readdirSync(dir).filter((n) => n.endsWith('.imr')).sort()) {
    const truthFile = path.join(dir, name.replace(/\.imr$/, '.truth.json'));
    const truth = JSON.parse(fs.readFileSync(truthFile, 'utf8')) as Truth;
    const letter = parseLetter(fs.readFileSync(path.join(dir, name), 'utf8'));
    const onRuleError = (id: string, error: unknown) => assert.fail(`${name}: rule ${id} threw: ${String(error)}`);
    const findings = runRules(letter, builtinCatalog, { rules: {}, profile: 'auto' }, allRules, { onRuleError })
      .map((f) => ({
        line: letter.lines.lineOf(f.start) + 1,
        relatedLines: f.related?.map((r) => letter.lines.lineOf(r.start) + 1),
        ruleId: f.ruleId,
        severity: f.severity,
        message: f.message,
      }));
    results.push({ name, truth, findings });
  }
  return results;
}

describe('natural drafts: test/natural', function () {
  const dir = path.join(repoRoot(), 'test', 'natural');
  const results = readLetters(dir);
  const score = scoreLetters(results);

  after(() => console.log(`\n${results.length} letters\n${scoreReport(score)}`));

  it('has clean letters and drafts, each with its truth', () => {
    assert.ok(score.cleanLetters >= 25, `${score.cleanLetters} clean letters`);
    assert.ok(results.length - score.cleanLetters >= 35, `${results.length - score.cleanLetters} drafts`);
  });

  it('gets no error on a clean letter', () => {
    assert.deepEqual(score.cleanFindings.filter(({ finding }) => finding.severity === 'error')
      .map(({ name, finding: f }) => `${name}:${f.line} ${f.ruleId}`), []);
  });

  it(`gets at most ${MAX_WARNINGS_PER_CLEAN_LETTER} warnings per clean letter`, () => {
    const warnings = score.cleanFindings.filter(({ finding }) => finding.severity === 'warning').length;
    assert.ok(warnings / score.cleanLetters <= MAX_WARNINGS_PER_CLEAN_LETTER, `${warnings} warnings on ${score.cleanLetters} clean letters`);
  });

  it(`finds at least ${RECALL_TARGET * 100}% of the mistakes`, () => {
    const r = recall(score.found, score.total);
    assert.ok(r >= RECALL_TARGET, `recall ${(100 * r).toFixed(1)}% (${score.found} of ${score.total})`);
  });
});

// The citation parser and rules on the real, redacted letters in ../shared/letters, read in place
// (nothing from them is copied into the repository). Where that folder is absent these checks are
// skipped (pending), and the log says why.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { builtinCatalog } from '../../server/src/catalog';
import { parseLetterFields } from '../../server/src/citations';
import { parseLetter } from '../../server/src/letter/parse';
import { runRules } from '../../server/src/rules/engine';
import { citationMissing } from '../../server/src/rules/citation-missing';
import { citationUnknownGuideline } from '../../server/src/rules/citation-unknown-guideline';
import { citationUnknownTopic } from '../../server/src/rules/citation-unknown-topic';
import { citationPageUnusual } from '../../server/src/rules/citation-page-unusual';
import { citationBasisConflict } from '../../server/src/rules/citation-basis-conflict';
import { citationStyleMixed } from '../../server/src/rules/citation-style-mixed';
import { repoRoot } from './repo-root';

const lettersDir = path.join(repoRoot(), '..', 'shared', 'letters');
const rules = [citationMissing, citationUnknownGuideline, citationUnknownTopic, citationPageUnusual, citationBasisConflict, citationStyleMixed];

function letterFiles(): string[] {
  const files: string[] = [];
  for (const sub of ['seeds', path.join('real', 'raw'), path.join('real', 'draft')]) {
    const dir = path.join(lettersDir, sub);
    if (!fs.existsSync(dir)) continue;
    for (const name of fs.readdirSync(dir).sort()) files.push(path.join(dir, name));
  }
  return files;
}

describe('citations on the shared letters (../shared/letters)', function () {
  // Nothing to read: every test here is reported as pending, not as passed.
  before(function () {
    if (!fs.existsSync(lettersDir)) {
      console.log(`      skipped: ${lettersDir} is absent here, so there are no letters to read`);
      this.skip();
    }
  });
  const files = fs.existsSync(lettersDir) ? letterFiles() : [];

  it('finds the letters and their guideline fields', () => {
    assert.ok(files.length > 0);
    const fields = files.reduce((n, f) => n + parseLetterFields(parseLetter(fs.readFileSync(f, 'utf8')), builtinCatalog).length, 0);
    assert.ok(fields >= files.length * 2, `${fields} guideline fields in ${files.length} letters`);
  });

  it('round-trips every guideline field: exact spans, pieces covering the text, every MTUS part known', () => {
    for (const file of files) {
      const source = fs.readFileSync(file, 'utf8');
      for (const { parsed } of parseLetterFields(parseLetter(source), builtinCatalog)) {
        const where = `${path.relative(lettersDir, file)} @${parsed.content.start}`;
        assert.deepEqual(parsed.unparsed, [], where);
        // The basis statement and the clauses, in order, account for every non-space character.
        const pieces = [...(parsed.basis ? [parsed.basis.span] : []), ...parsed.clauses.map((c) => c.span)];
        let covered = '';
        for (const piece of pieces) {
          assert.equal(source.slice(piece.start, piece.end), piece.text, where);
          covered += piece.text;
        }
        const letters = (s: string) => s.replace(/[\s.®]/g, '');
        assert.equal(letters(covered), letters(parsed.content.text), where);
        for (const clause of parsed.clauses) {
          if (clause.kind === 'other') assert.fail(`${where}: unrecognised clause ${clause.span.text}`);
          if (clause.kind !== 'mtus') continue;
          assert.equal(clause.rest, undefined, where);
          for (const part of clause.parts) assert.ok(part.part, `${where}: ${part.label.text}`);
        }
      }
    }
  });

  it('raises no citation error, and warnings only for known misprints, each with a safe fix', () => {
    let warnings = 0;
    for (const file of files) {
      const source = fs.readFileSync(file, 'utf8');
      const findings = runRules(parseLetter(source), builtinCatalog, { rules: {}, profile: 'auto' }, rules, {
        onRuleError: (id, error) => assert.fail(`${id} threw on ${file}: ${String(error)}`),
      });
      for (const f of findings) {
        const where = `${path.relative(lettersDir, file)}: ${f.ruleId} on "${source.slice(f.start, f.end)}"`;
        assert.notEqual(f.severity, 'error', where);
        if (f.severity !== 'warning') continue;
        warnings++;
        // A misprint the catalog knows ("Inital Care", "NonMTUS") has one certain correction.
        assert.ok(f.fixes?.some((fix) => fix.safe), `${where}: ${f.message}`);
      }
    }
    assert.ok(warnings <= files.length / 10, `${warnings} warnings in ${files.length} letters`);
  });
});

// imr-lint --format csv: one row per letter, the same table as "IMR: Workspace Letters Report"
// (both built by service/letters-report.ts), run as the bundled CLI.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { builtinCatalog } from '../../server/src/catalog';
import { allRules } from '../../server/src/rules';
import { defaultSettings } from '../../server/src/rules/types';
import { analyze } from '../../server/src/service/analysis';
import { letterRow, reportCsv } from '../../server/src/service/letters-report';
import { assertBuilt, fixtureText, runCli, tempFolder } from './cli-spawn';

const names = ['clean.imr', 'defects.imr', 'warnings-only.txt'];
const paths = names.map((n) => path.join('test', 'fixtures', 'cli', n));

function expectedCsv(files: readonly { path: string; text: string }[], keep: (severity: string) => boolean = () => true): string {
  return reportCsv(
    files.map((f) => {
      const { letter, findings } = analyze(f.text, { catalog: builtinCatalog, settings: defaultSettings, rules: allRules });
      return letterRow(f.path, letter, findings.filter((x) => keep(x.severity)));
    }),
  );
}

describe('imr-lint --format csv', () => {
  before(assertBuilt);
  const temps: string[] = [];
  after(() => temps.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

  it('writes a header and one row per letter, as the workspace report builds them', () => {
    const run = runCli(['--format', 'csv', ...paths]);
    assert.equal(run.status, 1, run.stderr);
    assert.equal(run.stdout, expectedCsv(names.map((n, i) => ({ path: paths[i], text: fixtureText(n) }))));
    const lines = run.stdout.split('\r\n');
    assert.equal(lines[0], 'File,Case Number,Items,Upheld,Overturned,Errors,Warnings,Info,Hints,Rules');
    assert.equal(lines.length, names.length + 2, 'header, one row per letter, and the final line end');
    assert.match(lines[2], /^test\/fixtures\/cli\/defects\.imr,,1,0,0,2,1,0,0,item-decision-invalid placeholder section-heading-format$/);
  });

  it('counts errors only with --quiet', () => {
    const run = runCli(['--format', 'csv', '--quiet', ...paths]);
    assert.equal(run.stdout, expectedCsv(names.map((n, i) => ({ path: paths[i], text: fixtureText(n) })), (s) => s === 'error'));
  });

  it('quotes a path with a comma, and writes the header even when no letter is checked', () => {
    const dir = tempFolder({ 'a, b.imr': fixtureText('clean.imr') });
    temps.push(dir);
    const run = runCli(['--format', 'csv', 'a, b.imr'], { cwd: dir });
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout.split('\r\n')[1], /^"a, b\.imr",/);
    const unreadable = runCli(['--format', 'csv', '-'], { input: Buffer.from([0xff, 0xfe, 0x00]) });
    assert.equal(unreadable.status, 2);
    assert.equal(unreadable.stdout, 'File,Case Number,Items,Upheld,Overturned,Errors,Warnings,Info,Hints,Rules\r\n');
  });

  it('is named in --help and accepted by --format', () => {
    assert.match(runCli(['--help']).stdout, /csv \(one row per letter/);
    assert.match(runCli(['--format', 'xml', paths[0]]).stderr, /stylish, unix, json, sarif, csv/);
  });
});

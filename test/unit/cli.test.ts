// imr-lint end to end: the bundled dist/cli.js run as a child process over the CLI's own fixture
// letters (test/fixtures/cli), copied to temporary folders wherever a test writes.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv';
import { builtinCatalog } from '../../server/src/catalog';
import { allRules } from '../../server/src/rules';
import { defaultSettings, ruleDocUrl } from '../../server/src/rules/types';
import { analyze } from '../../server/src/service/analysis';
import { repoRoot } from '../helpers/repo-root';
import { assertBuilt, fixtureText, runCli, tempFolder, type CliRun } from './cli-spawn';

interface JsonReport {
  files: {
    path: string;
    diagnostics: { ruleId: string; severity: string; message: string; range: { start: { line: number; character: number }; end: { line: number; character: number } } }[];
  }[];
}

const clean = path.join('test', 'fixtures', 'cli', 'clean.imr');
const defects = path.join('test', 'fixtures', 'cli', 'defects.imr');
const warningsOnly = path.join('test', 'fixtures', 'cli', 'warnings-only.txt');
const unicode = path.join('test', 'fixtures', 'cli', 'bom-crlf-unicode.imr');

function json(run: CliRun): JsonReport {
  return JSON.parse(run.stdout) as JsonReport;
}

function ruleIds(report: JsonReport): string[] {
  return report.files.flatMap((f) => f.diagnostics.map((d) => d.ruleId));
}

/** How many findings of `text` (default settings) have a fix marked safe: what --fix would apply. */
function safelyFixable(text: string): number {
  return analyze(text, { catalog: builtinCatalog, settings: defaultSettings, rules: allRules }).findings.filter((f) => f.fixes?.some((fix) => fix.safe)).length;
}

/** Exit 2: one line on standard error, no stack trace, nothing on standard output. */
function assertFailsCleanly(run: CliRun, pattern: RegExp): void {
  assert.equal(run.status, 2, `exit code (stderr: ${run.stderr})`);
  assert.equal(run.stdout, '');
  const lines = run.stderr.split('\n').filter((l) => l !== '');
  assert.equal(lines.length, 1, `one line on stderr, got: ${run.stderr}`);
  assert.match(lines[0], /^imr-lint: /);
  assert.match(lines[0], pattern);
  assert.doesNotMatch(run.stderr, /\n\s+at /, 'no stack trace');
}

const temps: string[] = [];
function temp(files: Record<string, string>): string {
  const dir = tempFolder(files);
  temps.push(dir);
  return dir;
}

describe('imr-lint', () => {
  before(assertBuilt);
  after(() => temps.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

  describe('exit codes', () => {
    it('is 0 for a letter without findings', () => {
      const run = runCli([clean]);
      assert.equal(run.status, 0, run.stderr);
      assert.equal(run.stderr, '');
    });

    it('is 1 when there are error findings', () => {
      assert.equal(runCli([defects]).status, 1);
    });

    it('is 0 when there are only warnings and no --max-warnings', () => {
      const run = runCli([warningsOnly, '--format', 'json']);
      assert.equal(run.status, 0);
      assert.ok(json(run).files[0].diagnostics.every((d) => d.severity === 'warning'));
      assert.ok(json(run).files[0].diagnostics.length > 0);
    });

    it('is 2 for usage errors, each with one line on stderr', () => {
      assertFailsCleanly(runCli([]), /no files given/);
      assertFailsCleanly(runCli(['--frobnicate', clean]), /unknown option --frobnicate/);
      assertFailsCleanly(runCli(['--format', 'xml', clean]), /--format must be one of/);
      assertFailsCleanly(runCli(['--format']), /--format needs a value/);
      assertFailsCleanly(runCli(['--max-warnings', 'many', clean]), /--max-warnings needs a whole number/);
      assertFailsCleanly(runCli(['--fix', '--fix-dry-run', clean]), /either --fix or --fix-dry-run/);
      assertFailsCleanly(runCli(['--fix', '-'], { input: fixtureText('defects.imr') }), /--fix cannot write back to standard input/);
    });

    it('is 2 for a file that does not exist', () => {
      assertFailsCleanly(runCli([clean, 'no/such/letter.imr']), /no\/such\/letter\.imr: no such file or directory/);
    });

    it('is 2 with "no letters found" alike for a glob that matches nothing and a folder without letters', () => {
      assertFailsCleanly(runCli(['test/fixtures/cli/*.nothing']), /test\/fixtures\/cli\/\*\.nothing: no letters found/);
      const dir = temp({ 'notes.md': fixtureText('defects.imr'), 'sub/readme': 'x', '.hidden/a.imr': fixtureText('defects.imr') });
      assertFailsCleanly(runCli([clean, dir]), new RegExp(`${dir}: no letters found`));
      const empty = temp({});
      assertFailsCleanly(runCli(['--fix', empty]), /no letters found/);
    });

    it('is 2 for a file that cannot be read', () => {
      const dir = temp({ 'locked.imr': fixtureText('clean.imr') });
      const locked = path.join(dir, 'locked.imr');
      fs.chmodSync(locked, 0o000);
      // Root reads any file, so as root the CLI runs as `nobody`, for whom the mode counts.
      const asRoot = process.getuid?.() === 0;
      if (asRoot) fs.chmodSync(dir, 0o755);
      const run = runCli([locked], asRoot ? { uid: 65534, gid: 65534, cwd: dir } : {});
      assertFailsCleanly(run, /locked\.imr: cannot be read \(EACCES\)/);
    });
  });

  describe('formats', () => {
    it('stylish: grouped by file, aligned line:col  severity  message  rule-id rows, a summary and the fixable count', () => {
      const run = runCli([defects, warningsOnly, clean]);
      const report = json(runCli([defects, warningsOnly, clean, '--format', 'json']));
      const withFindings = report.files.filter((f) => f.diagnostics.length > 0);
      assert.deepEqual(withFindings.map((f) => f.path), [defects, warningsOnly], 'a file without findings is not listed');
      assert.ok(run.stdout.startsWith('\n'), 'starts with an empty line, as eslint does');
      const blocks = run.stdout.slice(1).split('\n\n');
      withFindings.forEach((file, k) => {
        const [heading, ...rows] = blocks[k].split('\n');
        assert.equal(heading, file.path);
        assert.equal(rows.length, file.diagnostics.length);
        const parsed = rows.map((row) => /^ {2}( *)(\d+):(\d+)( *) {2}(\w+)( *) {2}(.*?)( *) {2}(\S+)$/.exec(row));
        parsed.forEach((m, i) => {
          assert.ok(m, `row ${rows[i]}`);
          const d = file.diagnostics[i];
          assert.deepEqual([Number(m[2]), Number(m[3]), m[5], m[7], m[9]], [d.range.start.line + 1, d.range.start.character + 1, d.severity, d.message, d.ruleId]);
        });
        // Aligned: the colon, the severity, the message and the rule id start at the same column on every row.
        for (const column of [(r: string) => r.indexOf(':'), (r: string) => r.search(/(error|warning|info|hint) {2}/), (r: string, i: number) => r.indexOf(file.diagnostics[i].message), (r: string, i: number) => r.lastIndexOf(file.diagnostics[i].ruleId)]) {
          assert.equal(new Set(rows.map(column)).size, 1, `one column in\n${rows.join('\n')}`);
        }
      });
      const all = withFindings.flatMap((f) => f.diagnostics);
      const count = (severity: string) => all.filter((d) => d.severity === severity).length;
      const fixable = [defects, warningsOnly].map((f) => safelyFixable(fs.readFileSync(path.join(repoRoot(), f), 'utf8'))).reduce((a, b) => a + b);
      assert.ok(fixable > 0 && fixable < all.length, 'the fixtures have findings with and without a safe fix');
      assert.equal(
        blocks.slice(withFindings.length).join('\n\n'),
        `\u2716 ${all.length} problems (${count('error')} errors, ${count('warning')} warnings, ${count('info')} infos)\n  ${fixable} problems are fixable with the --fix option.\n\n`,
      );
      assert.ok(!run.stdout.includes('\u001b'), 'no colour when stdout is not a terminal');
    });

    it('stylish says one problem is fixable, and leaves out the fixable line when none is', () => {
      const oneFix = runCli(['-'], { input: fixtureText('bom-crlf-unicode.imr') });
      assert.equal(safelyFixable(fixtureText('bom-crlf-unicode.imr')), 1);
      assert.match(oneFix.stdout, /\n {2}1 problem is fixable with the --fix option\.\n\n$/);
      const dir = temp({ 'fixed.imr': fixtureText('defects.imr') });
      runCli(['--fix', 'fixed.imr'], { cwd: dir });
      const rest = runCli(['fixed.imr'], { cwd: dir });
      assert.match(rest.stdout, /\n\u2716 1 problem \(1 error, 0 warnings, 0 infos\)\n\n$/);
    });

    it('unix: one line per finding, path:line:col: severity message [rule-id], and nothing else', () => {
      const run = runCli(['--format', 'unix', defects, clean, warningsOnly]);
      const report = json(runCli(['--format', 'json', defects, clean, warningsOnly]));
      const expected = report.files.flatMap((f) =>
        f.diagnostics.map((d) => `${f.path}:${d.range.start.line + 1}:${d.range.start.character + 1}: ${d.severity} ${d.message} [${d.ruleId}]\n`),
      );
      assert.ok(expected.length > 2);
      assert.equal(run.stdout, expected.join(''));
      assert.equal(run.status, 1);
      assert.equal(runCli(['--format', 'unix', clean]).stdout, '');
    });

    it('stylish says so when there is nothing to report', () => {
      assert.equal(runCli([clean]).stdout, 'No problems in 1 file.\n');
    });

    it('json: the stable contract, paths as given, 0-based UTF-16 positions', () => {
      const run = runCli(['--format', 'json', clean, unicode]);
      const report = json(run);
      assert.deepEqual(Object.keys(report), ['files']);
      assert.deepEqual(report.files.map((f) => f.path), [clean, unicode]);
      assert.deepEqual(report.files[0].diagnostics, []);
      for (const d of report.files[1].diagnostics) {
        assert.deepEqual(Object.keys(d), ['ruleId', 'severity', 'message', 'range']);
        assert.ok(['error', 'warning', 'info', 'hint'].includes(d.severity));
        assert.deepEqual(Object.keys(d.range.start), ['line', 'character']);
      }
      // The placeholder's line holds an ñ and two emoji (two UTF-16 code units each) before it.
      const text = fixtureText('bom-crlf-unicode.imr');
      const lines = text.split('\r\n');
      const line = lines.findIndex((l) => l.includes('???'));
      const placeholder = report.files[1].diagnostics.find((d) => d.ruleId === 'placeholder');
      assert.deepEqual(placeholder?.range, {
        start: { line, character: lines[line].indexOf('???') },
        end: { line, character: lines[line].indexOf('???') + 3 },
      });
    });

    it('sarif: valid against the SARIF 2.1.0 schema subset, with every rule and 1-based regions', () => {
      const run = runCli(['--format', 'sarif', defects, unicode]);
      assert.equal(run.status, 1);
      const log = JSON.parse(run.stdout) as {
        version: string;
        runs: {
          tool: { driver: { name: string; rules: { id: string; shortDescription: { text: string }; helpUri: string }[] } };
          results: { ruleId: string; level: string; message: { text: string }; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number } } }[] }[];
        }[];
      };
      const schema = JSON.parse(fs.readFileSync(path.join(repoRoot(), 'test', 'fixtures', 'sarif-2.1.0.minimal.schema.json'), 'utf8')) as object;
      const ajv = new Ajv({ allErrors: true });
      ajv.addFormat('uri', (s: string) => URL.canParse(s));
      ajv.addFormat('uri-reference', (s: string) => !/\s/.test(s));
      const validate = ajv.compile(schema);
      assert.ok(validate(log), ajv.errorsText(validate.errors));

      const driver = log.runs[0].tool.driver;
      assert.equal(driver.name, 'imr-lint');
      assert.deepEqual(
        driver.rules.map((r) => [r.id, r.shortDescription.text, r.helpUri]),
        allRules.map((r) => [r.id, r.description, ruleDocUrl(r.id)]),
      );
      const report = json(runCli(['--format', 'json', defects, unicode]));
      const expected = report.files.flatMap((f) =>
        f.diagnostics.map((d) => ({
          ruleId: d.ruleId,
          level: { error: 'error', warning: 'warning', info: 'note', hint: 'note' }[d.severity],
          message: d.message,
          uri: f.path,
          startLine: d.range.start.line + 1,
          startColumn: d.range.start.character + 1,
        })),
      );
      assert.deepEqual(
        log.runs[0].results.map((r) => ({
          ruleId: r.ruleId,
          level: r.level,
          message: r.message.text,
          uri: r.locations[0].physicalLocation.artifactLocation.uri,
          startLine: r.locations[0].physicalLocation.region.startLine,
          startColumn: r.locations[0].physicalLocation.region.startColumn,
        })),
        expected,
      );
    });
  });

  describe('inputs', () => {
    it('reads a letter from standard input as -, byte for byte like the file (BOM kept)', () => {
      const fromStdin = json(runCli(['--format', 'json', '-'], { input: fixtureText('bom-crlf-unicode.imr') }));
      const fromFile = json(runCli(['--format', 'json', unicode]));
      assert.equal(fromStdin.files[0].path, '-');
      assert.deepEqual(fromStdin.files[0].diagnostics, fromFile.files[0].diagnostics);
    });

    it('walks a directory for *.imr and *.txt, skipping node_modules and dot-folders', () => {
      const letter = fixtureText('defects.imr');
      const dir = temp({
        'a.imr': letter,
        'b.txt': letter,
        'notes.md': letter,
        'sub/deeper/c.IMR': letter,
        'node_modules/pkg/d.imr': letter,
        '.git/e.imr': letter,
        '.hidden/f.txt': letter,
      });
      const run = runCli(['--format', 'json', '.'], { cwd: dir });
      assert.deepEqual(json(run).files.map((f) => f.path), ['./a.imr', './b.txt', './sub/deeper/c.IMR']);
      const named = runCli(['--format', 'json', dir]);
      assert.deepEqual(json(named).files.map((f) => f.path), [`${dir}/a.imr`, `${dir}/b.txt`, `${dir}/sub/deeper/c.IMR`]);
    });

    it('expands globs with *, ** and ?, each file once', () => {
      const letter = fixtureText('clean.imr');
      const dir = temp({ 'x1.imr': letter, 'x2.imr': letter, 'x10.imr': letter, 'y.txt': letter, 'in/deep/z1.imr': letter, 'in/w.txt': letter });
      const paths = (...args: string[]) => json(runCli(['--format', 'json', ...args], { cwd: dir })).files.map((f) => f.path);
      assert.deepEqual(paths('*.imr'), ['x1.imr', 'x10.imr', 'x2.imr']);
      assert.deepEqual(paths('x?.imr'), ['x1.imr', 'x2.imr']);
      assert.deepEqual(paths('**/*.imr'), ['in/deep/z1.imr', 'x1.imr', 'x10.imr', 'x2.imr']);
      assert.deepEqual(paths('in/**/*.txt'), ['in/w.txt']);
      assert.deepEqual(paths('x1.imr', '*1.imr'), ['x1.imr']);
    });
  });

  describe('settings', () => {
    const turnOffPlaceholder = JSON.stringify({ rules: { placeholder: 'off' } });

    it('finds the nearest .imrlintrc.json above the letter', () => {
      const dir = temp({ '.imrlintrc.json': turnOffPlaceholder, 'letters/defects.imr': fixtureText('defects.imr') });
      const ids = ruleIds(json(runCli(['--format', 'json', path.join(dir, 'letters')])));
      assert.ok(ids.length > 0);
      assert.ok(!ids.includes('placeholder'));
      assert.ok(ruleIds(json(runCli(['--format', 'json', defects]))).includes('placeholder'), 'the fixture has a placeholder finding by default');
    });

    it('--config overrides discovery', () => {
      const dir = temp({ '.imrlintrc.json': '{}', 'mine.json': turnOffPlaceholder, 'defects.imr': fixtureText('defects.imr') });
      const ids = ruleIds(json(runCli(['--format', 'json', '--config', path.join(dir, 'mine.json'), path.join(dir, 'defects.imr')])));
      assert.ok(!ids.includes('placeholder'));
    });

    it('warns about unknown rules and bad severities on stderr and still checks', () => {
      const dir = temp({ 'c.json': JSON.stringify({ rules: { 'no-such-rule': 'error', placeholder: 'loud' } }) });
      const run = runCli(['--config', path.join(dir, 'c.json'), '--format', 'json', defects]);
      assert.equal(run.status, 1);
      assert.match(run.stderr, /imr-lint: warning: .*unknown rule "no-such-rule"/);
      assert.match(run.stderr, /imr-lint: warning: .*rule "placeholder" has severity "loud"/);
      assert.ok(ruleIds(json(run)).includes('placeholder'), 'the bad severity is ignored, the default applies');
    });

    it('merges catalogs named in the settings: a broken one is a warning, a missing one exit 2', () => {
      const dir = temp({
        'broken.json': JSON.stringify({ catalogs: ['broken-catalog.json'] }),
        'broken-catalog.json': '{ not json',
        'missing.json': JSON.stringify({ catalogs: ['nowhere.json'] }),
      });
      const broken = runCli(['--config', path.join(dir, 'broken.json'), '--format', 'json', defects]);
      assert.equal(broken.status, 1, broken.stderr);
      assert.match(broken.stderr, /imr-lint: warning: .*broken-catalog\.json: is not valid JSON/);
      assert.deepEqual(json(broken), json(runCli(['--format', 'json', defects])), 'checked with the built-in catalog');
      assertFailsCleanly(runCli(['--config', path.join(dir, 'missing.json'), clean]), /nowhere\.json: cannot be read \(ENOENT\)/);
    });

    it('is 2 for a settings file that is not JSON, not an object, or missing', () => {
      const dir = temp({ 'broken.json': '{"rules": {', 'list.json': '[]', 'letters/.imrlintrc.json': '{ nope', 'letters/a.imr': fixtureText('clean.imr') });
      assertFailsCleanly(runCli(['--config', path.join(dir, 'broken.json'), clean]), /broken\.json: is not valid JSON/);
      assertFailsCleanly(runCli(['--config', path.join(dir, 'list.json'), clean]), /list\.json: must hold a JSON object/);
      assertFailsCleanly(runCli(['--config', path.join(dir, 'absent.json'), clean]), /absent\.json: cannot be read \(ENOENT\)/);
      assertFailsCleanly(runCli([path.join(dir, 'letters')]), /\.imrlintrc\.json: is not valid JSON/);
    });
  });

  describe('--quiet and --max-warnings', () => {
    it('--quiet reports errors only', () => {
      const report = json(runCli(['--format', 'json', '--quiet', defects, warningsOnly]));
      const severities = report.files.flatMap((f) => f.diagnostics.map((d) => d.severity));
      assert.ok(severities.length > 0);
      assert.ok(severities.every((s) => s === 'error'));
      assert.deepEqual(report.files[1].diagnostics, []);
    });

    it('--max-warnings fails the run only when warnings exceed it', () => {
      const count = json(runCli(['--format', 'json', warningsOnly])).files[0].diagnostics.length;
      const over = runCli(['--max-warnings', String(count - 1), warningsOnly]);
      assert.equal(over.status, 1);
      assert.match(over.stderr, new RegExp(`imr-lint: ${count} warnings?, more than --max-warnings ${count - 1}\\.`));
      assert.equal(runCli(['--max-warnings', String(count), warningsOnly]).status, 0);
      assert.equal(runCli(['--max-warnings=0', clean]).status, 0);
    });
  });

  describe('--fix', () => {
    it('applies the safe fixes in place and reports what remains', () => {
      const before = json(runCli(['--format', 'json', defects])).files[0].diagnostics;
      const dir = temp({ 'defects.imr': fixtureText('defects.imr'), 'clean.imr': fixtureText('clean.imr') });
      const run = runCli(['--fix', '--format', 'json', '.'], { cwd: dir });
      const after = json(run).files.find((f) => f.path === './defects.imr')!.diagnostics;
      const fixed = fs.readFileSync(path.join(dir, 'defects.imr'), 'utf8');
      assert.notEqual(fixed, fixtureText('defects.imr'));
      assert.match(fixed, /^HOW THE IMR FINAL DETERMINATION WAS MADE$/m);
      assert.match(fixed, /^Tramadol 50mg #60: Upheld$/m);
      // What remains is what has no safe fix: the placeholder needs the author.
      assert.deepEqual(after.map((d) => d.ruleId), ['placeholder']);
      assert.ok(before.length > after.length);
      assert.equal(run.status, 1);
      assert.match(run.stderr, /fixed 1 file\./);
      assert.equal(fs.readFileSync(path.join(dir, 'clean.imr'), 'utf8'), fixtureText('clean.imr'));
      assert.deepEqual(fs.readdirSync(dir).sort(), ['clean.imr', 'defects.imr'], 'no temporary file left behind');
      // A second run finds nothing more to fix.
      const again = runCli(['--fix', '.'], { cwd: dir });
      assert.equal(again.stderr, '');
      assert.equal(fs.readFileSync(path.join(dir, 'defects.imr'), 'utf8'), fixed);
    });

    it('keeps CRLF line ends and the BOM', () => {
      const dir = temp({ 'u.imr': fixtureText('bom-crlf-unicode.imr') });
      runCli(['--fix', 'u.imr'], { cwd: dir });
      const fixed = fs.readFileSync(path.join(dir, 'u.imr'), 'utf8');
      assert.ok(fixed.startsWith('\uFEFF'));
      assert.equal(fixed.replace(/\r\n/g, '').includes('\n'), false);
      assert.match(fixed, /: Overturned\r\n/);
    });

    it('--fix-dry-run prints a unified diff and changes nothing', () => {
      const dir = temp({ 'defects.imr': fixtureText('defects.imr') });
      const run = runCli(['--fix-dry-run', 'defects.imr'], { cwd: dir });
      assert.equal(fs.readFileSync(path.join(dir, 'defects.imr'), 'utf8'), fixtureText('defects.imr'));
      const lines = run.stdout.split('\n');
      assert.deepEqual(lines.slice(0, 2), ['--- a/defects.imr', '+++ b/defects.imr']);
      assert.ok(lines.includes('-How the IMR Final Determination Was Made'));
      assert.ok(lines.includes('+HOW THE IMR FINAL DETERMINATION WAS MADE'));
      assert.ok(lines.includes('-Tramadol 50mg #60: Uphold'));
      assert.ok(lines.includes('+Tramadol 50mg #60: Upheld'));
      assert.ok(lines.filter((l) => l.startsWith('@@ ')).length >= 1);
      // The exit code is that of the letter once fixed: the placeholder error stays.
      assert.equal(run.status, 1);
      // Applying the printed diff gives what --fix writes.
      runCli(['--fix', 'defects.imr'], { cwd: dir });
      assert.equal(applyUnifiedDiff(fixtureText('defects.imr'), run.stdout), fs.readFileSync(path.join(dir, 'defects.imr'), 'utf8'));
      assert.equal(runCli(['--fix-dry-run', clean]).stdout, '', 'nothing to fix, no diff');
    });

    it('--fix-dry-run prints a patch that git apply and patch -p1 accept, paths relative to the working directory', () => {
      const files = {
        'defects.imr': fixtureText('defects.imr'),
        'letters/bom-crlf-unicode.imr': fixtureText('bom-crlf-unicode.imr'),
        'letters/with space.txt': fixtureText('warnings-only.txt'),
        'clean.imr': fixtureText('clean.imr'),
      };
      const dir = temp(files);
      const run = runCli(['--fix-dry-run', '.'], { cwd: dir });
      assert.match(run.stdout, /^--- a\/defects\.imr\n\+\+\+ b\/defects\.imr\n/m);
      assert.match(run.stdout, /^--- a\/letters\/bom-crlf-unicode\.imr\n\+\+\+ b\/letters\/bom-crlf-unicode\.imr\n/m);
      assert.match(run.stdout, /^--- a\/letters\/with space\.txt\t\n\+\+\+ b\/letters\/with space\.txt\t\n/m);
      const fixed = temp(files);
      runCli(['--fix', '.'], { cwd: fixed });
      const expected = Object.fromEntries(Object.keys(files).map((name) => [name, fs.readFileSync(path.join(fixed, name), 'utf8')]));
      assert.notDeepEqual(expected, files, 'there is something to fix');

      const tool = (command: string, args: string[], cwd: string) => {
        const result = spawnSync(command, args, { cwd, input: run.stdout, encoding: 'utf8' });
        assert.equal(result.status, 0, `${command} ${args.join(' ')}: ${result.stderr}${result.stdout}`);
      };
      const withGit = temp(files);
      // A repository of its own, so that git apply never looks at a repository above the temporary folder.
      tool('git', ['init', '-q'], withGit);
      tool('git', ['apply', '--check', '-'], withGit);
      tool('git', ['apply', '-'], withGit);
      const withPatch = temp(files);
      tool('patch', ['-p1', '--dry-run', '--batch'], withPatch);
      tool('patch', ['-p1', '--batch', '--no-backup-if-mismatch'], withPatch);
      for (const applied of [withGit, withPatch]) {
        for (const name of Object.keys(files)) assert.equal(fs.readFileSync(path.join(applied, name), 'utf8'), expected[name], `${applied}: ${name}`);
      }

      // From a folder below, a path is relative to that folder.
      const below = runCli(['--fix-dry-run', 'bom-crlf-unicode.imr'], { cwd: path.join(dir, 'letters') });
      assert.match(below.stdout, /^--- a\/bom-crlf-unicode\.imr\n\+\+\+ b\/bom-crlf-unicode\.imr\n/);
    });

    it('--fix-dry-run works on standard input', () => {
      const run = runCli(['--fix-dry-run', '-'], { input: fixtureText('defects.imr') });
      assert.match(run.stdout, /^--- -\n\+\+\+ -\n@@ /);
    });
  });

  it('--help and --version', () => {
    const help = runCli(['--help']);
    assert.equal(help.status, 0);
    assert.match(help.stdout, /^Usage: imr-lint/);
    for (const option of ['--config', '--format', '--quiet', '--max-warnings', '--fix', '--fix-dry-run', '--version']) assert.ok(help.stdout.includes(option), option);
    const version = runCli(['--version']);
    assert.equal(version.status, 0);
    const manifest = JSON.parse(fs.readFileSync(path.join(repoRoot(), 'package.json'), 'utf8')) as { version: string };
    assert.equal(version.stdout, `${manifest.version}\n`);
  });
});

/** Applies a unified diff (as --fix-dry-run prints it) to `text`: an independent check of its hunks. */
function applyUnifiedDiff(text: string, diff: string): string {
  const source = text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
  const out: string[] = [];
  let at = 0;
  const lines = diff.split('\n');
  for (let i = 2; i < lines.length; i++) {
    const hunk = /^@@ -(\d+)(?:,(\d+))? \+\d+(?:,\d+)? @@$/.exec(lines[i]);
    if (!hunk) continue;
    const start = Number(hunk[1]) - (hunk[2] === '0' ? 0 : 1);
    out.push(...source.slice(at, start));
    at = start;
    for (i++; i < lines.length && /^[ +-]/.test(lines[i]); i++) {
      const body = `${lines[i].slice(1)}\n`;
      if (lines[i][0] === ' ' || lines[i][0] === '-') {
        assert.equal(source[at], body, `diff context matches line ${at + 1}`);
        at++;
      }
      if (lines[i][0] !== '-') out.push(body);
    }
    i--;
  }
  return out.join('') + source.slice(at).join('');
}

// imr-lint's parts in process: the glob matcher, the line diff, argument parsing, and what depends
// on a terminal (colour, the progress line), which a spawned CLI with piped output cannot show.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from '../../server/src/cli/args';
import { patchNames, unifiedDiff } from '../../server/src/cli/diff';
import { CliError } from '../../server/src/cli/errors';
import { globBase, globToRegExp, isGlob } from '../../server/src/cli/glob';
import { run, type CliIo } from '../../server/src/cli/run';
import { fixtureText, tempFolder } from './cli-spawn';

describe('imr-lint glob matcher', () => {
  const matches = (pattern: string, p: string) => globToRegExp(pattern).test(p);

  it('* and ? stay within one path segment', () => {
    assert.ok(matches('*.imr', 'a.imr'));
    assert.ok(!matches('*.imr', 'dir/a.imr'));
    assert.ok(!matches('*.imr', 'a.imr.bak'));
    assert.ok(matches('a?.txt', 'a1.txt'));
    assert.ok(!matches('a?.txt', 'a/.txt'));
    assert.ok(!matches('a?.txt', 'a12.txt'));
  });

  it('** spans any number of folders, including none', () => {
    assert.ok(matches('**/*.imr', 'a.imr'));
    assert.ok(matches('**/*.imr', 'x/y/z/a.imr'));
    assert.ok(matches('letters/**/draft-*.imr', 'letters/draft-1.imr'));
    assert.ok(matches('letters/**/draft-*.imr', 'letters/2016/q1/draft-1.imr'));
    assert.ok(!matches('letters/**/draft-*.imr', 'other/draft-1.imr'));
    assert.ok(matches('letters/**', 'letters/a/b.txt'));
  });

  it('treats every other character literally', () => {
    assert.ok(matches('case (1)+[a].imr', 'case (1)+[a].imr'));
    assert.ok(!matches('a.imr', 'abimr'));
  });

  it('starts a walk at the folders before the first wildcard', () => {
    assert.deepEqual(globBase('*.imr'), { base: '.', prefix: '' });
    assert.deepEqual(globBase('letters/2016/*.imr'), { base: 'letters/2016', prefix: 'letters/2016/' });
    assert.deepEqual(globBase('/tmp/x/**/*.imr'), { base: '/tmp/x', prefix: '/tmp/x/' });
    assert.deepEqual(globBase('/*.imr'), { base: '/', prefix: '/' });
    assert.ok(isGlob('a/*.imr') && isGlob('a?.imr') && !isGlob('a/b.imr'));
  });
});

describe('imr-lint unified diff', () => {
  const ab = (name: string) => ({ from: `a/${name}`, to: `b/${name}` });

  it('prints nothing for equal texts', () => {
    assert.equal(unifiedDiff(ab('a'), 'x\ny\n', 'x\ny\n'), '');
  });

  it('numbers hunks as diff -u does, with three lines of context', () => {
    const before = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12', '13', '14', '15', ''].join('\n');
    const after = before.replace('2\n', 'two\n').replace('14\n', 'fourteen\n');
    assert.equal(
      unifiedDiff(ab('f.imr'), before, after),
      [
        '--- a/f.imr',
        '+++ b/f.imr',
        '@@ -1,5 +1,5 @@',
        ' 1',
        '-2',
        '+two',
        ' 3',
        ' 4',
        ' 5',
        '@@ -11,5 +11,5 @@',
        ' 11',
        ' 12',
        ' 13',
        '-14',
        '+fourteen',
        ' 15',
        '',
      ].join('\n'),
    );
  });

  it('joins changes closer than twice the context into one hunk, and counts insertions', () => {
    const before = 'a\nb\nc\nd\ne\nf\ng\n';
    const after = 'a\nB\nc\nd\ne\nf\nG\nh\n';
    const diff = unifiedDiff(ab('f'), before, after);
    assert.equal(diff.match(/^@@ /gm)?.length, 1);
    assert.match(diff, /^@@ -1,7 \+1,8 @@$/m);
  });

  it('marks a last line without a newline', () => {
    assert.equal(unifiedDiff(ab('f'), 'a\nb', 'a\nc'), '--- a/f\n+++ b/f\n@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n+c\n\\ No newline at end of file\n');
  });

  it('names the file a/<path> and b/<path>, relative to the working directory, as git apply and patch -p1 read them', () => {
    const cwd = path.resolve('/work/letters');
    assert.deepEqual(patchNames('2016/a.imr', cwd), { from: 'a/2016/a.imr', to: 'b/2016/a.imr' });
    assert.deepEqual(patchNames(path.join(cwd, 'b.imr'), cwd), { from: 'a/b.imr', to: 'b/b.imr' });
    assert.deepEqual(patchNames('./c.imr', cwd), { from: 'a/c.imr', to: 'b/c.imr' });
    assert.deepEqual(patchNames('-', cwd), { from: '-', to: '-' }, 'standard input has no file to apply to');
    const header = (name: string) => unifiedDiff(ab(name), 'x\n', 'y\n').split('\n').slice(0, 2);
    // A space ends the name for patch unless a tab follows it; quotes and backslashes are quoted as git does.
    assert.deepEqual(header('my letter.imr'), ['--- a/my letter.imr\t', '+++ b/my letter.imr\t']);
    assert.deepEqual(header('we"ird\\name\t.imr'), ['--- "a/we\\"ird\\\\name\\t.imr"', '+++ "b/we\\"ird\\\\name\\t.imr"']);
  });

  it('numbers an empty side by the line before it', () => {
    assert.equal(unifiedDiff(ab('f'), '', 'new\n'), '--- a/f\n+++ b/f\n@@ -0,0 +1,1 @@\n+new\n');
  });
});

describe('imr-lint arguments', () => {
  it('accepts --name value and --name=value, and -- before file names that start with -', () => {
    const options = parseArgs(['--format=json', '--max-warnings', '3', '-c', 'x.json', 'a.imr', '--', '--odd-name.imr']);
    assert.equal(options.format, 'json');
    assert.equal(options.maxWarnings, 3);
    assert.equal(options.config, 'x.json');
    assert.deepEqual(options.inputs, ['a.imr', '--odd-name.imr']);
  });

  it('rejects what it does not know with a CliError (exit 2)', () => {
    assert.throws(() => parseArgs(['--quiet=yes', 'a.imr']), CliError);
    assert.throws(() => parseArgs(['-', '-']), /standard input \(-\) can be read only once/);
    assert.equal(new CliError('x').exitCode, 2);
  });

  it('needs no files for --help and --version', () => {
    assert.equal(parseArgs(['--help']).help, true);
    assert.equal(parseArgs(['-v']).version, true);
  });
});

describe('imr-lint on a terminal', () => {
  const esc = '\u001b';
  const temps: string[] = [];
  after(() => temps.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

  function fakeIo(options: { stdoutTTY: boolean; stderrTTY: boolean; env?: Record<string, string> }) {
    const out = { stdout: '', stderr: '' };
    const io: CliIo = {
      stdout: { isTTY: options.stdoutTTY, write: (t) => void (out.stdout += t) },
      stderr: { isTTY: options.stderrTTY, write: (t) => void (out.stderr += t) },
      env: options.env ?? {},
      readStdin: () => Promise.resolve(''),
    };
    return { io, out };
  }

  function letters(count: number): string {
    const files: Record<string, string> = {};
    for (let i = 0; i < count; i++) files[`letter-${i}.imr`] = fixtureText('defects.imr');
    const dir = tempFolder(files);
    temps.push(dir);
    return dir;
  }

  it('colours stylish output on a terminal unless NO_COLOR is set', async () => {
    const dir = letters(1);
    const file = path.join(dir, 'letter-0.imr');
    const tty = fakeIo({ stdoutTTY: true, stderrTTY: false });
    assert.equal(await run([file], tty.io), 1);
    assert.ok(tty.out.stdout.includes(`${esc}[31merror${esc}[0m`), 'errors in red');
    const noColor = fakeIo({ stdoutTTY: true, stderrTTY: false, env: { NO_COLOR: '1' } });
    await run([file], noColor.io);
    assert.ok(!noColor.out.stdout.includes(esc));
    assert.equal(noColor.out.stdout, tty.out.stdout.split(esc).map((part, i) => (i === 0 ? part : part.replace(/^\[\d+m/, ''))).join(''), 'same text, without colour');
    const piped = fakeIo({ stdoutTTY: false, stderrTTY: false });
    await run([file], piped.io);
    assert.equal(piped.out.stdout, noColor.out.stdout);
  });

  it('shows a progress line on a terminal for more than 50 files, and erases it', async () => {
    const many = letters(51);
    const tty = fakeIo({ stdoutTTY: false, stderrTTY: true });
    await run(['--format', 'json', many], tty.io);
    assert.match(tty.out.stderr, /\rimr-lint: checked 1\/51/);
    assert.ok(tty.out.stderr.endsWith(`\rimr-lint: checked 51/51\r${esc}[K`), 'the last count, then the line erased');
    const piped = fakeIo({ stdoutTTY: false, stderrTTY: false });
    await run(['--format', 'json', many], piped.io);
    assert.equal(piped.out.stderr, '');
    assert.equal(piped.out.stdout, tty.out.stdout, 'the report itself is the same');

    const fifty = fakeIo({ stdoutTTY: false, stderrTTY: true });
    fs.rmSync(path.join(many, 'letter-50.imr'));
    await run(['--format', 'json', many], fifty.io);
    assert.equal(fifty.out.stderr, '');
  });
});

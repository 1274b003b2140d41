// imr-lint --fix never damages a file: what it cannot read as UTF-8 it leaves alone, a write keeps
// what the file is (link, hard links, mode, owner), a read-only or changed file is refused, one
// failure does not stop the others, and inputs that would hang or name nothing are refused.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { FileFailure } from '../../server/src/cli/errors';
import { readLetterBytes } from '../../server/src/cli/read-letter';
import { writeBack } from '../../server/src/cli/write-atomic';
import { assertBuilt, fixtureText, runCli, tempFolder, type CliRun } from './cli-spawn';

const defects = fixtureText('defects.imr');
/** The defects letter as Windows-1252/Latin-1 bytes: `José` is one byte 0xE9, not valid UTF-8. */
const latin1 = Buffer.from(defects.replace('driver', 'driver Jos\u00e9'), 'latin1');
const asRoot = process.getuid?.() === 0;
/** Root writes any file, so where permissions matter a root test runs the CLI as `nobody`. */
const nobody = 65534;

interface JsonReport {
  files: { path: string; diagnostics: { ruleId: string }[] }[];
}

/** Each failure line names the file and never quotes what is in it. */
function assertNoContent(run: CliRun): void {
  for (const words of ['Tramadol', 'TBD', 'Uphold', 'Jos']) assert.ok(!run.stderr.includes(words), `stderr quotes the letter: ${run.stderr}`);
}

describe('imr-lint --fix never damages a file', () => {
  const temps: string[] = [];
  const temp = (files: Record<string, string | Buffer>) => {
    const dir = tempFolder(files);
    temps.push(dir);
    return dir;
  };
  before(assertBuilt);
  after(() => temps.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

  describe('a letter that is not UTF-8', () => {
    it('is never rewritten: reported with exit 2, its bytes left as they were', () => {
      const dir = temp({ 'latin1.imr': latin1 });
      const run = runCli(['--fix', 'latin1.imr'], { cwd: dir });
      assert.equal(run.status, 2);
      assert.deepEqual(fs.readFileSync(path.join(dir, 'latin1.imr')), latin1);
      assert.equal(run.stderr, 'imr-lint: latin1.imr: not UTF-8; convert it first. It was not checked or changed.\n');
      assert.equal(run.stdout, '');
      assertNoContent(run);
    });

    it('is not checked or diffed either, from a file or standard input', () => {
      const dir = temp({ 'latin1.imr': latin1 });
      for (const run of [runCli(['latin1.imr'], { cwd: dir }), runCli(['--fix-dry-run', 'latin1.imr'], { cwd: dir }), runCli(['-'], { input: latin1 })]) {
        assert.equal(run.status, 2, run.stderr);
        assert.match(run.stderr, /: not UTF-8; convert it first\./);
        assert.equal(run.stdout, '');
      }
    });
  });

  describe('what the file is stays', () => {
    it('a symbolic link is followed: the target is fixed and the link stays a link', () => {
      const dir = temp({ 'real/target.imr': defects });
      fs.symlinkSync(path.join('real', 'target.imr'), path.join(dir, 'link.imr'));
      const run = runCli(['--fix', 'link.imr'], { cwd: dir });
      assert.equal(run.status, 1, run.stderr);
      assert.ok(fs.lstatSync(path.join(dir, 'link.imr')).isSymbolicLink());
      assert.equal(fs.readlinkSync(path.join(dir, 'link.imr')), path.join('real', 'target.imr'));
      assert.match(fs.readFileSync(path.join(dir, 'real', 'target.imr'), 'utf8'), /^Tramadol 50mg #60: Upheld$/m);
      assert.deepEqual(fs.readdirSync(path.join(dir, 'real')), ['target.imr'], 'no temporary file left');
    });

    it('hard links are kept: the same inode is rewritten and every name shows the fix', () => {
      const dir = temp({ 'a.imr': defects });
      fs.linkSync(path.join(dir, 'a.imr'), path.join(dir, 'b.imr'));
      const inode = fs.statSync(path.join(dir, 'a.imr')).ino;
      const run = runCli(['--fix', 'a.imr'], { cwd: dir });
      assert.equal(run.status, 1, run.stderr);
      const a = fs.statSync(path.join(dir, 'a.imr'));
      assert.equal(a.ino, inode);
      assert.equal(a.nlink, 2);
      assert.match(fs.readFileSync(path.join(dir, 'b.imr'), 'utf8'), /^Tramadol 50mg #60: Upheld$/m);
      assert.deepEqual(fs.readdirSync(dir).sort(), ['a.imr', 'b.imr']);
    });

    it('the mode stays exactly, whatever the umask, and a lone file is replaced whole by a rename', () => {
      const dir = temp({ 'shared.imr': defects, 'private.imr': defects });
      fs.chmodSync(path.join(dir, 'shared.imr'), 0o664);
      fs.chmodSync(path.join(dir, 'private.imr'), 0o600);
      const inode = fs.statSync(path.join(dir, 'shared.imr')).ino;
      const run = runCli(['--fix', '.'], { cwd: dir });
      assert.match(run.stderr, /fixed 2 files/);
      assert.notEqual(fs.statSync(path.join(dir, 'shared.imr')).ino, inode, 'a new file renamed over the old one');
      assert.deepEqual(fs.readdirSync(dir).sort(), ['private.imr', 'shared.imr'], 'no temporary file left');
      assert.equal(fs.statSync(path.join(dir, 'shared.imr')).mode & 0o7777, 0o664);
      assert.equal(fs.statSync(path.join(dir, 'private.imr')).mode & 0o7777, 0o600);
    });

    it('the owner stays', () => {
      const dir = temp({ 'theirs.imr': defects });
      const file = path.join(dir, 'theirs.imr');
      // Only root can give a file to someone else; any other user checks that its own file stays its own.
      if (asRoot) fs.chownSync(file, nobody, nobody);
      const owner = fs.statSync(file);
      const run = runCli(['--fix', 'theirs.imr'], { cwd: dir });
      assert.match(run.stderr, /fixed 1 file/);
      const after = fs.statSync(file);
      assert.deepEqual([after.uid, after.gid], [owner.uid, owner.gid]);
      assert.match(fs.readFileSync(file, 'utf8'), /: Upheld$/m);
    });

    it('a file in a folder it may not write in is fixed in place', () => {
      const dir = temp({ 'letters/a.imr': defects });
      const folder = path.join(dir, 'letters');
      const file = path.join(folder, 'a.imr');
      const inode = fs.statSync(file).ino;
      if (asRoot) {
        fs.chmodSync(dir, 0o755);
        fs.chmodSync(folder, 0o755);
        fs.chownSync(file, nobody, nobody);
      } else fs.chmodSync(folder, 0o555);
      const run = runCli(['--fix', 'a.imr'], asRoot ? { cwd: folder, uid: nobody, gid: nobody } : { cwd: folder });
      fs.chmodSync(folder, 0o755);
      assert.equal(run.status, 1, run.stderr);
      assert.match(run.stderr, /fixed 1 file/);
      assert.equal(fs.statSync(file).ino, inode);
      assert.match(fs.readFileSync(file, 'utf8'), /^Tramadol 50mg #60: Upheld$/m);
      assert.deepEqual(fs.readdirSync(folder), ['a.imr']);
    });
  });

  describe('refusals', () => {
    it('a read-only file is refused with a message, never replaced', () => {
      const dir = temp({ 'locked.imr': defects });
      const file = path.join(dir, 'locked.imr');
      fs.chmodSync(file, 0o444);
      const inode = fs.statSync(file).ino;
      const run = runCli(['--fix', 'locked.imr'], { cwd: dir });
      assert.equal(run.status, 2);
      assert.match(run.stderr, /^imr-lint: locked\.imr: read-only; not changed\.$/m);
      assert.doesNotMatch(run.stderr, /fixed/);
      assert.equal(fs.readFileSync(file, 'utf8'), defects);
      assert.equal(fs.statSync(file).ino, inode);
      assert.equal(fs.statSync(file).mode & 0o7777, 0o444);
      // The report is of the file as it still is.
      assert.match(run.stdout, /item-decision-invalid/);
      assertNoContent(run);
    });

    for (const [kind, makeLinks] of [
      ['replaced by a rename', () => undefined],
      ['rewritten in place (hard links)', (file: string) => fs.linkSync(file, `${file}.link`)],
    ] as const) {
      it(`a file that changed on disk after it was read is not overwritten (${kind})`, () => {
        const dir = temp({ 'a.imr': defects });
        const file = path.join(dir, 'a.imr');
        makeLinks(file);
        const read = readLetterBytes(file);
        const edited = `${defects}An edit made meanwhile.\n`;
        fs.writeFileSync(file, edited);
        assert.throws(() => writeBack(file, read, defects.replace(': Uphold', ': Upheld')), (error: unknown) => {
          assert.ok(error instanceof FileFailure);
          assert.match(error.message, /a\.imr: changed on disk while it was being fixed; not changed\./);
          assert.ok(!error.message.includes('edit made'));
          return true;
        });
        assert.equal(fs.readFileSync(file, 'utf8'), edited);
        assert.deepEqual(fs.readdirSync(dir).filter((n) => n.endsWith('.tmp')), [], 'no temporary file left');
      });
    }

    it('one file that fails does not stop the others; each is reported and the exit code is 2', () => {
      const dir = temp({ 'a-latin1.imr': latin1, 'b-locked.imr': defects, 'c.imr': defects });
      fs.chmodSync(path.join(dir, 'b-locked.imr'), 0o444);
      const run = runCli(['--fix', '--format', 'json', '.'], { cwd: dir });
      assert.equal(run.status, 2);
      const lines = run.stderr.trimEnd().split('\n');
      assert.deepEqual(lines, [
        'imr-lint: ./a-latin1.imr: not UTF-8; convert it first. It was not checked or changed.',
        'imr-lint: ./b-locked.imr: read-only; not changed.',
        'imr-lint: fixed 1 file.',
      ]);
      assert.match(fs.readFileSync(path.join(dir, 'c.imr'), 'utf8'), /: Upheld$/m);
      assert.deepEqual(fs.readFileSync(path.join(dir, 'a-latin1.imr')), latin1);
      assert.equal(fs.readFileSync(path.join(dir, 'b-locked.imr'), 'utf8'), defects);
      const report = JSON.parse(run.stdout) as JsonReport;
      assert.deepEqual(report.files.map((f) => f.path), ['./b-locked.imr', './c.imr'], 'every letter that could be read is reported');
      assert.ok(report.files[0].diagnostics.length > report.files[1].diagnostics.length, 'the refused file is reported as it still is');
    });

    it('a pipe or a device given as an argument is refused, not waited on', () => {
      const dir = temp({ 'a.imr': defects });
      const made = spawnSync('mkfifo', [path.join(dir, 'pipe.imr')]);
      assert.equal(made.status, 0, 'mkfifo');
      for (const input of ['pipe.imr', '/dev/null']) {
        const run = runCli(['--fix', input], { cwd: dir, timeout: 20000 });
        assert.equal(run.status, 2, run.stderr);
        assert.equal(run.stderr, `imr-lint: ${input}: not a regular file; imr-lint reads files, folders and globs only.\n`);
      }
      // Inside a folder or under a glob a pipe is passed over, as anything that is not a letter file is.
      const walked = runCli(['--format', 'json', '.'], { cwd: dir, timeout: 20000 });
      assert.deepEqual((JSON.parse(walked.stdout) as JsonReport).files.map((f) => f.path), ['./a.imr']);
      const globbed = runCli(['--format', 'json', '*.imr'], { cwd: dir, timeout: 20000 });
      assert.deepEqual((JSON.parse(globbed.stdout) as JsonReport).files.map((f) => f.path), ['a.imr']);
      // Read directly (as when a file becomes a pipe after the arguments were looked at) it is refused too.
      assert.throws(() => readLetterBytes(path.join(dir, 'pipe.imr')), /pipe\.imr: not a regular file/);
    });
  });
});

// The workspace's letters checked from disk (server/src/node): what is read and what is not, the
// pause between letters, progress and cancellation, and re-checking a letter changed on disk.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { builtinCatalog } from '../../server/src/catalog';
import { allRules } from '../../server/src/rules';
import { defaultSettings } from '../../server/src/rules/types';
import { analyze } from '../../server/src/service/analysis';
import { WorkspaceLetters, type ScanProgress, type WorkspaceLetter } from '../../server/src/node/workspace-letters';
import { findLetterFiles, maxLetterBytes } from '../../server/src/node/workspace-files';
import { repoRoot } from '../helpers/repo-root';

const letter = fs.readFileSync(path.join(repoRoot(), 'test', 'fixtures', 'letters', 'two-items-2016.imr'), 'utf8');

function write(file: string, text: string | Buffer): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
}

interface Harness {
  letters: WorkspaceLetters;
  pauses: number;
  reports: number[];
  begun: number[];
  doneCount: number;
  updates: WorkspaceLetter[];
  cancelAfter?: number;
}

function harness(folders: string[], cancelAfter?: number): Harness {
  const h: Harness = { pauses: 0, reports: [], begun: [], doneCount: 0, updates: [], cancelAfter } as unknown as Harness;
  h.letters = new WorkspaceLetters({
    folders: () => folders,
    analyze: (text) => analyze(text, { catalog: builtinCatalog, settings: defaultSettings, rules: allRules }),
    pause: () => {
      h.pauses++;
      return new Promise((resolve) => setImmediate(resolve));
    },
    startProgress: async (): Promise<ScanProgress> => ({
      begin: (total) => h.begun.push(total),
      report: (done) => h.reports.push(done),
      done: () => h.doneCount++,
      get cancelled() {
        return h.cancelAfter !== undefined && h.reports.length >= h.cancelAfter;
      },
    }),
    onUpdate: (l) => h.updates.push(l),
  });
  return h;
}

describe('workspace letters from disk', () => {
  let root: string;
  let outside: string;
  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'imr-ws-'));
    outside = fs.mkdtempSync(path.join(os.tmpdir(), 'imr-ws-outside-'));
  });
  afterEach(() => {
    fs.rmSync(root, { recursive: true, force: true });
    fs.rmSync(outside, { recursive: true, force: true });
  });

  it('finds .imr letters in sub-folders, never in node_modules, hidden folders or through linked folders', async () => {
    write(path.join(root, 'a.imr'), letter);
    write(path.join(root, 'sub', 'b.IMR'), letter);
    write(path.join(root, 'notes.txt'), letter);
    write(path.join(root, 'node_modules', 'c.imr'), letter);
    write(path.join(root, '.git', 'd.imr'), letter);
    write(path.join(outside, 'e.imr'), letter);
    fs.symlinkSync(outside, path.join(root, 'linked-folder'));
    const found = (await findLetterFiles([root])).map((f) => path.relative(root, f));
    assert.deepEqual(found, ['a.imr', path.join('sub', 'b.IMR')]);
  });

  it('checks every letter, pausing after each, under a progress report; skips what is not a letter to read', async () => {
    write(path.join(root, 'a.imr'), letter);
    write(path.join(root, 'b.imr'), letter.replace('CLINICAL CASE SUMMARY', 'Clinical Case Summary'));
    write(path.join(root, 'huge.imr'), 'x'.repeat(maxLetterBytes + 1));
    write(path.join(root, 'latin1.imr'), Buffer.from([0x43, 0x61, 0x73, 0xe9, 0x0a]));
    write(path.join(outside, 'secret.imr'), letter);
    fs.symlinkSync(path.join(outside, 'secret.imr'), path.join(root, 'link-out.imr'));
    fs.symlinkSync(path.join(root, 'a.imr'), path.join(root, 'link-in.imr'));
    const h = harness([root]);
    h.letters.invalidate(false);
    await h.letters.ensureScanned();
    assert.deepEqual(h.letters.present().map((l) => l.row.file), ['a.imr', 'b.imr', 'link-in.imr']);
    assert.deepEqual(h.begun, [6]);
    assert.deepEqual(h.reports, [1, 2, 3, 4, 5, 6]);
    assert.equal(h.pauses, 6, 'one pause after each letter');
    assert.equal(h.doneCount, 1);
    const b = h.letters.get(pathToFileURL(path.join(root, 'b.imr')).href)!;
    assert.deepEqual(b.diagnostics.map((d) => d.code), ['section-heading-format']);
    assert.deepEqual(b.row.rules, ['section-heading-format']);
  });

  it('waits for the settings before the first scan', async () => {
    write(path.join(root, 'a.imr'), letter);
    const h = harness([root]);
    let scanned = false;
    const waiting = h.letters.ensureScanned().then(() => (scanned = true));
    await new Promise((resolve) => setImmediate(resolve));
    assert.equal(scanned, false);
    assert.equal(h.begun.length, 0);
    h.letters.invalidate(false);
    await waiting;
    assert.equal(h.letters.present().length, 1);
  });

  it('stops when the user cancels, stays stopped, and resumes for a report', async () => {
    for (let n = 0; n < 5; n++) write(path.join(root, `l${n}.imr`), letter);
    const h = harness([root], 2);
    h.letters.invalidate(false);
    await h.letters.ensureScanned();
    assert.equal(h.letters.present().length, 2);
    await h.letters.ensureScanned();
    assert.equal(h.begun.length, 1, 'a cancelled check is not restarted by the next pull');
    h.cancelAfter = undefined;
    await h.letters.ensureScanned({ resume: true });
    assert.equal(h.letters.present().length, 5);
  });

  it('re-checks a letter changed on disk and reports a deleted one once, empty', async () => {
    const file = path.join(root, 'a.imr');
    write(file, letter);
    const h = harness([root]);
    h.letters.invalidate(false);
    await h.letters.ensureScanned();
    const uri = pathToFileURL(file).href;
    const before = h.letters.get(uri)!;
    assert.deepEqual(before.diagnostics, []);

    const changed = h.letters.nextChange();
    write(file, letter.replace('CLINICAL CASE SUMMARY', 'Clinical Case Summary'));
    await h.letters.filesChanged([{ file, type: 'changed' }]);
    await changed;
    const after = h.letters.get(uri)!;
    assert.notEqual(after.resultId, before.resultId);
    assert.deepEqual(after.diagnostics.map((d) => d.code), ['section-heading-format']);

    fs.rmSync(file);
    await h.letters.filesChanged([{ file, type: 'deleted' }]);
    assert.equal(h.letters.get(uri), undefined);
    const last = h.updates[h.updates.length - 1];
    assert.equal(last.uri, uri);
    assert.equal(last.removed, true);
    assert.deepEqual(last.diagnostics, []);
    assert.equal(h.letters.present().length, 0);
  });

  it('ignores changes to files that are not letters or lie outside the folders', async () => {
    write(path.join(root, 'a.imr'), letter);
    write(path.join(outside, 'b.imr'), letter);
    const h = harness([root]);
    h.letters.invalidate(false);
    await h.letters.ensureScanned();
    await h.letters.filesChanged([
      { file: path.join(root, 'notes.json'), type: 'changed' },
      { file: path.join(outside, 'b.imr'), type: 'created' },
    ]);
    assert.deepEqual(h.letters.present().map((l) => l.row.file), ['a.imr']);
  });

  it('names the folder first when there are several', async () => {
    const second = fs.mkdtempSync(path.join(os.tmpdir(), 'imr-ws-second-'));
    try {
      write(path.join(root, 'a.imr'), letter);
      write(path.join(second, 'b.imr'), letter);
      const h = harness([root, second]);
      h.letters.invalidate(false);
      await h.letters.ensureScanned();
      // Rows come in file-name order; the temporary folders' names are random, so compare as a set.
      assert.deepEqual(h.letters.present().map((l) => l.row.file).sort(), [`${path.basename(root)}/a.imr`, `${path.basename(second)}/b.imr`].sort());
    } finally {
      fs.rmSync(second, { recursive: true, force: true });
    }
  });
});

// How well the case summary's requests are read on the real letters in ../shared/letters, read in
// place: in at least 90% of the letters whose summary names the disputed requests, the parser reads
// requests stated as disputed (or modified) that name every item; and item-summary-mismatch reports
// nothing on any of them (a false alarm costs more than a miss). Skipped when ../shared/letters is absent.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseLetter } from '../../server/src/letter/parse';
import { runRules } from '../../server/src/rules/engine';
import { itemSummaryMismatch } from '../../server/src/rules/item-summary-mismatch';
import { builtinCatalog } from '../../server/src/catalog';
import { sameTreatment, treatmentOf } from '../../server/src/rules/treatment-match';
import { repoRoot } from '../helpers/repo-root';

const folders = ['seeds', path.join('real', 'raw'), path.join('real', 'draft')];
const MIN_READ = 0.9;

/**
 * Letters whose summary does not name every disputed item, as a person reading them found: it names
 * the surgery but not its associated services, "additional physical therapy" for six modalities, or
 * other medications than the items. The rule has nothing to compare in them.
 */
const unstated = new Set([
  'CM16-0235869',
  'CM16-0238676',
  'CM16-0239569',
  'CM16-0245796',
  'CM17-0002892',
  'CM17-0007142',
  'CM17-0014449',
  'CM17-0015957',
]);

describe('corpus: the requests the case summaries name', function () {
  const root = path.join(repoRoot(), '..', 'shared', 'letters');
  if (!fs.existsSync(root)) {
    it('reads the requests of the real letters', function () {
      console.log(`summary requests: skipped, ${root} is absent`);
      this.skip();
    });
    return;
  }

  const stated: string[] = [];
  const read: string[] = [];
  const reports: string[] = [];
  before(() => {
    for (const folder of folders) {
      const dir = path.join(root, folder);
      if (!fs.existsSync(dir)) continue;
      for (const name of fs.readdirSync(dir).sort()) {
        const file = path.join(folder, name);
        const letter = parseLetter(fs.readFileSync(path.join(dir, name), 'utf8'));
        for (const f of runRules(letter, builtinCatalog, { rules: {}, profile: 'auto' }, [itemSummaryMismatch])) {
          reports.push(`${file}:${letter.lines.lineOf(f.start) + 1} ${f.message}`);
        }
        if (unstated.has(name.replace(/\.txt$/, ''))) continue;
        stated.push(file);
        const requests = letter.requests.map((r) => treatmentOf(r.text, builtinCatalog, r.collective === true));
        const items = letter.items.filter((i) => /[a-z]{3}/i.test(i.itemText)).map((i) => treatmentOf(i.itemText, builtinCatalog));
        const listed = letter.requests.some((r) => r.disputed || r.modified);
        if (listed && items.every((i) => requests.some((r) => sameTreatment(i, r, { quantity: false })))) read.push(file);
      }
    }
  });

  it(`reads the disputed requests, naming every item, in at least ${MIN_READ * 100}% of the letters that state them`, () => {
    const missed = stated.filter((f) => !read.includes(f));
    console.log(`summary requests: read in ${read.length} of ${stated.length} letters that state them; not read: ${missed.join(', ') || 'none'}`);
    assert.ok(stated.length > 0, 'no letters under ../shared/letters');
    assert.ok(read.length / stated.length >= MIN_READ, `read in ${read.length} of ${stated.length}: ${missed.join(', ')}`);
  });

  it('reports no item-summary-mismatch on any real letter', () => {
    assert.deepEqual(reports, []);
  });
});

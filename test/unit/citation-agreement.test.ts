// Does the quick fix cite what the reviewer cited? Measured leave-one-letter-out on the shared letters
// (../shared/letters, read in place): for each letter the evidence is learned from all the others, and
// for each item whose MAXIMUS field cites a guideline the ranked suggestions are compared with it.
// The disagreements are printed so a change in the ranking can be judged item by item.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { builtinCatalog } from '../../server/src/catalog';
import { parseLetter } from '../../server/src/letter/parse';
import { caseFiles, measureAgreement, type Agreement } from './citation-agreement-measure';
import { repoRoot } from './repo-root';

const lettersDir = path.join(repoRoot(), '..', 'shared', 'letters');

// The targets: the preferred fix has the reviewer's part in 80% of items, part and topic in 65%, and the
// reviewer's citation is among the three offered in 90%. All three are met (82.0%, 69.5% and 90.6% when
// this was written) and gated at the targets, so the ranking cannot fall below them.
const gates = {
  part: 0.8,
  partAndTopic: 0.65,
  amongThree: 0.9,
};

describe('citation agreement with reviewers, leave-one-letter-out (../shared/letters)', function () {
  this.timeout(120_000);
  let result: Agreement | undefined;

  before(function () {
    if (!fs.existsSync(lettersDir)) {
      console.log('      skipped: ../shared/letters is absent here, so there is nothing to measure against');
      this.skip();
    }
    const letters = caseFiles(lettersDir).map((file) => parseLetter(fs.readFileSync(file, 'utf8')));
    result = measureAgreement(letters, builtinCatalog);
    const share = (n: number) => `${((100 * n) / result!.items).toFixed(1)}%`;
    console.log(
      `      ${result.items} items: part ${share(result.part)}, part and topic ${share(result.partAndTopic)}, among three ${share(result.amongThree)}`,
    );
    for (const d of result.disagreements) {
      console.log(`      - letter ${d.letter + 1}, "${d.item.slice(0, 60)}": offered ${d.offered.join(' | ') || 'nothing'}; cited ${d.cited.join(' | ')}`);
    }
  });

  it('measures enough items to mean something', () => {
    assert.ok(result!.items >= 100, `${result!.items} items`);
  });

  it(`the preferred fix has the reviewer's part and topic in at least ${gates.partAndTopic * 100}% of items (the target)`, () => {
    assert.ok(result!.partAndTopic / result!.items >= gates.partAndTopic, `${result!.partAndTopic} of ${result!.items}`);
  });

  it(`the preferred fix has the reviewer's part in at least ${gates.part * 100}% of items (the target)`, () => {
    assert.ok(result!.part / result!.items >= gates.part, `${result!.part} of ${result!.items}`);
  });

  it(`the reviewer's citation is among the three offered in at least ${gates.amongThree * 100}% of items (the target)`, () => {
    assert.ok(result!.amongThree / result!.items >= gates.amongThree, `${result!.amongThree} of ${result!.items}`);
  });
});

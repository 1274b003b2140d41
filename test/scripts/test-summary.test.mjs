// npm test's summary: mocha's closing lines read into counts, and the table with its closing line.
import { describe, it } from 'mocha';
import assert from 'node:assert/strict';
import { mochaCounts, summaryTable } from '../../scripts/lib/test-summary.mjs';

describe('npm test summary', () => {
  it('reads passing, failing and pending from mocha, colours and prefixes aside, summed over runs', () => {
    const output = '  3 passing (2s)\n  1 pending\n\u001b[31m  2 failing\u001b[0m\nlog: 4 passing (1s)\n';
    assert.deepEqual(mochaCounts(output), { passing: 7, failing: 2, skipped: 1 });
    assert.deepEqual(mochaCounts('no test output'), { passing: 0, failing: 0, skipped: 0 });
  });

  it('counts a part that failed without a failing test as one failure, and ends with the totals line', () => {
    const table = summaryTable([
      { name: 'compile', ok: true, seconds: 1.2 },
      { name: 'unit', ok: false, code: 1, seconds: 3, passing: 5, failing: 2, skipped: 1 },
      { name: 'e2e', ok: false, signal: 'SIGKILL', seconds: 3, passing: 0, failing: 0, skipped: 0 },
    ]);
    const lines = table.split('\n');
    assert.match(lines[0], /^part\s+result\s+passing\s+failing\s+skipped\s+time$/);
    assert.match(table, /^unit\s+FAILED \(exit 1\)\s+5\s+2\s+1\s+3\.0 s$/m);
    assert.match(table, /^e2e\s+FAILED \(SIGKILL\)\s+0\s+1\s+0\s+3\.0 s$/m);
    assert.equal(lines[lines.length - 1], 'total: 5 passed, 3 failed, 1 skipped');
  });
});

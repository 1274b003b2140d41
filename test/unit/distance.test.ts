// The bounded edit distance agrees with the plain dynamic-programming definition it speeds up.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { editDistance } from '../../server/src/text/distance';

/** Optimal string alignment distance, the whole table: slow and obviously right. */
function reference(a: string, b: string): number {
  const d: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    d.push([]);
    for (let j = 0; j <= b.length; j++) {
      if (i === 0 || j === 0) {
        d[i].push(i + j);
        continue;
      }
      let v = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2][j - 2] + 1);
      d[i].push(v);
    }
  }
  return d[a.length][b.length];
}

describe('edit distance', () => {
  const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'd'), maxLength: 10 });

  it('equals the full table without a bound', () => {
    fc.assert(fc.property(word, word, (a, b) => editDistance(a, b) === reference(a, b)), { numRuns: 2000 });
  });

  it('within a bound, is exact up to it and says "more" beyond it', () => {
    fc.assert(
      fc.property(word, word, fc.integer({ min: 0, max: 3 }), (a, b, max) => {
        const exact = reference(a, b);
        const bounded = editDistance(a, b, max);
        return exact <= max ? bounded === exact : bounded > max;
      }),
      { numRuns: 2000 },
    );
  });

  it('counts a transposition as one edit', () => {
    assert.equal(editDistance('DECISONS', 'DECISIONS', 2), 1);
    assert.equal(editDistance('diagnositc', 'diagnostic', 2), 1);
  });
});

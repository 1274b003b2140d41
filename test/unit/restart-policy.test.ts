// The client's answer to a language server that stops: at once, then after a growing wait, then no
// more after too many stops in a short time.
import * as assert from 'node:assert/strict';
import { decideRestart, defaultRestartPolicy, type RestartPolicy } from '../../client/src/restart-policy';

const policy: RestartPolicy = { maxStops: 5, windowMs: 180_000, firstDelayMs: 1_000, maxDelayMs: 4_000 };

describe('restart policy', () => {
  it('restarts at once after a first stop', () => {
    assert.deepEqual(decideRestart([], 10_000, policy), { restart: true, delayMs: 0 });
  });

  it('waits longer after each further stop in the window, up to the longest wait, then gives up', () => {
    const stops: number[] = [];
    const decisions = [];
    for (let n = 0; n < 5; n++) {
      const now = 1_000_000 + n * 10_000;
      decisions.push(decideRestart(stops, now, policy));
      stops.push(now);
    }
    assert.deepEqual(decisions, [
      { restart: true, delayMs: 0 },
      { restart: true, delayMs: 1_000 },
      { restart: true, delayMs: 2_000 },
      { restart: true, delayMs: 4_000 },
      { restart: false, stops: 5 },
    ]);
  });

  it('forgets stops older than the window', () => {
    const longAgo = [0, 1_000, 2_000, 3_000];
    assert.deepEqual(decideRestart(longAgo, 200_000, policy), { restart: true, delayMs: 0 });
    assert.deepEqual(decideRestart([...longAgo, 190_000], 200_000, policy), { restart: true, delayMs: 1_000 });
  });

  it('by default gives up on the fifth stop within three minutes', () => {
    const { maxStops, windowMs } = defaultRestartPolicy;
    assert.equal(maxStops, 5);
    assert.equal(windowMs, 180_000);
    assert.equal(decideRestart([1, 2, 3, 4], 5).restart, false);
    assert.equal(decideRestart([1, 2, 3], 5).restart, true);
  });
});

// When the language server stops unexpectedly: restart it at once the first time, then wait longer
// after each further stop, and give up after too many in a short time (a crash loop), so the editor
// is not kept busy restarting a server that cannot run. Pure: the extension keeps the times.

export interface RestartPolicy {
  /** Stops within `windowMs` (this one included) after which the server is not restarted. */
  maxStops: number;
  windowMs: number;
  /** The wait before the second restart in the window; it doubles with each further one. */
  firstDelayMs: number;
  maxDelayMs: number;
}

export const defaultRestartPolicy: RestartPolicy = { maxStops: 5, windowMs: 3 * 60_000, firstDelayMs: 1_000, maxDelayMs: 16_000 };

export type RestartDecision = { restart: true; delayMs: number } | { restart: false; stops: number };

/**
 * What to do about a stop at `now`, given the times of the earlier stops (milliseconds, any order).
 * Only the stops within the window count, so a server that stopped once an hour ago restarts at once.
 */
export function decideRestart(earlierStops: readonly number[], now: number, policy: RestartPolicy = defaultRestartPolicy): RestartDecision {
  const recent = earlierStops.filter((t) => t <= now && now - t < policy.windowMs).length;
  if (recent + 1 >= policy.maxStops) return { restart: false, stops: recent + 1 };
  const delayMs = recent === 0 ? 0 : Math.min(policy.maxDelayMs, policy.firstDelayMs * 2 ** (recent - 1));
  return { restart: true, delayMs };
}

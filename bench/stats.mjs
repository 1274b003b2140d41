// Timing and statistics for the benchmark: repeated runs after warm-up, median and p95, and the
// log-log least-squares slope that says how time grows with size.
import { performance } from 'node:perf_hooks';

export function quantile(samples, q) {
  if (samples.length === 0) return NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  // Nearest rank: the p95 of 20 samples is the 19th, an observed value rather than an interpolation.
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil(q * sorted.length)));
  return sorted[rank - 1];
}

export const median = (samples) => quantile(samples, 0.5);
export const p95 = (samples) => quantile(samples, 0.95);

/** Milliseconds per call of `fn`, `reps` times after `warmup` untimed calls. */
export function sample(fn, { warmup = 5, reps = 30 } = {}) {
  for (let i = 0; i < warmup; i++) fn();
  const times = [];
  for (let i = 0; i < reps; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  return times;
}

/** The same for an async `fn`, one call at a time. */
export async function sampleAsync(fn, { warmup = 3, reps = 20 } = {}) {
  for (let i = 0; i < warmup; i++) await fn(i - warmup);
  const times = [];
  for (let i = 0; i < reps; i++) times.push(await fn(i));
  return times;
}

/** Slope of log(y) on log(x): 1 is linear growth, 2 quadratic. */
export function loglogSlope(xs, ys) {
  const lx = xs.map(Math.log);
  const ly = ys.map(Math.log);
  const mx = lx.reduce((a, b) => a + b, 0) / lx.length;
  const my = ly.reduce((a, b) => a + b, 0) / ly.length;
  let num = 0;
  let den = 0;
  for (let i = 0; i < lx.length; i++) {
    num += (lx[i] - mx) * (ly[i] - my);
    den += (lx[i] - mx) ** 2;
  }
  return num / den;
}

/** A number of milliseconds, printed to a useful precision. */
export function ms(value) {
  if (!Number.isFinite(value)) return '—';
  if (value < 0.1) return `${(value * 1000).toFixed(0)} µs`;
  if (value < 10) return `${value.toFixed(2)} ms`;
  return `${value.toFixed(0)} ms`;
}

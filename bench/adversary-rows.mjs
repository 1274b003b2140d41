// Adversarial text timed at 1×, 10× and 100× its size: the long runs of white space and the repeated
// phrases that once made a regex or a loop superlinear. CPU time of this process (process.cpuUsage),
// not wall time, so other processes on the machine count less; the limit on the fitted exponent is
// generous. `npm test` proves the same by counting work (test/unit/robust); this row shows the time.
import { loglogSlope, median } from './stats.mjs';

/** CPU milliseconds per call of `fn`, `reps` times after one untimed call. */
function cpuSample(fn, reps) {
  fn();
  const times = [];
  for (let i = 0; i < reps; i++) {
    const before = process.cpuUsage();
    fn();
    const used = process.cpuUsage(before);
    times.push((used.user + used.system) / 1000);
  }
  return times;
}

export function adversaryRows(check, base) {
  const summaryEnd = base.indexOf('\nIMR ISSUES');
  const inSummary = (extra) => base.slice(0, summaryEnd) + ' ' + extra + base.slice(summaryEnd);
  const rationale = base.indexOf('Decision rationale:') + 'Decision rationale:'.length;
  const inRationale = (extra) => base.slice(0, rationale) + ' ' + extra + base.slice(rationale);
  const em = '\u2003';
  const adversaries = [
    { what: 'a header line with a gap of spaces between two words', text: (k) => `Case Number: CM16${' '.repeat(k)}x\n${base}`, n: 1_000 },
    { what: 'an item heading with a run of em spaces', text: (k) => `${base}\nThe original request, Soma${em.repeat(k)}x: Upheld\nClaims Administrator guideline: x\n`, n: 1_000 },
    { what: 'a request list with a run of em spaces', text: (k) => inSummary(`Request(s) under consideration include Soma,${em.repeat(k)}x.`), n: 1_000 },
    { what: 'a run of tabs and no-break spaces', text: (k) => inSummary('\t\u00a0'.repeat(k / 2) + 'x'), n: 1_000 },
    { what: '`: Upheld` on one line', text: (k) => inSummary(': Upheld'.repeat(k / 10)), n: 1_000 },
    { what: '`not medically necessary` in one sentence', text: (k) => inRationale('not medically necessary '.repeat(k / 20)), n: 1_000 },
  ];
  const factors = [1, 10, 100];
  return adversaries.map(({ what, text, n }) => {
    const samples = factors.map((f) => {
      const t = text(n * f);
      return cpuSample(() => check(t), f === 100 ? 3 : 10);
    });
    const slope = loglogSlope(factors, samples.map((s) => Math.max(median(s), 0.01)));
    return {
      what: `adversary: ${what}, ${factors.map((f) => `${(n * f).toLocaleString('en-US')}`).join(' / ')} characters (CPU time)`,
      median: samples.map(median),
      p95: samples.map((s) => Math.max(...s)),
      target: 'linear: exponent ≤ 1.3',
      ratio: `fitted exponent ${slope.toFixed(2)}`,
      pass: slope <= 1.3,
    };
  });
}

// Every regular expression and loop the parser and the rules apply to letter text must run in linear
// time: a letter pasted from a PDF can hold any repetition. For each adversarial string, parseLetter
// and each rule are timed at size n and 4n; linear code takes about 4x as long, quadratic 16x. The
// bound is 8x. Times are the minimum of three runs (other processes only ever add time), each run on
// a fresh parse so no cached result (a rationale's conclusion) hides the work; times under 10 ms at 4n
// are too small to judge and pass.
import * as assert from 'node:assert/strict';
import { parseLetter } from '../../../server/src/letter/parse';
import type { Letter } from '../../../server/src/letter/model';
import { allRules } from '../../../server/src/rules';
import { runRules } from '../../../server/src/rules/engine';
import { builtinCatalog } from '../../../server/src/catalog';
import { defaultSettings } from '../../../server/src/rules/types';
import { inLetter } from './letters';

// Linear work grows 4x for 4x input, quadratic 16x; 10 sits between with room for garbage-collection
// noise on a busy 2-core machine.
const maxRatio = 10;
const measurableMs = 10;
const runs = 3;

interface Adversary {
  name: string;
  /** The document for `n` repetitions. */
  text: (n: number) => string;
  n: number;
}

const adversaries: Adversary[] = [
  { name: '`: Upheld` on one line', text: (n) => inLetter('maximus', ': Upheld'.repeat(n)), n: 5_000 },
  { name: '`Soma: Upheld` lines (items without fields)', text: (n) => inLetter('rationale', '\nSoma: Upheld'.repeat(n)), n: 1_000 },
  { name: '`Decision based on MTUS `', text: (n) => inLetter('maximus', 'Decision based on MTUS '.repeat(n)), n: 2_000 },
  { name: '`Decision based on MTUS ` with no letter around it', text: (n) => 'Decision based on MTUS '.repeat(n), n: 2_000 },
  { name: '`Section(s): , , ,`', text: (n) => inLetter('maximus', 'Section(s): , , ,'.repeat(n)), n: 2_000 },
  { name: '`Page(s):` and commas', text: (n) => inLetter('maximus', 'Page(s): ' + '1, '.repeat(n)), n: 5_000 },
  { name: 'Non-MTUS and ODG citations', text: (n) => inLetter('maximus', 'Decision based on Non-MTUS Citation Official Disability Guidelines (ODG) '.repeat(n)), n: 500 },
  { name: 'a run of colons', text: (n) => inLetter('maximus', ':'.repeat(n)), n: 20_000 },
  { name: 'colons on their own lines', text: (n) => inLetter('rationale', '\n:'.repeat(n)), n: 5_000 },
  { name: 'a run of digits', text: (n) => inLetter('summary', '1'.repeat(n)), n: 20_000 },
  { name: 'digits and slashes', text: (n) => inLetter('summary', '1/'.repeat(n)), n: 10_000 },
  { name: 'dates run together', text: (n) => inLetter('summary', '12/12/'.repeat(n)), n: 5_000 },
  { name: 'digits and dashes', text: (n) => inLetter('summary', '12-'.repeat(n)), n: 10_000 },
  { name: 'month names without years', text: (n) => inLetter('summary', 'January 12, '.repeat(n)), n: 2_000 },
  { name: 'a run of @', text: (n) => inLetter('summary', '@'.repeat(n)), n: 20_000 },
  { name: 'a run of -', text: (n) => inLetter('summary', '-'.repeat(n)), n: 20_000 },
  { name: 'a run of #', text: (n) => inLetter('summary', '#'.repeat(n)), n: 20_000 },
  { name: 'a run of spaces', text: (n) => inLetter('summary', ' '.repeat(n) + 'x'), n: 20_000 },
  { name: 'placeholders and phone numbers', text: (n) => inLetter('summary', '[NAME] XXX (555) 201-7788 '.repeat(n)), n: 1_000 },
  { name: 'requests listed without end', text: (n) => inLetter('summary', 'Request(s) under consideration include ' + 'Soma, and '.repeat(n)), n: 2_000 },
  { name: 'UR decisions in one sentence', text: (n) => inLetter('summary', 'utilization review non-certified the request for Soma 350mg #90 and '.repeat(n)), n: 200 },
  { name: 'requests referred back to', text: (n) => inLetter('summary', 'The provider requested Soma. All of these requests were denied. '.repeat(n)), n: 500 },
  { name: 'a request list of parentheses and numbers', text: (n) => inLetter('summary', 'Request(s) under consideration include ' + '(1) Soma (x, y, '.repeat(n)), n: 1_000 },
  { name: 'a request list one a line', text: (n) => inLetter('summary', 'Request(s) under consideration include:\n' + 'Soma 350mg #90\n'.repeat(n)), n: 1_000 },
  { name: 'a drug named over and over in a rationale', text: (n) => inLetter('rationale', 'Soma 250mg #30 patch, '.repeat(n)), n: 1_000 },
  { name: 'section headings repeated', text: (n) => 'HOW THE IMR FINAL DETERMINATION WAS MADE\nCLINICAL CASE SUMMARY\nIMR ISSUES, DECISIONS AND RATIONALES\n'.repeat(n), n: 500 },
  { name: 'near-miss heading lines', text: (n) => inLetter('summary', '\nIMR ISSUES DECISIONS RATIONALE'.repeat(n)), n: 1_000 },
  { name: 'astral characters and combining marks', text: (n) => inLetter('summary', '😀e\u0301𝔄'.repeat(n)), n: 10_000 },
  // One sentence saying "medically necessary" over and over: each mention is judged in its sentence.
  { name: '`not medically necessary` in one sentence', text: (n) => inLetter('rationale', 'not medically necessary '.repeat(n)), n: 500 },
  { name: '`medical necessity has not been` in one sentence', text: (n) => inLetter('rationale', 'the medical necessity of it has not been '.repeat(n)), n: 300 },
  // One item whose fields repeat: every label is compared with the fields before it.
  { name: '`Claims Administrator guideline:` repeated in one item', text: (n) => inLetter('rationale', '\nClaims Administrator guideline: x'.repeat(n)), n: 2_000 },
  { name: '`MAXIMUS guideline:` repeated in one item', text: (n) => inLetter('rationale', '\nMAXIMUS guideline: x'.repeat(n)), n: 2_000 },
];

/** Minimum over `runs` fresh parses of the time parseLetter takes and each rule takes. */
function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

function timings(text: string): Map<string, number> {
  const best = new Map<string, number>();
  const keep = (name: string, ms: number) => best.set(name, Math.min(best.get(name) ?? Infinity, ms));
  for (let run = 0; run < runs; run++) {
    // Start each run from a collected heap (mocha runs with --expose-gc), so a collection the rest of
    // the suite left pending is not charged to the larger input.
    collectGarbage();
    let started = performance.now();
    const letter: Letter = parseLetter(text);
    keep('parseLetter', performance.now() - started);
    for (const rule of allRules) {
      started = performance.now();
      runRules(letter, builtinCatalog, defaultSettings, [rule]);
      keep(rule.id, performance.now() - started);
    }
  }
  return best;
}

function superLinear(small: Map<string, number>, large: Map<string, number>): { name: string; ratio: number; small: number; large: number }[] {
  const out = [];
  for (const [name, t4] of large) {
    if (t4 < measurableMs) continue;
    // Below 2 ms a timing is mostly noise; clamp so a tiny small-input time cannot fake a ratio.
    const t1 = Math.max(small.get(name) ?? 0, 2);
    out.push({ name, ratio: t4 / t1, small: t1, large: t4 });
  }
  return out.sort((a, b) => b.ratio - a.ratio);
}

describe('robust: parsing and every rule run in linear time on adversarial text', () => {
  for (const adversary of adversaries) {
    it(`${adversary.name} (n = ${adversary.n} and ${4 * adversary.n})`, function () {
      const small = adversary.text(adversary.n);
      const large = adversary.text(4 * adversary.n);
      let measured = superLinear(timings(small), timings(large));
      // One more measurement before failing: a burst of load on a shared machine can fake a ratio.
      if (measured.some((m) => m.ratio >= maxRatio)) measured = superLinear(timings(small), timings(large));
      const worst = measured[0];
      this.test!.title += worst ? ` worst: ${worst.name} ${worst.small.toFixed(1)} -> ${worst.large.toFixed(1)} ms, ${worst.ratio.toFixed(1)}x` : ' all under 10 ms';
      const slow = measured.filter((m) => m.ratio >= maxRatio);
      assert.deepEqual(
        slow.map((m) => `${m.name}: ${m.small.toFixed(1)} ms at n, ${m.large.toFixed(1)} ms at 4n (${m.ratio.toFixed(1)}x)`),
        [],
        `super-linear on ${adversary.name} (${small.length} and ${large.length} characters)`,
      );
    });
  }

  // The parser alone, on more repetitions than the rules can be timed on in a test's budget: the
  // check whether a `Claims Administrator guideline:` label starts a new item reads the fields before it.
  it('parseLetter on `Claims Administrator guideline:` x 6,000 and 24,000 in one item', function () {
    const text = (n: number) => 'Claims Administrator guideline: x\n'.repeat(n);
    const parseMs = (source: string) => {
      let best = Infinity;
      for (let run = 0; run < runs; run++) {
        const started = performance.now();
        parseLetter(source);
        best = Math.min(best, performance.now() - started);
      }
      return best;
    };
    const [small, large] = [text(6_000), text(24_000)];
    let [t1, t4] = [parseMs(small), parseMs(large)];
    if (t4 / Math.max(t1, 1) >= maxRatio) [t1, t4] = [parseMs(small), parseMs(large)];
    const ratio = t4 / Math.max(t1, 1);
    this.test!.title += ` ${t1.toFixed(1)} -> ${t4.toFixed(1)} ms, ${ratio.toFixed(1)}x`;
    assert.ok(t4 < measurableMs || ratio < maxRatio, `parseLetter: ${t1.toFixed(1)} ms at n, ${t4.toFixed(1)} ms at 4n (${ratio.toFixed(1)}x)`);
  });
});

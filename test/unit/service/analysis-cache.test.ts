// The analysis cache: work on a text nobody will see stops (an edit, a cancelled request), two texts
// sent with one version number are told apart, and the findings are capped. The cache pauses before
// every step here (slice of 0 ms), so when it stops is decided by events, not by time.
import * as assert from 'node:assert/strict';
import { analyze, AnalysisCache, type AnalysisInputs } from '../../../server/src/service/analysis';
import { diagnosticsOf } from '../../../server/src/service/diagnostics';
import { allRules } from '../../../server/src/rules';
import { builtinCatalog } from '../../../server/src/catalog';
import { defaultSettings, type Rule } from '../../../server/src/rules/types';
import { fixtureText } from './fixture';

const letter = fixtureText('two-items-2016.imr');
const defective = letter.replace(': Upheld', ': Uphold');
const uri = 'file:///cache.imr';
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** A cache whose rules count the texts they were run on. */
function countingCache() {
  const checked: string[] = [];
  const counting: Rule = {
    id: 'counting',
    defaultSeverity: 'info',
    description: 'Counts the texts it checks.',
    check: ({ letter: l }) => void checked.push(l.source),
  };
  const inputs = (): AnalysisInputs => ({ catalog: builtinCatalog, settings: defaultSettings, rules: [counting, ...allRules] });
  return { cache: new AnalysisCache(inputs, nextTurn, 0), checked };
}

describe('analysis cache', () => {
  it('an edit stops the analysis of the text it replaced; its requests learn the text is stale', async () => {
    const { cache, checked } = countingCache();
    const first = cache.analyse(uri, 1, letter);
    cache.changed(uri);
    const second = cache.analyse(uri, 2, defective);
    assert.deepEqual(await first, { cancelled: 'stale' });
    const outcome = await second;
    assert.ok('analysis' in outcome && outcome.analysis.letter.source === defective);
    assert.deepEqual(checked, [defective], 'the rules ran on the new text only');
    assert.deepEqual(cache.counts, { completed: 1, stopped: 1 });
  });

  it('a newer version asked for stops the older one without being told of the edit', async () => {
    const { cache, checked } = countingCache();
    const first = cache.analyse(uri, 1, letter);
    const second = cache.analyse(uri, 2, defective);
    assert.deepEqual(await first, { cancelled: 'stale' });
    assert.ok('analysis' in (await second));
    assert.deepEqual(checked, [defective]);
  });

  it('a cancelled request stops the work it alone was waiting for', async () => {
    const { cache, checked } = countingCache();
    const token = { isCancellationRequested: false };
    const outcome = cache.analyse(uri, 1, letter, token);
    token.isCancellationRequested = true;
    assert.deepEqual(await outcome, { cancelled: 'request' });
    assert.deepEqual(checked, []);
    assert.deepEqual(cache.counts, { completed: 0, stopped: 1 });
  });

  it('a cancelled request leaves the work to the others waiting for it', async () => {
    const { cache, checked } = countingCache();
    const token = { isCancellationRequested: false };
    const cancelled = cache.analyse(uri, 1, letter, token);
    const kept = cache.analyse(uri, 1, letter);
    token.isCancellationRequested = true;
    assert.deepEqual(await cancelled, { cancelled: 'request' });
    assert.ok('analysis' in (await kept));
    assert.deepEqual(checked, [letter]);
  });

  it('a settings change lets the analysis under way answer the requests that asked before it; only the new one is kept', async () => {
    const { cache, checked } = countingCache();
    const before = cache.analyse(uri, 1, letter);
    cache.invalidate();
    const after = cache.analyse(uri, 1, letter);
    assert.ok('analysis' in (await before));
    assert.ok('analysis' in (await after));
    assert.deepEqual(checked, [letter, letter], 'checked again under the new settings');
    const again = await cache.analyse(uri, 1, letter);
    assert.ok('analysis' in again && 'analysis' in (await after) && again.analysis === ((await after) as { analysis: unknown }).analysis);
  });

  it('two texts sent with one version number each get their own findings', async () => {
    const { cache } = countingCache();
    const rulesOf = (findings: { ruleId: string }[]) => findings.map((f) => f.ruleId).filter((id) => id !== 'counting');
    assert.deepEqual(rulesOf(cache.get(uri, 1, () => letter).findings), []);
    assert.deepEqual(rulesOf(cache.get(uri, 1, () => defective).findings), ['item-decision-invalid']);
    const outcome = await cache.analyse(uri, 1, letter);
    assert.ok('analysis' in outcome && outcome.analysis.letter.source === letter);
  });
});

describe('the findings cap', () => {
  const inputs = (maxFindings?: number): AnalysisInputs => ({ catalog: builtinCatalog, settings: defaultSettings, rules: allRules, maxFindings });
  const upheld = (n: number) => `IMR ISSUES, DECISIONS AND RATIONALES\n${'x: Upheld\n'.repeat(n)}`;

  it('keeps the first findings by position and counts the rest', () => {
    const text = upheld(1_000);
    const all = analyze(text, inputs()).findings;
    const capped = analyze(text, inputs(100));
    assert.ok(all.length > 1_000);
    assert.deepEqual(capped.findings, all.slice(0, 100));
    assert.equal(capped.omitted, all.length - 100);
    const diagnostics = diagnosticsOf(capped, uri);
    assert.equal(diagnostics.length, 101);
    assert.equal(diagnostics[100].message, `${(all.length - 100).toLocaleString('en-US')} more problems not shown: only the first 100 are (setting imr.maxProblems).`);
    assert.deepEqual(diagnostics[100].range.start, { line: 1_001, character: 0 });
  });

  it('300,000 `x: Upheld` lines give 1,000 findings, not 1.2 million, and the heap stays bounded', function () {
    // The document is large on purpose; the bound is on memory, never on time.
    this.timeout(300_000);
    const gc = (globalThis as { gc?: () => void }).gc;
    gc?.();
    const heapBefore = process.memoryUsage().heapUsed;
    const analysis = analyze(upheld(300_000), inputs(1_000));
    gc?.();
    const retainedMb = (process.memoryUsage().heapUsed - heapBefore) / 1e6;
    assert.equal(analysis.findings.length, 1_000);
    assert.ok(analysis.omitted > 1_190_000, `${analysis.omitted} omitted`);
    assert.ok(retainedMb < 500, `${retainedMb.toFixed(0)} MB retained`);
  });
});

// The language service facade in memory, without a transport: one status per fresh analysis, new
// settings checking every document again, the editor's cap against the CLI's every finding, and the
// new-letter parameters checked.
import * as assert from 'node:assert/strict';
import { createImrService, type Status } from '../../../server/src/service/imr-service';
import { builtinCatalog } from '../../../server/src/catalog';
import { allRules } from '../../../server/src/rules';
import { defaultSettings, type EngineSettings } from '../../../server/src/rules/types';
import { fixtureText } from './fixture';

const defective = fixtureText('two-items-2016.imr').replace(': Upheld', ': Uphold').replace('Decision rationale:', 'Decision rational:');
const document = (version: number, text = defective) => ({ uri: 'file:///service.imr', version, getText: () => text });

function service(settings: EngineSettings = defaultSettings) {
  const statuses: Status[] = [];
  return { statuses, imr: createImrService({ catalog: builtinCatalog, settings, rules: allRules, onAnalysed: (s) => statuses.push(s) }) };
}

async function analysisOf(imr: ReturnType<typeof service>['imr'], version: number) {
  const outcome = await imr.analyzeDocument(document(version));
  assert.ok('analysis' in outcome);
  return outcome.analysis;
}

describe('language service facade', () => {
  it('checks a closed letter in slices, pausing between them, with the same findings as at once', async () => {
    let pauses = 0;
    const imr = createImrService({ catalog: builtinCatalog, settings: defaultSettings, rules: allRules, pause: async () => void pauses++, sliceMs: 0 });
    const sliced = await imr.analyzeTextInSlices(defective);
    assert.ok(pauses > 1, `paused ${pauses} times`);
    assert.deepEqual(sliced.findings, imr.analyzeText(defective).findings);
  });

  it('reports the status of each fresh analysis once, and answers again from the cache', async () => {
    const { imr, statuses } = service();
    const first = await analysisOf(imr, 1);
    assert.equal(await analysisOf(imr, 1), first);
    assert.equal(statuses.length, 1);
    assert.deepEqual(statuses[0], imr.status('file:///service.imr', first));
    assert.ok(statuses[0].errors + statuses[0].warnings > 0);
    assert.deepEqual(imr.counts, { completed: 1, stopped: 0 });
  });

  it('checks every document again with new settings', async () => {
    const { imr, statuses } = service();
    const before = await analysisOf(imr, 1);
    const off = Object.fromEntries(before.findings.map((f) => [f.ruleId, 'off' as const]));
    imr.configure({ catalog: builtinCatalog, settings: { ...defaultSettings, rules: off } });
    const after = await analysisOf(imr, 1);
    assert.notEqual(after, before);
    assert.deepEqual(after.findings, []);
    assert.equal(statuses.length, 2);
  });

  it('caps an open document at imr.maxProblems; the text checked at once keeps every finding', async () => {
    const { imr } = service({ ...defaultSettings, maxProblems: 1 });
    const capped = await analysisOf(imr, 1);
    const all = imr.analyzeText(defective);
    assert.ok(all.findings.length > 1);
    assert.equal(capped.findings.length, 1);
    assert.equal(capped.omitted, all.findings.length - 1);
    assert.equal(imr.diagnostics(capped, 'file:///service.imr').length, 2, 'the finding and the line saying how many more');
  });

  it('writes a new letter in the profile form, and says which parameter cannot be used', () => {
    const { imr } = service({ ...defaultSettings, profile: '2014' });
    const written = imr.newLetter({ requests: 'Soma 350mg #90; Ambien 10mg #30' });
    assert.ok('letter' in written);
    assert.deepEqual(written.letter.requests, ['Soma 350mg #90', 'Ambien 10mg #30']);
    assert.deepEqual(imr.newLetter({ requests: 'Soma', form: '2020' }), { invalid: 'form must be "2016" or "2014".' });
    assert.deepEqual(imr.newLetter({ requests: 42 }), { invalid: 'requests must be text or a list of texts.' });
    assert.deepEqual(imr.newLetter(null), { invalid: 'requests must be text or a list of texts.' });
  });
});

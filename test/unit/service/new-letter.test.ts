// A letter written from its requests is one the checker accepts except for the «…» placeholders it
// leaves on purpose; its fields carry the catalog's suggested citation for each item.
import * as assert from 'node:assert/strict';
import { builtinCatalog } from '../../../server/src/catalog';
import { suggestCitations } from '../../../server/src/catalog/suggest';
import { newLetter } from '../../../server/src/service/new-letter';
import { letterFromRequestsActions, requestsOfDocument } from '../../../server/src/service/letter-from-requests';
import { provideCodeActions } from '../../../server/src/service/code-actions';
import { analyzeText, fixtureText } from './fixture';

const requests = ['Drug A 10mg #60', '12 sessions of physical therapy for the lumbar spine', 'MRI of the right knee', 'Norco 10/325mg #60'];

/** Every «…» the letter holds, as the placeholder rule reports them. */
function placeholders(text: string): string[] {
  return [...text.matchAll(/«[^«»\n]*»/g)].map((m) => m[0]);
}

for (const era of ['2016', '2014'] as const) {
  describe(`newLetter (${era} form)`, () => {
    const { text } = newLetter(requests, era, builtinCatalog);
    const analysis = analyzeText(text);

    it('passes every rule except placeholder, which flags exactly the «…» it leaves', () => {
      const others = analysis.findings.filter((f) => f.ruleId !== 'placeholder').map((f) => `${f.ruleId}: ${text.slice(f.start, f.end)}`);
      assert.deepEqual(others, []);
      const flagged = analysis.findings.filter((f) => f.ruleId === 'placeholder').map((f) => text.slice(f.start, f.end));
      assert.deepEqual(flagged, placeholders(text));
    });

    it(`is read as a ${era} letter with the three sections in order${era === '2016' ? ' and a header' : ' and no header'}`, () => {
      assert.equal(analysis.letter.era, era);
      assert.deepEqual(analysis.letter.sections.map((s) => s.kind), ['how', 'summary', 'issues']);
      assert.equal(analysis.letter.header !== undefined, era === '2016');
    });

    it('writes one block per request, its heading ending in the «Upheld/Overturned» choice', () => {
      assert.deepEqual(analysis.letter.items.map((i) => i.itemText), requests);
      assert.ok(analysis.letter.items.every((i) => i.decisionWord?.text === '«Upheld/Overturned»' && i.decision === undefined));
    });

    it("names the requests in the summary, as the checker reads them back", () => {
      assert.deepEqual(analysis.letter.requests.map((r) => r.text), requests);
    });

    it("fills both guideline fields with the catalog's suggestion, or a «citation» placeholder", () => {
      for (const item of analysis.letter.items) {
        for (const kind of ['claims', 'maximus'] as const) {
          const field = item.fields.find((f) => f.kind === kind)!;
          const suggested = suggestCitations(item.itemText, era, kind, builtinCatalog)[0]?.text ?? '«citation»';
          assert.equal(field.content.text, suggested, `${item.itemText} (${kind})`);
        }
      }
      assert.equal(analysis.letter.items[0].fields[0].content.text, '«citation»', 'the catalog does not know Drug A');
      assert.match(analysis.letter.items[3].fields[0].content.text, era === '2016' ? /Opioid Treatment 2016/ : /Page\(s\)/);
    });

    it('ends each rationale with a conclusion sentence that names the item', () => {
      for (const item of analysis.letter.items) {
        const rationale = item.fields.find((f) => f.kind === 'rationale')!;
        assert.ok(rationale.content.text.endsWith(`Therefore, the request for ${item.itemText} «is not/is» medically necessary.`), item.itemText);
      }
    });

    it('once the reviewer fills the placeholders in, nothing is left to report', () => {
      const filled = text
        .replace(/«case number»/g, 'CM16-0900001')
        .replace(/«MM\/DD\/YYYY»/g, '10/20/2016')
        .replace(/«Standard\/Expedited»/g, 'Standard')
        .replace(/«state»/g, 'California')
        .replace(/«specialty»/g, 'Family Practice')
        .replace(/«age»/g, '45')
        .replace(/«male\/female»/g, 'female')
        .replace(/«Upheld\/Overturned»/g, 'Upheld')
        .replace(/«is not\/is»/g, 'is not')
        .replace(/«citation»/g, 'The Claims Administrator did not cite any medical evidence for its decision.')
        .replace(/«[^«»\n]*»/g, 'The records document no functional improvement.');
      const ids = analyzeText(filled).findings.map((f) => f.ruleId);
      assert.ok(!ids.includes('placeholder') && !ids.includes('item-decision-missing') && !ids.includes('item-summary-mismatch'), ids.join(', '));
    });
  });
}

describe('newLetter, special cases', () => {
  it('with no request, writes one block with a «request» placeholder', () => {
    const { text, requests: none } = newLetter([], '2016', builtinCatalog);
    assert.deepEqual(none, []);
    const analysis = analyzeText(text);
    assert.deepEqual(analysis.letter.items.map((i) => i.itemText), ['«request»']);
    assert.deepEqual(analysis.findings.filter((f) => f.ruleId !== 'placeholder').map((f) => f.ruleId), []);
  });

  it('names requests holding a comma or "and" in a sentence the checker does not split', () => {
    const given = ['Acupuncture x 6, lumbar spine', 'Flurbiprofen 20% and lidocaine 5% cream 120gm'];
    const { text } = newLetter(given, '2016', builtinCatalog);
    const analysis = analyzeText(text);
    assert.deepEqual(analysis.letter.items.map((i) => i.itemText), given);
    assert.deepEqual(analysis.findings.filter((f) => f.ruleId !== 'placeholder').map((f) => f.ruleId), []);
  });
});

describe('"Start the letter from these requests" (code action)', () => {
  const uri = 'file:///tmp/requests.imr';
  const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

  it('replaces a pasted list of requests with the whole letter, in the 2016 form first', () => {
    const analysis = analyzeText('Norco 10/325mg #60\nMRI of the right knee\n');
    const actions = provideCodeActions(analysis, { uri, range, catalog: builtinCatalog, era: '2016' });
    const start = actions.filter((a) => a.kind === 'refactor.rewrite.letterFromRequests');
    assert.deepEqual(start.map((a) => a.title), ['Start the letter from these requests', 'Start the letter from these requests (2014–15 form)']);
    const edit = start[0].edit!.changes![uri][0];
    assert.deepEqual(edit.range, { start: { line: 0, character: 0 }, end: { line: 2, character: 0 } });
    assert.equal(edit.newText, newLetter(['Norco 10/325mg #60', 'MRI of the right knee'], '2016', builtinCatalog).text);
    assert.equal(start[1].edit!.changes![uri][0].newText, newLetter(['Norco 10/325mg #60', 'MRI of the right knee'], '2014', builtinCatalog).text);
  });

  it('writes the profile\'s form first when the profile names one', () => {
    const actions = letterFromRequestsActions(analyzeText('Soma 350mg #90'), uri, '2014', builtinCatalog);
    assert.match(actions[0].edit!.changes![uri][0].newText, /^HOW THE IMR FINAL DETERMINATION WAS MADE/);
  });

  it('is not offered in a letter, in an empty document, or in a long draft', () => {
    assert.deepEqual(requestsOfDocument(analyzeText(fixtureText('two-items-2016.imr'))), []);
    assert.deepEqual(requestsOfDocument(analyzeText('')), []);
    assert.deepEqual(requestsOfDocument(analyzeText('Norco 10/325mg #60\n'.repeat(60))), []);
    assert.deepEqual(requestsOfDocument(analyzeText('Norco 10/325mg #60: Upheld\nDecision rationale: not necessary.')), []);
    const inLetter = provideCodeActions(analyzeText(fixtureText('two-items-2016.imr')), { uri, range, catalog: builtinCatalog });
    assert.ok(!inLetter.some((a) => a.kind === 'refactor.rewrite.letterFromRequests'));
  });
});

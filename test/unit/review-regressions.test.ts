// Cases a review found with letters re-wrapped or re-spaced as PDF text and drafts are: the words of a
// fixed phrase may stand on two lines or with two spaces between them.
import * as assert from 'node:assert/strict';
import { letter2014, letter2016, mutate } from './rules/letters';
import { analyzeText } from './service/fixture';
import { parseLetter } from '../../server/src/letter/parse';

const ruleIds = (text: string) => analyzeText(text).findings.map((f) => f.ruleId);

describe('fixed phrases wrapped or re-spaced', () => {
  it('credentials-missing reads "State(s) of Licensure" split over two lines', () => {
    const wrapped = mutate(letter2016, 'State(s) of Licensure: California', 'State(s) of\nLicensure: California');
    assert.ok(!ruleIds(wrapped).includes('credentials-missing'));
  });

  it('credentials-missing reads the credentials with doubled spaces', () => {
    const spaced = mutate(letter2016, 'State(s) of Licensure: California', 'State(s)  of  Licensure:  California');
    assert.ok(!ruleIds(spaced).includes('credentials-missing'));
  });

  it('credentials-missing reads the 2014 sentence wrapped anywhere', () => {
    const wrapped = mutate(letter2014, 'is licensed to practice in California', 'is licensed to\npractice in California');
    assert.ok(!ruleIds(wrapped).includes('credentials-missing'));
  });
});

describe('the era of a letter', () => {
  it('is 2014 for a letter without header whose reviewer sentence is the 2014 one, before any citation is written', () => {
    const noCitations = letter2014.replace(/Page\(s\):[^\n]*/g, '').replace(/Chronic Pain Treatment Guidelines/g, '');
    assert.equal(parseLetter(noCitations).era, '2014');
  });

  it('is 2016 for a letter with a header or a credentials block', () => {
    assert.equal(parseLetter(letter2016.replace(/Section\(s\):/g, '')).era, '2016');
  });
});

describe('PDF text laid out in columns (pdftotext -layout)', () => {
  const layoutHeader = [
    'Case Number:          CM16-0900001',
    'Date Assigned:        11/10/2016                      Date of Injury:      01/05/2016',
    'Decision Date:        12/08/2016                      UR Denial Date:      10/20/2016',
    'Priority:             Standard                        Application          10/28/2016',
    '                                                      Received:',
    '',
  ].join('\n');

  it('reads two fields side by side on one line, and the split Application / Received: label', () => {
    const body = letter2016.slice(letter2016.indexOf('HOW THE IMR FINAL DETERMINATION WAS MADE'));
    const letter = parseLetter(`${layoutHeader}\n${body}`);
    assert.deepEqual(
      letter.header?.fields.map((f) => `${f.key}=${f.value?.text}`),
      [
        'caseNumber=CM16-0900001',
        'dateAssigned=11/10/2016',
        'dateOfInjury=01/05/2016',
        'decisionDate=12/08/2016',
        'urDenialDate=10/20/2016',
        'priority=Standard',
        'applicationReceived=10/28/2016',
      ],
    );
    assert.deepEqual(ruleIds(`${layoutHeader}\n${body}`).filter((id) => id.startsWith('header') || id.startsWith('date')), []);
  });

  it('reads a topic hyphenated at a line break as one word', () => {
    const hyphenated = mutate(letter2016, 'Section(s):\nPhysical medicine treatment.', 'Section(s): Physical medicine treatment, Electro-\ndiagnostic testing (EMG/NCS).');
    assert.ok(!ruleIds(hyphenated).includes('citation-unknown-topic'), ruleIds(hyphenated).join(', '));
  });
});

describe('the same drug request written differently', () => {
  const twoItems = (first: string, second: string) =>
    [
      'IMR ISSUES, DECISIONS AND RATIONALES',
      `${first}: Upheld`,
      'Claims Administrator guideline: The Claims Administrator did not cite any medical evidence for its decision.',
      'MAXIMUS guideline: Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s): Muscle relaxants (for pain).',
      'Decision rationale: Not recommended for long-term use. Therefore, the request is not medically necessary.',
      `${second}: Upheld`,
      'Claims Administrator guideline: The Claims Administrator did not cite any medical evidence for its decision.',
      'MAXIMUS guideline: Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s): Muscle relaxants (for pain).',
      'Decision rationale: Not recommended for long-term use. Therefore, the request is not medically necessary.',
      '',
    ].join('\n');

  for (const second of ['Soma 350 mg #30', 'SOMA 350MG #30', 'Carisoprodol 350mg #30']) {
    it(`item-duplicate: '30 Soma 350mg' and '${second}'`, () => {
      assert.ok(ruleIds(twoItems('30 Soma 350mg', second)).includes('item-duplicate'));
    });
  }

  it('item-duplicate: another quantity is another request', () => {
    assert.ok(!ruleIds(twoItems('Soma 350mg #30', 'Soma 350mg #90')).includes('item-duplicate'));
  });

  it('reads a two-digit year of the last century as such (a birth year, an old injury)', () => {
    const letter = parseLetter('The injured worker, born 4/5/64, was injured on 3/2/15.');
    assert.deepEqual(letter.dates.map((d) => d.year), [1964, 2015]);
  });
});

describe('a citation clause that names nothing', () => {
  for (const empty of ['Decision based on MTUS.', 'Decision based on Non-MTUS Citation.']) {
    it(`citation-missing reports '${empty}'`, () => {
      const text = mutate(letter2016, 'MAXIMUS guideline: Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s):\nPhysical medicine treatment.', `MAXIMUS guideline: ${empty}`);
      assert.ok(ruleIds(text).includes('citation-missing'), ruleIds(text).join(', '));
    });
  }
});

describe('the rationale naming the drug by another name', () => {
  it('item-rationale-mismatch compares "hydrocodone/APAP 10/325mg #90" with the heading "Norco 10/325mg #60"', () => {
    const text = [
      'IMR ISSUES, DECISIONS AND RATIONALES',
      'Norco 10/325mg #60: Upheld',
      'Claims Administrator guideline: The Claims Administrator did not cite any medical evidence for its decision.',
      'MAXIMUS guideline: Decision based on MTUS Opioid Treatment 2016, Section(s): 3.3.9 Opioids for Chronic Pain and Chronic Opioid Treatment: Maintenance of Chronic Opioid Treatment.',
      'Decision rationale: The current request is for hydrocodone/APAP 10/325mg #90. No functional improvement is documented. Therefore, the request is not medically necessary.',
      '',
    ].join('\n');
    const finding = analyzeText(text).findings.find((f) => f.ruleId === 'item-rationale-mismatch');
    assert.ok(finding, analyzeText(text).findings.map((f) => f.ruleId).join(', '));
    // The finding is on the heading; the rationale's mention is its related information.
    assert.equal(text.slice(finding.start, finding.end), 'Norco 10/325mg #60');
    assert.equal(text.slice(finding.related![0].start, finding.related![0].end), 'hydrocodone/APAP 10/325mg #90');
  });
});

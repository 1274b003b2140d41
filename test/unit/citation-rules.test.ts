// The six citation rules and the citation suggestions, on letters written for these tests.
import * as assert from 'node:assert/strict';
import { builtinCatalog, type CitationRef } from '../../server/src/catalog';
import { renderCitation, suggestCitations } from '../../server/src/catalog/suggest';
import { parseLetterFields } from '../../server/src/citations';
import { parseLetter } from '../../server/src/letter/parse';
import { runRules } from '../../server/src/rules/engine';
import type { Finding, Fix, Rule } from '../../server/src/rules/types';
import { citationMissing } from '../../server/src/rules/citation-missing';
import { citationUnknownGuideline } from '../../server/src/rules/citation-unknown-guideline';
import { citationUnknownTopic } from '../../server/src/rules/citation-unknown-topic';
import { citationPageUnusual } from '../../server/src/rules/citation-page-unusual';
import { citationBasisConflict } from '../../server/src/rules/citation-basis-conflict';
import { citationStyleMixed } from '../../server/src/rules/citation-style-mixed';

const citationRules: Rule[] = [citationMissing, citationUnknownGuideline, citationUnknownTopic, citationPageUnusual, citationBasisConflict, citationStyleMixed];

interface TestItem {
  text: string;
  claims: string;
  maximus: string;
}

/** A letter of our own in the 2016 form (header, credentials) or the 2014-15 form, with these items. */
function letterText(era: '2016' | '2014', items: TestItem[]): string {
  const header =
    era === '2016'
      ? ['Case Number: CM16-0000001', 'Date Assigned: 11/01/2016', 'Decision Date: 12/01/2016', 'Priority: Standard', 'Date of Injury: 01/02/2015', 'UR Denial Date: 10/01/2016', 'Application Received: 10/15/2016', '']
      : [];
  const lines = [
    ...header,
    'HOW THE IMR FINAL DETERMINATION WAS MADE',
    'MAXIMUS Federal Services sent the complete case file to an expert reviewer in active practice.',
    ...(era === '2016' ? ['The Expert Reviewer has the following credentials:', 'State(s) of Licensure: California', 'Certification(s)/Specialty: Family Practice'] : []),
    'CLINICAL CASE SUMMARY',
    'The expert reviewer developed the following clinical case summary based on a review of the',
    'case file, including all medical records:',
    'The injured worker is a 50 year old who was hurt at work. The requests were non-certified.',
    'IMR ISSUES, DECISIONS AND RATIONALES',
    'The Final Determination was based on decisions for the disputed items/services set forth below:',
  ];
  for (const item of items) {
    lines.push(
      `${item.text}: Upheld`,
      `Claims Administrator guideline: ${item.claims}`,
      `MAXIMUS guideline: ${item.maximus}`,
      `Decision rationale: The records do not support the request. The ${item.text} is not medically necessary.`,
    );
  }
  return `${lines.join('\n')}\n`;
}

function run(source: string, era: '2016' | '2014' = '2016', rules: Rule[] = citationRules): Finding[] {
  return runRules(parseLetter(source), builtinCatalog, { rules: {}, profile: era }, rules, {
    onRuleError: (id, error) => assert.fail(`${id} threw: ${String(error)}`),
  });
}

function findingsOf(rule: Rule, source: string, era: '2016' | '2014' = '2016'): { finding: Finding; text: string }[] {
  return run(source, era, [rule]).map((finding) => ({ finding, text: source.slice(finding.start, finding.end) }));
}

function applyFix(source: string, fix: Fix): string {
  let out = source;
  for (const edit of [...fix.edits].sort((a, b) => b.start - a.start)) out = out.slice(0, edit.start) + edit.newText + out.slice(edit.end);
  return out;
}

const ok2016 = 'Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s): Muscle relaxants (for pain).';
const ok2014 = 'Decision based on MTUS Chronic Pain Treatment Guidelines Carisoprodol (Soma) Page(s): 29.';
const one = (maximus: string, claims = ok2016, text = 'Soma 350mg #90'): string => letterText('2016', [{ text, claims, maximus }]);

describe('citation-missing', () => {
  it('reports an empty guideline field on its label and offers the item\'s citations, likeliest first', () => {
    const source = one('');
    const found = findingsOf(citationMissing, source);
    assert.equal(found.length, 1);
    assert.equal(found[0].text, 'MAXIMUS guideline:');
    assert.equal(found[0].finding.severity, 'error');
    const fixes = found[0].finding.fixes!;
    assert.equal(fixes.filter((f) => f.preferred).length, 1);
    assert.equal(fixes[0].preferred, true);
    const fixed = applyFix(source, fixes[0]);
    assert.ok(fixed.includes(`MAXIMUS guideline: ${ok2016}`), fixed);
    assert.deepEqual(run(fixed), []);
  });

  it('reports a field with text but no citation on that text, and can state that no evidence was cited', () => {
    const source = one('To be completed', 'Soma is not recommended.');
    const found = findingsOf(citationMissing, source);
    assert.deepEqual(found.map((f) => f.text), ['Soma is not recommended.', 'To be completed']);
    const statement = found[1].finding.fixes!.find((f) => f.title.includes('did not cite'))!;
    const fixed = applyFix(source, statement);
    assert.ok(fixed.includes('MAXIMUS guideline: The Expert Reviewer did not cite any medical evidence for its decision.'));
    assert.equal(findingsOf(citationMissing, fixed).length, 1);
  });

  it('offers 2014-15 citations in a 2014-15 letter', () => {
    const source = letterText('2014', [{ text: 'SOMA 350MG #90', claims: ok2014, maximus: '' }]);
    const [found] = findingsOf(citationMissing, source, '2014');
    assert.equal(applyFix(source, found.finding.fixes![0]).includes(`MAXIMUS guideline: ${ok2014}`), true);
  });

  it('accepts citations and the fixed statements', () => {
    assert.deepEqual(findingsOf(citationMissing, one('The Expert Reviewer did not cite any medical evidence for its decision.')), []);
    assert.deepEqual(findingsOf(citationMissing, one(ok2016)), []);
  });
});

describe('citation-unknown-guideline', () => {
  it('reports an unknown part on its label with the nearest part as the fix', () => {
    const source = one('Decision based on MTUS Low Bak Complaints 2004, Section(s): Summary.');
    const [found] = findingsOf(citationUnknownGuideline, source);
    assert.equal(found.text, 'Low Bak Complaints');
    assert.equal(found.finding.severity, 'warning');
    assert.match(found.finding.message, /did you mean "Low Back Complaints"/);
    assert.deepEqual(run(applyFix(source, found.finding.fixes![0])), []);
  });

  it('reports a year the part does not have, and a year printed with a space', () => {
    const source = one('Decision based on MTUS Low Back Complaints 2016, Section(s): Summary.', 'Decision based on MTUS Acupuncture Treatment 200 7.');
    const found = findingsOf(citationUnknownGuideline, source);
    assert.deepEqual(found.map((f) => f.text), ['200 7', '2016']);
    assert.equal(found[0].finding.fixes![0].safe, true);
    assert.equal(found[1].finding.fixes![0].edits[0].newText, '2004');
  });

  it('reports misprints of "Non-MTUS" and of part labels', () => {
    const source = one(
      'The Expert Reviewer did not base their decision on the MTUS. Decision based on Non- MTUS Citation ODG, Pain Chapter, Medical food.',
      'Decision based on MTUS Forewarm, Wrist, and Hand Complaints 2004.',
    );
    const found = findingsOf(citationUnknownGuideline, source);
    assert.deepEqual(found.map((f) => f.text), ['Forewarm, Wrist, and Hand Complaints', 'Non- MTUS']);
    assert.deepEqual(run(found.reduceRight((s, f) => applyFix(s, f.finding.fixes![0]), source)), []);
  });

  it('accepts known parts, variants and years', () => {
    assert.deepEqual(findingsOf(citationUnknownGuideline, one('Decision based on MTUS Elbow Complaints 2007, and Postsurgical Treatment Guidelines 2009.')), []);
  });
});

describe('citation-unknown-topic', () => {
  it('reports a known misspelling with a safe fix', () => {
    const source = one('Decision based on MTUS Low Back Complaints 2004, Section(s): Inital Care, Physical Methods.');
    const [found] = findingsOf(citationUnknownTopic, source);
    assert.equal(found.text, 'Inital Care');
    assert.equal(found.finding.fixes![0].safe, true);
    assert.deepEqual(run(applyFix(source, found.finding.fixes![0])), []);
  });

  it('reports a near miss with the nearest topic, and an unlisted section of a complete part', () => {
    const source = one(
      'Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s): Muscle relaxents (for pian).',
      'Decision based on MTUS Knee Complaints 2004, Section(s): Radiology Review.',
    );
    const found = findingsOf(citationUnknownTopic, source);
    assert.deepEqual(found.map((f) => f.text), ['Radiology Review', 'Muscle relaxents (for pian)']);
    assert.equal(found[0].finding.fixes, undefined);
    assert.equal(found[1].finding.fixes![0].edits[0].newText, 'Muscle relaxants (for pain)');
  });

  it('reports a page number given as a section, an ODG topic cited as MTUS, and an unknown numbered section', () => {
    const source = letterText('2016', [
      { text: 'Elbow MRI', claims: 'Decision based on MTUS Elbow Complaints 2007, Section(s): 326.', maximus: 'Decision based on MTUS Opioid Treatment 2016, Section(s): 9.9 Something.' },
      { text: 'Ambien 10mg', claims: 'Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s): Zolpidem (Ambien).', maximus: ok2016 },
    ]);
    const found = findingsOf(citationUnknownTopic, source);
    assert.deepEqual(found.map((f) => f.text), ['326', '9.9 Something', 'Zolpidem (Ambien)']);
    assert.match(found[0].finding.message, /page number/);
    assert.match(found[2].finding.message, /ODG/);
  });

  it('reports a name far from every Chronic Pain topic, the topic list being complete', () => {
    const found = findingsOf(citationUnknownTopic, one('Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s): Whole body vibration.'));
    assert.deepEqual(found.map((f) => f.text), ['Whole body vibration']);
    assert.deepEqual(findingsOf(citationUnknownTopic, one(ok2016)), []);
  });
});

describe('citation-page-unusual', () => {
  it('notes a 2009 page outside the usual range widened by two, naming the range', () => {
    const source = letterText('2014', [
      { text: 'Soma 350mg', claims: 'Decision based on MTUS Chronic Pain Treatment Guidelines Muscle relaxants (for pain) Page(s): 120.', maximus: 'Decision based on MTUS Chronic Pain Treatment Guidelines Carisoprodol (Soma) Page(s): 40-41.' },
    ]);
    const found = findingsOf(citationPageUnusual, source, '2014');
    assert.deepEqual(found.map((f) => f.text), ['120', '40-41']);
    assert.equal(found[0].finding.severity, 'info');
    assert.match(found[0].finding.message, /63–66/);
    assert.match(found[0].finding.message, /verified/);
  });

  it('accepts pages within two of the quoted or seed pages, and leaves 2016 pages to citation-style-mixed', () => {
    const source = letterText('2014', [
      { text: 'Valium 10mg', claims: 'Decision based on MTUS Chronic Pain Treatment Guidelines Benzodiazepines Page(s): 23.', maximus: 'Decision based on MTUS Chronic Pain Treatment Guidelines Benzodiazepines Page(s): 26.' },
      { text: 'Soma 350mg', claims: 'Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s): Muscle relaxants (for pain) Page(s): 120.', maximus: ok2014 },
    ]);
    assert.deepEqual(findingsOf(citationPageUnusual, source, '2014'), []);
  });
});

describe('citation-basis-conflict', () => {
  it('reports an MTUS citation after "did not base their decision on the MTUS"', () => {
    const source = one(`The Expert Reviewer did not base their decision on the MTUS. ${ok2016}`);
    const [found] = findingsOf(citationBasisConflict, source);
    assert.equal(found.text, 'Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s): Muscle relaxants (for pain)');
    assert.equal(found.finding.severity, 'error');
    assert.equal(source.slice(found.finding.related![0].start, found.finding.related![0].end), 'The Expert Reviewer did not base their decision on the MTUS');
    assert.deepEqual(run(applyFix(source, found.finding.fixes![0])), []);
  });

  it('reports a Non-MTUS citation that names an MTUS part, and a citation after "did not cite any medical evidence"', () => {
    const source = one(
      'The Expert Reviewer based their decision on recommendation(s) outside of the MTUS Guidelines. Decision based on Non-MTUS Citation Chronic Pain Medical Treatment 2016, Muscle relaxants.',
      'The Claims Administrator did not cite any medical evidence for its decision. Decision based on Non-MTUS Citation ODG, Pain Chapter, Medical food.',
    );
    const found = findingsOf(citationBasisConflict, source);
    assert.deepEqual(found.map((f) => f.text), [
      'Decision based on Non-MTUS Citation ODG, Pain Chapter, Medical food',
      'Chronic Pain Medical Treatment 2016',
    ]);
  });

  it('accepts an MTUS citation followed by a Non-MTUS one, and ACOEM 3rd edition chapters as Non-MTUS', () => {
    const source = one(
      `${ok2016} Decision based on Non-MTUS Citation ACOEM Occupational Medicine Practice Guidelines, 3rd ed., Shoulder Disorders, pg. 64.`,
      'The Claims Administrator based their decision on recommendation(s) outside of the MTUS Guidelines. Decision based on Non-MTUS Citation ODG, Pain Chapter, Medical food.',
    );
    assert.deepEqual(findingsOf(citationBasisConflict, source), []);
  });
});

describe('citation-style-mixed', () => {
  it('notes the minority style when a letter mixes Page(s): and Section(s):', () => {
    const source = letterText('2016', [
      { text: 'Soma 350mg', claims: ok2016, maximus: ok2016 },
      { text: 'Valium 10mg', claims: 'Decision based on MTUS Chronic Pain Treatment Guidelines Benzodiazepines Page(s): 24.', maximus: 'Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s): Benzodiazepines.' },
    ]);
    const found = findingsOf(citationStyleMixed, source);
    assert.deepEqual(found.map((f) => f.text), ['Page(s):']);
    assert.equal(found[0].finding.severity, 'info');
    assert.match(found[0].finding.message, /3 other places/);
  });

  it('notes pages given for a 2016 part, with a fix that removes them', () => {
    const source = one('Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s): Epidural steroid injections (ESIs) Page(s): 81.');
    const found = findingsOf(citationStyleMixed, source);
    assert.deepEqual(found.map((f) => f.text), ['Page(s): 81']);
    assert.deepEqual(run(applyFix(source, found[0].finding.fixes![0])), []);
  });

  it('accepts a letter written in one style', () => {
    const source = letterText('2014', [{ text: 'Soma 350mg', claims: ok2014, maximus: 'Decision based on MTUS Chronic Pain Treatment Guidelines Muscle relaxants (for pain) Page(s): 65.' }]);
    assert.deepEqual(run(source, '2014'), []);
  });

  describe('a letter in the 2014-15 form whose only MTUS citations name sections', () => {
    const nonMtus = 'The Claims Administrator did not base their decision on the MTUS. Decision based on Non-MTUS Citation ODG, Low Back Chapter, Gym memberships.';
    const sectioned = 'Decision based on MTUS Chronic Pain Treatment Guidelines, Section(s): Physical medicine treatment.';
    /** The 2014 form with the seed's reviewer sentence, or the basis statement, and no header or credentials. */
    const form2014 = (reviewer: boolean, maximus = sectioned) => {
      const source = letterText('2014', [{ text: 'Weight loss program x 12 weeks', claims: reviewer ? ok2014 : nonMtus, maximus }]);
      return reviewer
        ? source.replace('in active practice.', 'in active practice. The expert reviewer is Board Certified in Family Practice and is licensed\nto practice in California.')
        : source;
    };

    it('notes each Section(s): there, whatever era the citations alone suggest', () => {
      const source = form2014(false);
      // Read on its own (profile auto) the letter looks 2016 from its one citation; its layout says 2014.
      const auto = runRules(parseLetter(source), builtinCatalog, { rules: {}, profile: 'auto' }, [citationStyleMixed], {});
      assert.deepEqual(auto.map((f) => source.slice(f.start, f.end)), ['Section(s):']);
      assert.equal(auto[0].severity, 'info');
      assert.match(auto[0].message, /2014.15 form/);
      assert.deepEqual(findingsOf(citationStyleMixed, source, '2014').map((f) => f.text), ['Section(s):']);
    });

    it('reads the form from the reviewer sentence too, and notes a section after a Non-MTUS field', () => {
      const source = form2014(true, 'Decision based on MTUS Chronic Pain Treatment Guidelines, Section(s): Physical medicine treatment, and MTUS Low Back Complaints 2004, Section(s): Physical Methods.');
      // The Claims Administrator's field gives pages: the mixed-style note counts the sections as the majority.
      assert.equal(findingsOf(citationStyleMixed, source, '2016').length, 1);
      const sectionsOnly = form2014(true).replace(ok2014, nonMtus);
      assert.deepEqual(findingsOf(citationStyleMixed, sectionsOnly, '2016').map((f) => f.text), ['Section(s):']);
    });

    it('stays silent on a 2016 letter citing sections only, and on the 2014 form without its reviewer sentence or basis statement', () => {
      assert.deepEqual(findingsOf(citationStyleMixed, one(ok2016)), []);
      const bare = letterText('2014', [{ text: 'Soma 350mg', claims: ok2016, maximus: ok2016 }]);
      assert.deepEqual(findingsOf(citationStyleMixed, bare, '2016'), []);
    });
  });
});

describe('citation suggestions', () => {
  const c = builtinCatalog;

  /** Item text that names the kind: the first phrase of each of its match groups. */
  const kindText = (match: string[][]) => match.map((group) => group[0]).join(' ');

  it('writes the forms the issue specifies', () => {
    assert.equal(suggestCitations('Soma 350mg #90', '2016', 'maximus', c)[0].text, ok2016);
    assert.equal(suggestCitations('SOMA 350MG #90', '2014', 'maximus', c)[0].text, ok2014);
    assert.equal(
      suggestCitations('Ambien 10mg #30', '2014', 'maximus', c)[0].text,
      'The Expert Reviewer did not base their decision on the MTUS. Decision based on Non-MTUS Citation ODG, Pain Chapter, Zolpidem (Ambien).',
    );
    assert.match(suggestCitations('Theramine #60', '2016', 'claims', c)[0].text, /^The Claims Administrator based their decision on recommendation\(s\) outside of the MTUS Guidelines\./);
    assert.deepEqual(suggestCitations('Something unknown', '2016', 'claims', c), []);
  });

  it('marks exactly the first suggestion preferred, for every drug and item kind in both eras', () => {
    const texts = [...c.drugs.map((d) => d.brands[0] ?? d.generic[0]), ...c.itemKinds.map((k) => kindText(k.match))];
    for (const text of texts) {
      for (const era of ['2016', '2014'] as const) {
        const suggestions = suggestCitations(text, era, 'maximus', c);
        assert.ok(suggestions.length > 0, `${text} (${era})`);
        assert.deepEqual(suggestions.map((s) => s.preferred), suggestions.map((_, i) => i === 0), text);
      }
    }
  });

  it('every citation of every drug and item kind, inserted in its era, parses back with no citation finding', () => {
    for (const era of ['2016', '2014'] as const) {
      const items: TestItem[] = [];
      const refsOf = (cites: { cite2014: CitationRef[]; cite2016: CitationRef[] }) => (era === '2016' ? cites.cite2016 : cites.cite2014);
      const entries = [
        ...c.drugs.map((d) => ({ text: `${d.brands[0] ?? d.generic[0]} 10mg #30`, refs: refsOf(d) })),
        ...c.itemKinds.map((k) => ({ text: kindText(k.match), refs: refsOf(k) })),
      ];
      for (const { text, refs } of entries) {
        for (const ref of refs) {
          const claims = renderCitation(ref, era, 'claims', c);
          const maximus = renderCitation(ref, era, 'maximus', c);
          assert.ok(claims && maximus, `${text}: ${JSON.stringify(ref)}`);
          items.push({ text, claims: claims.text, maximus: maximus.text });
        }
      }
      const source = letterText(era, items);
      const letter = parseLetter(source);
      assert.equal(letter.items.length, items.length);
      const findings = run(source, era);
      assert.deepEqual(findings.map((f) => `${f.ruleId}: ${source.slice(f.start, f.end)}`), [], era);
      // And the parser read every MTUS piece of every insertion back to a catalog entry.
      for (const { parsed } of parseLetterFields(letter, c)) {
        assert.deepEqual(parsed.unparsed, []);
        for (const clause of parsed.clauses) {
          if (clause.kind !== 'mtus') continue;
          for (const part of clause.parts) {
            assert.ok(part.part, part.label.text);
            for (const s of part.sections) assert.ok(s.section, s.span.text);
          }
        }
      }
    }
  });
});

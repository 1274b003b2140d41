// The guideline-field parser on field text written for these tests: basis statements, the 2016 and
// 2014-15 clause forms, longest-match section lists, and the noise real letters carry.
import * as assert from 'node:assert/strict';
import { builtinCatalog } from '../../server/src/catalog';
import { parseGuidelineField, type GuidelineField, type MtusClause, type NonMtusClause } from '../../server/src/citations';
import type { Span } from '../../server/src/letter/model';
import { countWork } from './robust/work-count';

/** Parses `text` as a field placed after a label, so offsets are not zero-based by accident. */
function parse(text: string): { field: GuidelineField; source: string } {
  const label = 'MAXIMUS guideline: ';
  const source = `${label}${text}\nDecision rationale: ...`;
  const content: Span = { start: label.length, end: label.length + text.length, text };
  return { field: parseGuidelineField(source, content, builtinCatalog), source };
}

function mtus(text: string, n = 0): MtusClause {
  const clause = parse(text).field.clauses.filter((c) => c.kind === 'mtus')[n];
  assert.ok(clause, `no MTUS clause ${n} in ${text}`);
  return clause as MtusClause;
}

function sectionNames(clause: MtusClause, part = 0): (string | undefined)[] {
  return clause.parts[part].sections.map((s) => s.section?.name);
}

/** Every span the parser returns must be exactly the source text at its offsets. */
function assertSpansExact(value: unknown, source: string): void {
  if (Array.isArray(value)) value.forEach((v) => assertSpansExact(v, source));
  else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.start === 'number' && typeof o.end === 'number' && typeof o.text === 'string') {
      assert.equal(source.slice(o.start, o.end), o.text);
    }
    for (const [key, v] of Object.entries(o)) if (key !== 'part' && key !== 'section' && key !== 'chapter' && key !== 'topic') assertSpansExact(v, source);
  }
}

describe('citation parser: basis statements', () => {
  it('reads the three fixed statements and who makes them', () => {
    const none = parse('The Claims Administrator did not cite any medical evidence for its decision.').field;
    assert.equal(none.basis?.kind, 'no-evidence');
    assert.equal(none.basis?.actor, 'claims');
    assert.equal(none.basis?.span.text, 'The Claims Administrator did not cite any medical evidence for its decision');
    assert.equal(none.clauses.length, 0);

    const outside = parse('The Expert Reviewer based their decision on recommendation(s) outside of the MTUS Guidelines. Decision based on Non-MTUS Citation ODG, Pain Chapter, Medical food.').field;
    assert.equal(outside.basis?.kind, 'outside-mtus');
    assert.equal(outside.basis?.actor, 'reviewer');
    assert.equal(outside.clauses[0].kind, 'non-mtus');

    const notBased = parse('The Expert Reviewer did not base their decision on the\nMTUS.  Decision based on Non-MTUS Citation ODG, Pain Chapter, Zolpidem (Ambien®).').field;
    assert.equal(notBased.basis?.kind, 'not-based-on-mtus');
    assert.deepEqual(notBased.unparsed, []);
  });

  it('keeps text that is neither statement nor clause as unparsed', () => {
    const { field } = parse('See attached notes');
    assert.equal(field.basis, undefined);
    assert.deepEqual(field.unparsed.map((u) => u.text), ['See attached notes']);
    assert.equal(field.mentionsGuideline, false);
  });

  it('an empty field has nothing', () => {
    const { field } = parse('');
    assert.equal(field.clauses.length, 0);
    assert.equal(field.basis, undefined);
  });
});

describe('citation parser: 2016 clauses', () => {
  it('reads part, year and sections, each with its span', () => {
    const text = 'Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s): Muscle relaxants (for pain).';
    const { field, source } = parse(text);
    const clause = field.clauses[0] as MtusClause;
    assert.equal(clause.lead.text, 'Decision based on MTUS');
    assert.equal(clause.parts[0].label.text, 'Chronic Pain Medical Treatment');
    assert.equal(clause.parts[0].part?.id, 'chronic-pain');
    assert.equal(clause.parts[0].year?.value, '2016');
    assert.equal(clause.parts[0].sectionsMarker?.text, 'Section(s):');
    assert.equal(clause.parts[0].sections[0].span.text, 'Muscle relaxants (for pain)');
    assert.equal(clause.span.text, text.slice(0, -1));
    assertSpansExact(field, source);
  });

  describe('splits section lists longest match first, though topics contain commas', () => {
    const cases: [clause: string, sections: string[]][] = [
      [
        'Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s): NSAIDs (non-steroidal anti-inflammatory drugs), NSAIDs, GI symptoms & cardiovascular risk, NSAIDs, specific drug list & adverse effects.',
        ['NSAIDs (non-steroidal anti-inflammatory drugs)', 'NSAIDs, GI symptoms & cardiovascular risk', 'NSAIDs, specific drug list & adverse effects'],
      ],
      ['Decision based on MTUS Postsurgical Treatment 2009, Section(s): Knee, Forearm, Wrist, & Hand.', ['Knee', 'Forearm, Wrist, & Hand']],
      [
        'Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s): Ultrasound, therapeutic, TENS, chronic pain (transcutaneous electrical nerve stimulation).',
        ['Ultrasound, therapeutic', 'TENS, chronic pain (transcutaneous electrical nerve stimulation)'],
      ],
      ['Decision based on MTUS General Approaches 2004, Section(s): Initial Approaches to Treatment, Prevention.', ['Initial Approaches to Treatment', 'Prevention']],
      // 2014-15: topics separated by ";", aliases read as the topic they name.
      [
        'Decision based on MTUS Chronic Pain Treatment Guidelines Muscle relaxants (for pain); Soma (carisoprodol); Weaning of Medications.',
        ['Muscle relaxants (for pain)', 'Carisoprodol (Soma)', 'Weaning of medications'],
      ],
    ];
    for (const [text, sections] of cases) {
      it(sections.join(' | '), () => assert.deepEqual(sectionNames(mtus(text)), sections));
    }
  });

  it('reads several parts joined with ", and", including part labels with commas', () => {
    const clause = mtus(
      'Decision based on MTUS Shoulder Complaints 2004, Section(s): Initial Care, and Elbow Complaints 2007, and Forearm, Wrist, and Hand Complaints 2004, Section(s): Special Studies, Summary.',
    );
    assert.deepEqual(clause.parts.map((p) => [p.part?.id, p.year?.value]), [['shoulder', '2004'], ['elbow', '2007'], ['forearm-wrist-hand', '2004']]);
    assert.deepEqual(sectionNames(clause, 2), ['Special Studies', 'Summary']);
    assert.equal(clause.rest, undefined);
  });

  it('reads the next part after ", and MTUS": the source named again', () => {
    const clause = mtus('Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s): Tramadol (Ultram), and MTUS Opioid Treatment 2016, Section(s): 3.3.9 Opioids for Chronic Pain and Chronic Opioid Treatment: Maintenance of Chronic Opioid Treatment.');
    assert.deepEqual(clause.parts.map((p) => p.part?.id), ['chronic-pain', 'opioid-treatment']);
    assert.deepEqual(clause.parts[1].sections.map((s) => s.section?.number), ['3.3.9']);
  });

  it('reads numbered Opioid Treatment sections whose titles contain commas and "and"', () => {
    const clause = mtus(
      'Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s): Tramadol (Ultram), and Opioid Treatment 2016, Section(s): 3.3.1.1 Opioids for Chronic Pain and Chronic Opioid Treatment: Screening for Risk of Addiction or Adverse Events, Prior to Chronic Opioid Treatment: Screening for Drug Misuse/Abuse, 3.3.9 Opioids for Chronic Pain and Chronic Opioid Treatment: Maintenance of Chronic Opioid Treatment.',
    );
    assert.deepEqual(clause.parts.map((p) => p.part?.id), ['chronic-pain', 'opioid-treatment']);
    assert.deepEqual(clause.parts[1].sections.map((s) => s.section?.number), ['3.3.1.1', '3.3.9']);
    assert.ok(clause.parts[1].sections[0].span.text.endsWith('Screening for Drug Misuse/Abuse'));
  });

  it('reads parts printed without years, but not a section that shares a label\'s words', () => {
    const clause = mtus('Decision based on MTUS Low Back Complaints, and Knee Complaints.');
    assert.deepEqual(clause.parts.map((p) => p.part?.id), ['low-back', 'knee']);
    assert.deepEqual(clause.parts[0].sections, []);
    const general = mtus('Decision based on MTUS General Approaches 2004, Section(s): Initial Approaches to Treatment, Prevention.');
    assert.deepEqual(general.parts.map((p) => p.part?.id), ['general-approaches']);
  });

  it('reads a part without sections, and "Guidelines" after a label', () => {
    const clause = mtus('Decision based on MTUS Acupuncture Treatment Guidelines 2007.');
    assert.equal(clause.parts[0].part?.id, 'acupuncture');
    assert.equal(clause.parts[0].label.text, 'Acupuncture Treatment Guidelines');
    assert.deepEqual(clause.parts[0].sections, []);
  });
});

describe('citation parser: 2014-15 clauses', () => {
  it('reads topics without "Section(s):", the implied 2009 edition and pages', () => {
    const clause = mtus('Decision based on MTUS Chronic Pain Treatment Guidelines Muscle relaxants (for pain) Page(s): 63-66.');
    const part = clause.parts[0];
    assert.equal(part.impliedYear, '2009');
    assert.equal(part.year, undefined);
    assert.deepEqual(sectionNames(clause), ['Muscle relaxants (for pain)']);
    assert.equal(part.pagesMarker?.text, 'Page(s):');
    assert.deepEqual(part.pages.map((p) => [p.span.text, p.from, p.to]), [['63-66', 63, 66]]);
  });

  it('reads pages alone', () => {
    const pagesOnly = mtus('Decision based on MTUS Chronic Pain Treatment Guidelines Page(s): 29, 65.');
    assert.deepEqual(pagesOnly.parts[0].sections, []);
    assert.deepEqual(pagesOnly.parts[0].pages.map((p) => p.from), [29, 65]);
  });

  it('marks a topic that comes from ODG rather than the MTUS', () => {
    const clause = mtus('Decision based on MTUS Chronic Pain Treatment Guidelines Zolpidem (Ambien) Page(s): 70.');
    assert.equal(clause.parts[0].sections[0].nonMtus?.odg.chapter, 'pain');
  });
});

describe('citation parser: Non-MTUS clauses', () => {
  it('reads the ODG chapter and topic when it knows them, the free text always', () => {
    const { field } = parse('Decision based on MTUS Shoulder Complaints 2004. Decision based on Non-MTUS Citation Official Disability Guidelines (ODG), Shoulder Chapter, Continuous-flow cryotherapy.');
    const clause = field.clauses[1] as NonMtusClause;
    assert.equal(clause.canonical, true);
    assert.equal(clause.text?.text, 'Official Disability Guidelines (ODG), Shoulder Chapter, Continuous-flow cryotherapy');
    assert.equal(clause.odg?.chapter?.chapter.id, 'shoulder');
    assert.equal(clause.odg?.topic?.topic?.name, 'Continuous-flow cryotherapy');
    const other = parse('Decision based on Non-MTUS Citation UpToDate: Treatment of insomnia.').field.clauses[0] as NonMtusClause;
    assert.equal(other.odg, undefined);
    assert.equal(other.text?.text, 'UpToDate: Treatment of insomnia');
  });
});

describe('citation parser: noise from PDF extraction and typing', () => {
  it('tolerates line breaks and runs of spaces anywhere', () => {
    const { field, source } = parse('Decision based on MTUS Low Back   Complaints\n2004,  Section(s):\r\nSurgical\nConsiderations, Physical   Methods,\nSummary.');
    const clause = field.clauses[0] as MtusClause;
    assert.equal(clause.parts[0].part?.id, 'low-back');
    assert.deepEqual(sectionNames(clause), ['Surgical Considerations', 'Physical Methods', 'Summary']);
    assert.equal(clause.parts[0].sections[0].span.text, 'Surgical\nConsiderations');
    assertSpansExact(field, source);
  });

  describe('reads "Non- MTUS", "NonMTUS" and "Non-MTUS" split by a line wrap', () => {
    const cases: [marker: string, canonical: boolean][] = [
      ['Non- MTUS', false],
      ['NonMTUS', false],
      ['Non-\nMTUS', true],
      ['Non-MTUS', true],
    ];
    for (const [written, canonical] of cases) {
      it(`${JSON.stringify(written)}: ${canonical ? 'canonical' : 'not canonical'}`, () => {
        const clause = parse(`Decision based on ${written} Citation ODG.`).field.clauses[0] as NonMtusClause;
        assert.equal(clause.kind, 'non-mtus');
        assert.equal(clause.marker.text, written);
        assert.equal(clause.canonical, canonical);
      });
    }
  });

  it('reads a year printed with a space', () => {
    const clause = mtus('Decision based on MTUS Acupuncture Treatment 200 7.');
    assert.deepEqual([clause.parts[0].year?.value, clause.parts[0].year?.noisy, clause.parts[0].year?.span.text], ['2007', true, '200 7']);
  });

  it('reads a page number given as a section', () => {
    const clause = mtus('Decision based on MTUS Elbow Complaints 2007, Section(s): 326.');
    assert.equal(clause.parts[0].sections[0].numberOnly, true);
    assert.equal(clause.parts[0].sections[0].span.text, '326');
  });

  it('reads misspelled sections and labels, and unknown ones with their extent', () => {
    const clause = mtus('Decision based on MTUS Low Back Complaints 2004, Section(s): Inital Care, Diagnositc Criteria, Radiology Review, Summary.');
    assert.deepEqual(clause.parts[0].sections.map((s) => [s.span.text, s.section?.name, s.via]), [
      ['Inital Care', 'Initial Care', 'misspelling'],
      ['Diagnositc Criteria', 'Diagnostic Criteria', 'misspelling'],
      ['Radiology Review', undefined, undefined],
      ['Summary', 'Summary', 'name'],
    ]);
    const unknown = mtus('Decision based on MTUS Low Bak Complaints 2004, Section(s): Summary.');
    assert.equal(unknown.parts[0].part, undefined);
    assert.equal(unknown.parts[0].label.text, 'Low Bak Complaints');
    assert.equal(unknown.parts[0].year?.value, '2004');
    const misprint = mtus('Decision based on MTUS Forewarm, Wrist, and Hand Complaints 2004.');
    assert.equal(misprint.parts[0].part?.id, 'forearm-wrist-hand');
    assert.equal(misprint.parts[0].labelMisspelled, true);
  });

  it('ignores ® and keeps it inside the span', () => {
    const clause = mtus('Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s): Lidoderm® (lidocaine patch).');
    assert.equal(clause.parts[0].sections[0].section?.name, 'Lidoderm (lidocaine patch)');
    assert.equal(clause.parts[0].sections[0].span.text, 'Lidoderm® (lidocaine patch)');
  });

  it('stays linear on long, punctuation-heavy input', () => {
    // Work counted, not timed: reading 10x the sections reads about 10x the characters; a quadratic
    // parser would read 100x.
    const noise = (n: number) => 'Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s): ' + 'Muscle relaxants, , ; Foo (bar, '.repeat(n);
    const small = countWork(() => mtus(noise(800)));
    const large = countWork(() => mtus(noise(8000)));
    assert.ok(large.result.parts[0].sections.length > 1000);
    assert.ok(large.work / small.work < 13, `${small.work} -> ${large.work} characters read`);
  });
});

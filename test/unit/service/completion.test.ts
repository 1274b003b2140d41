// Completion where a reviewer types, and nothing elsewhere.
import * as assert from 'node:assert/strict';
import { provideCompletion } from '../../../server/src/service/completion';
import { builtinCatalog } from '../../../server/src/catalog';
import { analyzeText, fixtureText, positionOf } from './fixture';

function labelsAt(text: string, needle: string, options: { nth?: number; atStart?: boolean; plus?: number } = {}) {
  const analysis = analyzeText(text);
  return provideCompletion(analysis.letter, builtinCatalog, positionOf(analysis, needle, options)).map((i) => i.label);
}

const base = fixtureText('two-items-2016.imr');

describe('completion', () => {
  it('offers the two decisions after an item heading\'s colon', () => {
    const text = base.replace('Norco 10/325mg #60: Upheld', 'Norco 10/325mg #60: ');
    assert.deepEqual(labelsAt(text, 'Norco 10/325mg #60: '), ['Upheld', 'Overturned']);
  });

  it('replaces a partly typed decision', () => {
    const text = base.replace('Norco 10/325mg #60: Upheld', 'Norco 10/325mg #60: Up');
    const analysis = analyzeText(text);
    const items = provideCompletion(analysis.letter, builtinCatalog, positionOf(analysis, '#60: Up'));
    const upheld = items.find((i) => i.label === 'Upheld')!;
    assert.deepEqual((upheld.textEdit as { range: { start: { character: number } } }).range.start.character, 'Norco 10/325mg #60: '.length);
  });

  it('offers MTUS part labels with years after "Decision based on MTUS "', () => {
    const labels = labelsAt(base, 'Decision based on MTUS ', { nth: 0 });
    assert.ok(labels.includes('Chronic Pain Medical Treatment 2016'), labels.join(' | '));
    assert.ok(labels.includes('Low Back Complaints 2004'));
    assert.ok(labels.includes('Opioid Treatment 2016'));
  });

  it('offers the cited part\'s sections after "Section(s): "', () => {
    const labels = labelsAt(base, 'Low Back Complaints 2004, Section(s): ', { nth: 0 });
    assert.ok(labels.includes('Special Studies'), labels.join(' | '));
    assert.ok(!labels.includes('Muscle relaxants (for pain)'), 'sections of another part are not offered');
  });

  it('offers the sections of a second part joined with ", and"', () => {
    const text = base.replace(
      'Claims Administrator guideline: Decision based on MTUS Low Back Complaints 2004, Section(s): Special Studies.',
      'Claims Administrator guideline: Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s): Physical medicine treatment, and Low Back Complaints 2004, Section(s): ',
    );
    const labels = labelsAt(text, 'and Low Back Complaints 2004, Section(s): ');
    assert.ok(labels.includes('Special Studies'), labels.join(' | '));
    assert.ok(!labels.includes('Physical medicine treatment'));
  });

  it('reads the field as the citation rules do: a part label wrapped over a line, or with "Guidelines"', () => {
    const wrapped = base.replace(
      'Claims Administrator guideline: Decision based on MTUS Low Back Complaints 2004, Section(s): Special Studies.',
      'Claims Administrator guideline: Decision based on MTUS Low Back\nComplaints 2004, Section(s): ',
    );
    assert.ok(labelsAt(wrapped, 'Complaints 2004, Section(s): ').includes('Special Studies'));
    // Inside the rationale's prose the same words offer nothing.
    const prose = base.replace('Decision rationale: ', 'Decision rationale: Low Back Complaints 2004, Section(s): ');
    assert.deepEqual(labelsAt(prose, 'Decision rationale: Low Back Complaints 2004, Section(s): ').filter((l) => l === 'Special Studies'), []);
  });

  it('offers the numbered sections of Opioid Treatment 2016', () => {
    const labels = labelsAt(base, 'Opioid Treatment 2016, Section(s): ');
    assert.ok(labels.some((l) => l.startsWith('3.3.9 ')), labels.join(' | '));
  });

  it('offers a topic\'s commonly quoted 2009 pages after "Page(s): ", labelled as such', () => {
    const text = base.replace(
      'Claims Administrator guideline: Decision based on MTUS Low Back Complaints 2004, Section(s): Special Studies.',
      'Claims Administrator guideline: Decision based on MTUS Chronic Pain Treatment Guidelines Muscle relaxants (for pain) Page(s): ',
    );
    const analysis = analyzeText(text);
    const items = provideCompletion(analysis.letter, builtinCatalog, positionOf(analysis, 'Page(s): '));
    assert.ok(items.some((i) => i.label === '63-66'), items.map((i) => i.label).join(' | '));
    assert.ok(items.every((i) => /usually cited as p\. .*not verified/.test(String(i.detail))));
  });

  it('offers each page range once, even where a seed letter and common usage agree', () => {
    const text = base.replace(
      'Claims Administrator guideline: Decision based on MTUS Low Back Complaints 2004, Section(s): Special Studies.',
      'Claims Administrator guideline: Decision based on MTUS Chronic Pain Treatment Guidelines Carisoprodol (Soma) Page(s): ',
    );
    const labels = labelsAt(text, 'Page(s): ');
    assert.deepEqual(labels, [...new Set(labels)]);
    assert.ok(labels.includes('29'), labels.join(' | '));
  });

  it('offers ODG chapters after "Non-MTUS Citation ODG, "', () => {
    const text = base.replace('MAXIMUS guideline: Decision based on MTUS Low Back Complaints 2004, Section(s): Special Studies.', 'MAXIMUS guideline: Decision based on Non-MTUS Citation ODG, ');
    const labels = labelsAt(text, 'Non-MTUS Citation ODG, ');
    assert.ok(labels.includes('Pain Chapter'), labels.join(' | '));
    assert.ok(labels.some((l) => l.startsWith('Low Back')));
  });

  it('offers the named ODG chapter\'s topics after the chapter', () => {
    const text = base.replace('MAXIMUS guideline: Decision based on MTUS Low Back Complaints 2004, Section(s): Special Studies.', 'MAXIMUS guideline: Decision based on Non-MTUS Citation ODG, Pain Chapter, ');
    const labels = labelsAt(text, 'ODG, Pain Chapter, ');
    assert.ok(labels.includes('Zolpidem (Ambien)'), labels.join(' | '));
    assert.ok(!labels.includes('Pain Chapter'));
  });

  it('offers the priority, states of licensure and specialties in the header and credentials block', () => {
    assert.deepEqual(labelsAt(base.replace('Priority: Standard', 'Priority: '), 'Priority: '), ['Standard', 'Expedited']);
    const states = labelsAt(base.replace('State(s) of Licensure: California', 'State(s) of Licensure: California, '), 'State(s) of Licensure: California, ');
    assert.equal(states[0], 'California');
    assert.ok(states.includes('Hawaii'));
    const specialties = labelsAt(base.replace('Certification(s)/Specialty: Family Practice', 'Certification(s)/Specialty: '), 'Certification(s)/Specialty: ');
    assert.ok(specialties.includes('Physical Medicine & Rehabilitation') && specialties.includes('Orthopedic Surgery'));
  });

  it('offers field labels at the start of a line in an item', () => {
    const text = base.replace('MAXIMUS guideline: Decision based on MTUS Low Back', 'MA\nMAXIMUS guideline: Decision based on MTUS Low Back');
    assert.deepEqual(labelsAt(text, '\nMA\n', { plus: -1 }), ['MAXIMUS guideline:']);
  });

  it('offers drug names while an item heading is typed', () => {
    const text = base.replace('MRI of the lumbar spine: Overturned', 'Flex');
    const labels = labelsAt(text, '\nFlex');
    assert.ok(labels.includes('Flexeril'), labels.join(' | '));
  });

  it('offers nothing inside the prose of a rationale or the summary', () => {
    assert.deepEqual(labelsAt(base, 'There is no documented'), []);
    assert.deepEqual(labelsAt(base, 'The injured worker is a'), []);
  });
});

// The choices of "IMR: Insert Guideline Citation…".
import * as assert from 'node:assert/strict';
import { provideCitationChoices } from '../../../server/src/service/citation-choices';
import { builtinCatalog } from '../../../server/src/catalog';
import { analyzeText, fixtureText, positionOf } from './fixture';

describe('citation choices', () => {
  const analysis = analyzeText(fixtureText('two-items-2016.imr'));

  it('puts the item\'s own suggestions first, in the letter\'s era', () => {
    const at = positionOf(analysis, 'MAXIMUS guideline: ', { nth: 1 });
    const choices = provideCitationChoices(analysis.letter, builtinCatalog, '2016', at);
    assert.equal(choices[0].label, 'MRI of the lumbar spine');
    assert.match(choices[0].description, /^suggested: (cited for|the chapter for|the usual citation for)/);
    assert.match(choices[0].text, /^Decision based on MTUS Low Back Complaints 2004, Section\(s\): Special Studies\.$/);
  });

  it('covers drugs, services, MTUS sections and ODG topics, searchable by name', () => {
    const choices = provideCitationChoices(analysis.letter, builtinCatalog, '2016', { line: 0, character: 0 });
    const soma = choices.find((c) => c.label.startsWith('Soma'));
    assert.equal(soma?.text, 'Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s): Muscle relaxants (for pain).');
    assert.ok(choices.some((c) => c.description === 'service'));
    assert.ok(choices.some((c) => c.description.startsWith('MTUS Opioid Treatment 2016') && c.label.startsWith('3.3.9')));
    const zolpidem = choices.find((c) => /Zolpidem/.test(c.label) && c.description.startsWith('ODG'));
    assert.match(zolpidem!.text, /^The Expert Reviewer based their decision on recommendation\(s\) outside of the MTUS Guidelines\. Decision based on Non-MTUS Citation/);
  });

  it('writes 2014-15 citations with pages', () => {
    const choices = provideCitationChoices(analysis.letter, builtinCatalog, '2014', { line: 0, character: 0 });
    const soma = choices.find((c) => c.label.startsWith('Soma'));
    assert.match(soma!.text, /^Decision based on MTUS Chronic Pain Treatment Guidelines .*Page\(s\): \d/);
  });
});

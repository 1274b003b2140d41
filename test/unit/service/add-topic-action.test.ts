// "Add … to the workspace catalog" on an unknown topic: offered to a client that runs the command, with the
// part and the name as written; the catalog file the command writes gains the topic once.
import * as assert from 'node:assert/strict';
import { provideCodeActions } from '../../../server/src/service/code-actions';
import { addSectionToCatalog } from '../../../client/src/catalog-addition';
import { builtinCatalog, mergeCatalogs, schemaProblems } from '../../../server/src/catalog';
import { analyzeText, fixtureText, positionOf } from './fixture';

const uri = 'file:///letter.imr';

describe('adding an unknown topic to the workspace catalog', () => {
  const text = fixtureText('two-items-2016.imr').replace('Topical analgesics.', 'Sleep aids.');

  it('is offered on an unknown Chronic Pain topic to a client that runs imr.addTopicToCatalog, and to no other', () => {
    const analysis = analyzeText(text);
    const at = positionOf(analysis, 'Sleep aids', { atStart: true, plus: 2 });
    const titles = (commands: string[]) =>
      provideCodeActions(analysis, { uri, range: { start: at, end: at }, clientCommands: commands }).filter((a) => a.command?.command === 'imr.addTopicToCatalog');
    const [action] = titles(['imr.addTopicToCatalog']);
    assert.equal(action.title, 'Add "Sleep aids" to the workspace catalog as a Chronic Pain Medical Treatment topic');
    assert.deepEqual(action.command!.arguments, ['chronic-pain', 'Sleep aids']);
    assert.deepEqual(titles([]), []);
  });

  it('writes a catalog the merge accepts, then adds nothing twice and keeps the other parts', () => {
    const first = addSectionToCatalog(undefined, 'chronic-pain', 'Sleep aids');
    const parsed = JSON.parse(first);
    assert.deepEqual(schemaProblems(parsed), []);
    const merged = mergeCatalogs(builtinCatalog, [{ name: 'imr-catalog.json', text: first }]);
    assert.deepEqual(merged.problems, []);
    assert.ok(merged.catalog.sectionsOf('chronic-pain').some((s) => s.name === 'Sleep aids'));
    assert.equal(addSectionToCatalog(first, 'chronic-pain', 'sleep aids'), first);
    const second = JSON.parse(addSectionToCatalog(`\uFEFF${first}`, 'low-back', 'Lumbar supports'));
    assert.deepEqual(second.parts.map((p: { id: string }) => p.id), ['chronic-pain', 'low-back']);
    assert.throws(() => addSectionToCatalog('{ not json', 'low-back', 'x'));
    assert.throws(() => addSectionToCatalog('[1, 2]', 'low-back', 'x'));
  });
});

// Hover on decisions, drugs and citations.
import * as assert from 'node:assert/strict';
import { provideHover } from '../../../server/src/service/hover';
import { builtinCatalog } from '../../../server/src/catalog';
import { analyzeText, fixtureText, positionOf } from './fixture';

function hoverAt(text: string, needle: string, nth = 0): string | undefined {
  const analysis = analyzeText(text);
  const h = provideHover(analysis.letter, builtinCatalog, positionOf(analysis, needle, { nth, atStart: true, plus: 1 }));
  return h ? (h.contents as { value: string }).value : undefined;
}

const base = fixtureText('two-items-2016.imr');

describe('hover', () => {
  it('explains a decision word', () => {
    assert.match(hoverAt(base, 'Upheld')!, /^\*\*Upheld\*\*: .*not\*\* medically necessary/);
    assert.match(hoverAt(base, 'Overturned')!, /^\*\*Overturned\*\*/);
  });

  it('shows a drug\'s generic name, class and usual topics', () => {
    const value = hoverAt(base, 'Norco', 1)!;
    assert.match(value, /hydrocodone/i);
    assert.match(value, /opioid/i);
    assert.match(value, /Usually cited \(2016 letters\): .*Opioid Treatment/);
    assert.match(value, /Suggested for this item:\n- MTUS .* — (cited for|the usual citation for)/);
  });

  it('shows the catalog entry of a cited part', () => {
    const value = hoverAt(base, 'Low Back Complaints')!;
    assert.match(value, /\*\*MTUS Low Back Complaints\*\* \(2004\)/);
    assert.match(value, /^8 CCR 9792\.23\.5$/m);
  });

  it('shows a cited topic with its pages and their status', () => {
    const value = hoverAt(base, 'Muscle relaxants (for pain)')!;
    assert.match(value, /Muscle relaxants \(for pain\)/);
    assert.match(value, /2009 edition: usually cited as p\. 63–66; a seed letter prints p\. 65/);
    assert.match(value, /not verified/);
  });

  it('shows nothing over plain prose', () => {
    assert.equal(hoverAt(base, 'documented functional'), undefined);
  });
});

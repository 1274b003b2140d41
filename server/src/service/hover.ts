// Hover: on a decision word, what it means; on a drug in an item heading, its generic name, class, the
// topics usually cited and the citations suggested for the item with why; on a cited MTUS part or topic,
// the catalog entry.
import type { Hover, Position } from 'vscode-languageserver-types';
import type { Letter } from '../letter/model';
import type { Catalog, CitationRef, DrugEntry } from '../catalog';
import { FoldedText } from '../letter/text';
import type { CancellationToken } from './cancellation';
import { decisionMeaning } from './decision-meaning';
import { toRange } from './diagnostics';
import { citationHover } from './citation-hover';
import { rankCitations, type RankedCitation } from '../catalog/suggest';
import { itemContextOf } from '../catalog/evidence-letters';

export function provideHover(letter: Letter, catalog: Catalog, position: Position, token?: CancellationToken): Hover | null {
  const offset = letter.lines.offset(position);
  for (const item of letter.items) {
    if (token?.isCancellationRequested) return null;
    if (offset < item.span.start || offset > item.span.end) continue;
    const word = item.decisionWord;
    if (word && offset >= word.start && offset <= word.end) {
      const meaning = item.decision ? decisionMeaning[item.decision] : `**${word.text}** is not an item decision. Use **Upheld** or **Overturned**.`;
      return { contents: { kind: 'markdown', value: meaning }, range: toRange(letter, word.start, word.end) };
    }
    if (offset >= item.itemSpan.start && offset <= item.itemSpan.end) {
      const folded = new FoldedText(letter.source, item.itemSpan.start, item.itemSpan.end);
      for (const hit of catalog.findDrugs(folded.text)) {
        const start = folded.startOf(hit.start);
        const end = folded.endOf(hit.end);
        if (offset < start || offset > end) continue;
        const suggested = rankCitations(item.itemText, letter.era, 'maximus', catalog, { limit: 3, context: itemContextOf(letter, item, catalog) });
        const value = [drugMarkdown(hit.drug, catalog), suggestedMarkdown(suggested)].filter((v) => v).join('\n\n');
        return { contents: { kind: 'markdown', value }, range: toRange(letter, start, end) };
      }
    }
    return citationHover(letter, catalog, item, offset);
  }
  return null;
}

function refText(ref: CitationRef, catalog: Catalog): string {
  if ('mtus' in ref) {
    const part = catalog.part(ref.mtus);
    return `MTUS ${part?.label ?? ref.mtus}${ref.year ? ` ${ref.year}` : ''}${ref.sections?.length ? `: ${ref.sections.join('; ')}` : ''}`;
  }
  return `ODG ${ref.odg}: ${ref.topic}`;
}

/** The citations the quick fix offers for this item, best first, each with why. */
function suggestedMarkdown(suggested: readonly RankedCitation[]): string {
  if (suggested.length === 0) return '';
  return ['Suggested for this item:', ...suggested.map((s) => `- ${s.title.replace(/^Cite /, '')} — ${s.why}`)].join('\n');
}

export function drugMarkdown(drug: DrugEntry, catalog: Catalog): string {
  const lines = [
    `**${drug.brands[0] ?? drug.generic[0]}** — ${drug.generic.join(', ')} (${drug.class})`,
    '',
    drug.brands.length > 1 ? `Brands: ${drug.brands.join(', ')}` : '',
    '',
    `Usually cited (2016 letters): ${drug.cite2016.map((r) => refText(r, catalog)).join('; ') || '—'}`,
    '',
    `Usually cited (2014–15 letters): ${drug.cite2014.map((r) => refText(r, catalog)).join('; ') || '—'}`,
  ];
  return lines.filter((l, i) => l !== '' || lines[i - 1] !== '').join('\n');
}

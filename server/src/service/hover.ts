// Hover: on a decision word, what it means; on a drug in an item heading, its generic name, class and
// the topics usually cited; on a cited MTUS part or topic, the catalog entry.
import type { Hover, Position } from 'vscode-languageserver-types';
import type { Letter } from '../letter/model';
import type { Catalog, CitationRef, DrugEntry } from '../catalog';
import { FoldedText } from '../letter/text';
import type { CancellationToken } from './cancellation';
import { decisionMeaning } from './decision-meaning';
import { toRange } from './diagnostics';
import { citationHover } from './citation-hover';

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
        return { contents: { kind: 'markdown', value: drugMarkdown(hit.drug, catalog) }, range: toRange(letter, start, end) };
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

// The choices of "IMR: Insert Guideline Citation…": the item's own suggestions first, ranked as the quick
// fix ranks them and each saying why ("cited for this drug in most letters"), then every drug, item kind,
// MTUS section and ODG topic of the catalog, each written in the letter's era.
import type { Position } from 'vscode-languageserver-types';
import type { Era, Letter } from '../letter/model';
import type { Catalog } from '../catalog';
import { rankCitations, renderCitation, type GuidelineFieldKind } from '../catalog/suggest';
import { itemContextOf } from '../catalog/evidence-letters';
import type { CancellationToken } from './cancellation';

export interface CitationChoice {
  /** What the reviewer searches by: the drug, service, topic or part. */
  label: string;
  description: string;
  /** The text inserted at the cursor. */
  text: string;
}

export function provideCitationChoices(letter: Letter, catalog: Catalog, era: Era, position: Position, token?: CancellationToken): CitationChoice[] {
  const offset = letter.lines.offset(position);
  const choices: CitationChoice[] = [];
  const seen = new Set<string>();
  const add = (c: CitationChoice) => {
    if (seen.has(`${c.label}\u0000${c.text}`)) return;
    seen.add(`${c.label}\u0000${c.text}`);
    choices.push(c);
  };
  const item = letter.items.find((i) => offset >= i.span.start && offset <= i.span.end);
  const field = item?.fields.find((f) => offset >= f.label.start && offset <= f.content.end);
  const kind: GuidelineFieldKind = field?.kind === 'claims' ? 'claims' : 'maximus';
  if (item) {
    const context = itemContextOf(letter, item, catalog);
    if (kind === 'claims') context.claimsCites = [];
    for (const s of rankCitations(item.itemText, era, kind, catalog, { context })) {
      add({ label: item.itemText, description: `${s.preferred ? 'suggested' : 'alternative'}: ${s.why}`, text: s.text });
    }
  }
  for (const drug of catalog.drugs) {
    if (token?.isCancellationRequested) return [];
    const refs = era === '2016' ? drug.cite2016 : drug.cite2014;
    const rendered = refs.length > 0 ? renderCitation(refs[0], era, kind, catalog) : undefined;
    if (rendered) add({ label: `${drug.brands[0] ?? drug.generic[0]} (${drug.generic[0]})`, description: `drug · ${drug.class}`, text: rendered.text });
  }
  for (const k of catalog.itemKinds) {
    const refs = era === '2016' ? k.cite2016 : k.cite2014;
    const rendered = refs.length > 0 ? renderCitation(refs[0], era, kind, catalog) : undefined;
    if (rendered) add({ label: k.label, description: 'service', text: rendered.text });
  }
  for (const part of catalog.parts) {
    if (token?.isCancellationRequested) return [];
    const year = part.years[part.years.length - 1];
    add({ label: `${part.label} ${year}`, description: 'MTUS part', text: `Decision based on MTUS ${part.label} ${year}.` });
    for (const s of part.sections) {
      const rendered = renderCitation({ mtus: part.id, year, sections: [s.number ?? s.name] }, era, kind, catalog);
      if (rendered) add({ label: s.number ? `${s.number} ${s.title ?? s.name}` : s.name, description: `MTUS ${part.label} ${year}`, text: rendered.text });
    }
  }
  for (const chapter of catalog.odgChapters) {
    for (const topic of chapter.topics) {
      const rendered = renderCitation({ odg: chapter.id, topic: topic.name }, era, kind, catalog);
      if (rendered) add({ label: topic.name, description: `ODG ${chapter.name} (Non-MTUS)`, text: rendered.text });
    }
  }
  return choices;
}

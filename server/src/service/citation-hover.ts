// Hover on a cited MTUS part or topic: regulation, years, pages with their status, source.
import type { Hover } from 'vscode-languageserver-types';
import type { Item, Letter } from '../letter/model';
import type { Catalog, PartEntry, SectionEntry } from '../catalog';
import { parseGuidelineField } from '../citations';
import { toRange } from './diagnostics';
import { formatPages } from './pages';

export function citationHover(letter: Letter, catalog: Catalog, item: Item, offset: number): Hover | null {
  const inside = (s: { start: number; end: number }) => offset >= s.start && offset <= s.end;
  // Only the field under the cursor is read.
  for (const field of item.fields) {
    if (field.kind === 'rationale' || !inside(field.content)) continue;
    for (const clause of parseGuidelineField(letter.source, field.content, catalog).clauses) {
      if (clause.kind === 'mtus') {
        for (const part of clause.parts) {
          if (part.part && inside(part.label)) return hover(letter, part.label, partMarkdown(part.part));
          for (const s of part.sections) {
            if (s.section && inside(s.span)) return hover(letter, s.span, sectionMarkdown(part.part, s.section));
          }
        }
      } else if (clause.kind === 'non-mtus' && clause.odg) {
        const { chapter, topic } = clause.odg;
        if (chapter && inside(chapter.span)) return hover(letter, chapter.span, `**ODG ${chapter.chapter.name}** (Official Disability Guidelines, Non-MTUS)\n\n${chapter.chapter.source}`);
        if (topic?.topic && inside(topic.span)) return hover(letter, topic.span, `**${topic.topic.name}** — ODG topic (Non-MTUS)`);
      }
    }
  }
  return null;
}

function hover(letter: Letter, span: { start: number; end: number }, value: string): Hover {
  return { contents: { kind: 'markdown', value }, range: toRange(letter, span.start, span.end) };
}

function partMarkdown(part: PartEntry): string {
  return [
    `**MTUS ${part.label}** (${part.years.join(', ')})`,
    part.regulation ?? '',
    `Sections: ${part.sections.length > 0 ? part.sections.slice(0, 12).map((s) => s.name).join('; ') + (part.sections.length > 12 ? '; …' : '') : 'cited without sections'}`,
    `Source: ${part.source}`,
  ]
    .filter((l) => l)
    .join('\n\n');
}

function sectionMarkdown(part: PartEntry | undefined, section: SectionEntry): string {
  const pages2009 = section.pages?.['2009'] ?? [];
  const pages2016 = section.pages?.['2016'] ?? [];
  return [
    `**${section.number ? `${section.number} ` : ''}${section.title ?? section.name}**${part ? ` — MTUS ${part.label}` : ''}`,
    section.name2009 ? `2009 name: ${section.name2009}` : '',
    pages2009.length > 0 ? `2009 edition: ${formatPages(pages2009)}` : '',
    pages2016.length > 0 ? `2016 edition: ${formatPages(pages2016)}` : '',
    `Source: ${section.source}`,
  ]
    .filter((l) => l)
    .join('\n\n');
}

// Completion inside a guideline field: what the reviewer is typing is read from the field's own parse
// (citations/) up to the cursor, so completion and the citation rules agree on what a clause says:
// after `Decision based on MTUS ` the part labels with their years; after a known part's `Section(s): `
// its sections; after a Chronic Pain topic's `Page(s): ` its commonly quoted 2009 pages; after the ODG
// marker its chapters; after a known ODG chapter its topics.
import type { CompletionItem } from 'vscode-languageserver-types';
import type { Catalog } from '../catalog';
import { parseGuidelineField, type MtusClause, type NonMtusClause } from '../citations';
import type { Letter } from '../letter/model';
import { formatPages } from './pages';

// CompletionItemKind numbers from the LSP specification.
const Module = 9;
const Value = 12;
const EnumMember = 20;

/** Completion items without their range, and the text typed so far that they replace. */
export interface CitationCompletion {
  typed: string;
  items: (Omit<CompletionItem, 'textEdit'> & { newText: string })[];
}

/** The guideline field the cursor is in: from its label's end to the cursor, with only white space after its content. */
function fieldStartAt(letter: Letter, offset: number): number | undefined {
  for (const item of letter.items) {
    if (offset < item.span.start) break;
    for (const field of item.fields) {
      if (field.kind === 'rationale' || offset < field.label.end) continue;
      const trailing = letter.source.slice(field.content.end, offset);
      if (offset <= field.content.end || /^[ \t]*$/.test(trailing)) return field.label.end;
    }
  }
  return undefined;
}

export function citationCompletion(letter: Letter, catalog: Catalog, offset: number): CitationCompletion | undefined {
  const start = fieldStartAt(letter, offset);
  if (start === undefined) return undefined;
  const { source } = letter;
  const parsed = parseGuidelineField(source, { start, end: offset, text: source.slice(start, offset) }, catalog);
  const clause = parsed.clauses[parsed.clauses.length - 1];
  if (!clause) return undefined;
  if (clause.kind === 'mtus') return mtusCompletion(source, catalog, clause, offset);
  if (clause.kind === 'non-mtus') return odgCompletion(source, catalog, clause, offset);
  return undefined;
}

/** What was typed after `from`, from after its last comma, leading spaces left off. */
function typedAfter(source: string, from: number, offset: number): string {
  return source.slice(from, offset).split(',').pop()!.replace(/^\s+/, '');
}

function mtusCompletion(source: string, catalog: Catalog, clause: MtusClause, offset: number): CitationCompletion | undefined {
  const last = clause.parts[clause.parts.length - 1];
  // A part resolved, its `Section(s):` written: its sections.
  if (last?.part && last.sectionsMarker && !last.pagesMarker) {
    const typed = typedAfter(source, last.sectionsMarker.end, offset);
    if (/[:.]/.test(typed) || typed.length > 60) return undefined;
    const part = last.part;
    return {
      typed,
      items: catalog.sectionsOf(part.id).map((s, n) => {
        const name = s.number ? `${s.number} ${s.title ?? s.name}` : s.name;
        const pages = catalog.pages2009(s);
        return {
          label: name,
          kind: EnumMember,
          detail: part.label,
          ...(pages.length > 0 ? { documentation: `2009 edition: ${formatPages(pages)}.` } : {}),
          sortText: String(n).padStart(4, '0'),
          filterText: name,
          newText: name,
        };
      }),
    };
  }
  // A Chronic Pain topic with `Page(s):`: the topic's commonly quoted 2009 pages.
  const topic = last?.sections[last.sections.length - 1]?.section;
  if (last?.part && last.pagesMarker && topic) {
    const typed = source.slice(last.pagesMarker.end, offset).replace(/^\s+/, '');
    if (!/^[0-9-]{0,9}$/.test(typed)) return undefined;
    // One item per page range: a seed letter and common usage may print the same page.
    const byText = new Map<string, string[]>();
    for (const p of catalog.pages2009(topic)) {
      const text = p.from === p.to ? `${p.from}` : `${p.from}-${p.to}`;
      byText.set(text, [...(byText.get(text) ?? []), p.status]);
    }
    if (byText.size === 0) return undefined;
    return {
      typed,
      items: [...byText].map(([text, statuses]) => ({
        label: text,
        kind: Value,
        detail: `usually cited as p. ${text.replace('-', '–')} (${statuses.join('/')}, not verified)`,
        newText: text,
      })),
    };
  }
  // No part known yet: the part labels, replacing what was typed of one.
  if (last?.part) return undefined;
  const from = last ? last.label.start : clause.lead.end;
  const typed = source.slice(from, offset).replace(/^\s+/, '');
  if (/[\d:.]/.test(typed) || typed.length > 60) return undefined;
  return {
    typed,
    items: catalog.parts.flatMap((part, n) =>
      part.years.map((year) => ({
        label: `${part.label} ${year}`,
        kind: Module,
        detail: part.regulation ?? 'MTUS',
        sortText: String(n).padStart(3, '0') + year,
        filterText: `${part.label} ${year}`,
        newText: `${part.label} ${year}`,
      })),
    ),
  };
}

function odgCompletion(source: string, catalog: Catalog, clause: NonMtusClause, offset: number): CitationCompletion | undefined {
  const chapter = clause.odg?.chapter;
  if (chapter) {
    // A chapter known: its topics, after the comma that follows it.
    if (clause.odg?.topic?.topic || !source.slice(chapter.span.end, offset).includes(',')) return undefined;
    const typed = typedAfter(source, chapter.span.end, offset);
    if (/[.:]/.test(typed) || typed.length > 50) return undefined;
    return {
      typed,
      items: chapter.chapter.topics.map((t, n) => ({
        label: t.name,
        kind: EnumMember,
        detail: `ODG ${chapter.chapter.name}`,
        sortText: String(n).padStart(4, '0'),
        filterText: t.name,
        newText: t.name,
      })),
    };
  }
  // "Non-MTUS Citation ODG, " or "(ODG), ": the chapters.
  const afterMarker = source.slice(clause.marker.end, offset);
  const odg = /(?:^|\W)ODG\)?,?[ \t]?/.exec(afterMarker);
  if (!odg) return undefined;
  const typed = afterMarker.slice(odg.index + odg[0].length);
  if (!/^[A-Za-z &-]{0,40}$/.test(typed)) return undefined;
  return {
    typed,
    items: catalog.odgChapters.map((c) => {
      const text = `${c.short ?? c.name} Chapter`;
      return { label: text, kind: Module, detail: `ODG ${c.name}`, filterText: text, newText: text };
    }),
  };
}

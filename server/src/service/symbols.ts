// Outline and breadcrumbs: sections, their items (name: the item, detail: the decision), the fields.
import type { DocumentSymbol } from 'vscode-languageserver-types';
import type { Letter } from '../letter/model';
import { fieldLabels } from '../letter/items';
import { canonicalHeading } from '../rules/sections-util';
import { toRange } from './diagnostics';
import type { CancellationToken } from './cancellation';
import { trimmedEnd } from '../letter/text';

// SymbolKind numbers from the LSP specification.
const Namespace = 3;
const Class = 5;
const Field = 8;
const Struct = 23;

export function provideDocumentSymbols(letter: Letter, token?: CancellationToken): DocumentSymbol[] {
  const symbols: DocumentSymbol[] = [];
  if (letter.header) {
    const r = toRange(letter, letter.header.span.start, letter.header.span.end);
    symbols.push({
      name: 'Header',
      kind: Struct,
      range: r,
      selectionRange: r,
      children: letter.header.fields.map((f) => {
        const end = f.value?.end ?? f.label.end;
        return { name: f.label.text.replace(/\s+/g, ' ').replace(/:$/, ''), detail: f.value?.text ?? '', kind: Field, range: toRange(letter, f.label.start, end), selectionRange: toRange(letter, f.label.start, f.label.end) };
      }),
    });
  }
  for (const s of letter.sections) {
    if (token?.isCancellationRequested) return [];
    const bodyEnd = trimmedEnd(letter.source, s.body.start, s.body.end);
    const section: DocumentSymbol = {
      name: canonicalHeading(s.kind),
      kind: Namespace,
      range: toRange(letter, s.heading.start, Math.max(s.heading.end, bodyEnd)),
      selectionRange: toRange(letter, s.heading.start, s.heading.end),
      children: [],
    };
    for (const item of letter.items) {
      if (item.span.start < s.body.start || item.span.start >= s.body.end) continue;
      const selection = item.heading.end > item.heading.start ? item.heading : item.span;
      section.children!.push({
        name: item.itemText || '(item without a heading)',
        detail: item.decision ?? item.decisionWord?.text ?? 'no decision',
        kind: Class,
        range: toRange(letter, item.span.start, item.span.end),
        selectionRange: toRange(letter, selection.start, selection.end),
        children: item.fields.map((f) => ({
          name: fieldLabels.find((l) => l.kind === f.kind)!.label.replace(/:$/, ''),
          detail: preview(f.content.text),
          kind: Field,
          range: toRange(letter, f.label.start, Math.max(f.label.end, f.content.end)),
          selectionRange: toRange(letter, f.label.start, f.label.end),
        })),
      });
    }
    symbols.push(section);
  }
  return symbols;
}

function preview(text: string): string {
  const folded = text.replace(/\s+/g, ' ').trim();
  return folded.length > 60 ? `${folded.slice(0, 59)}…` : folded;
}

// The guideline fields of a letter, parsed, and the MTUS parts they cite.
import type { Catalog } from '../catalog';
import type { FieldKind, Item, ItemField, Letter, Span } from '../letter/model';
import type { GuidelineField, PartCitation } from './model';
import { parseGuidelineField } from './field';

// ---- per letter ------------------------------------------------------------------------------

export interface ParsedGuidelineField {
  item: Item;
  field: ItemField;
  kind: Exclude<FieldKind, 'rationale'>;
  parsed: GuidelineField;
  /**
   * The field still holds a «…» placeholder or a note to self ("TODO: add citation", "Page(s): ???"): the
   * reviewer is filling it in, and the placeholder rule reports it. The citation rules leave such a field
   * alone rather than report the same spot twice.
   */
  unfinished: boolean;
}

/** A note to self as the placeholder rule reads it; bounded, one alternation of literals. */
const noteToSelf = /\b(?:TBD|TODO|FIXME)\b|\?{3}/;

function isUnfinished(text: string): boolean {
  return text.includes('«') || noteToSelf.test(text);
}

/** Every guideline field of the letter, parsed; an analysis keeps them (rules/facts.ts). */
export function parseLetterFields(letter: Letter, catalog: Catalog): ParsedGuidelineField[] {
  const fields: ParsedGuidelineField[] = [];
  for (const item of letter.items) for (const f of parseItemFields(item, (content) => parseGuidelineField(letter.source, content, catalog))) fields.push(f);
  return fields;
}

/** The item's guideline fields, each read by `parse` (an analysis passes one that keeps what it read, rules/facts.ts). */
export function parseItemFields(item: Item, parse: (content: Span) => GuidelineField): ParsedGuidelineField[] {
  const fields: ParsedGuidelineField[] = [];
  for (const field of item.fields) {
    if (field.kind === 'rationale') continue;
    fields.push({ item, field, kind: field.kind, parsed: parse(field.content), unfinished: isUnfinished(field.content.text) });
  }
  return fields;
}

/**
 * Every MTUS part cited in the fields, in document order. Fields still holding a «…» placeholder are
 * left out: the placeholder rule reports them.
 */
export function* partsCitedIn(fields: readonly ParsedGuidelineField[]): Generator<PartCitation> {
  for (const { parsed, unfinished } of fields) {
    if (unfinished) continue;
    for (const clause of parsed.clauses) {
      if (clause.kind === 'mtus') yield* clause.parts;
    }
  }
}

/** The year a part citation is judged by: printed, implied by the label, or none. */
export function effectiveYear(part: PartCitation): string | undefined {
  return part.year?.value ?? part.impliedYear;
}

// Shared facts about items for the item rules.
import type { FieldKind, Item, Letter } from '../letter/model';
import { fieldLabels } from '../letter/items';
import { findConclusion, type Conclusion } from '../letter/conclusion';
import type { Catalog, DrugEntry } from '../catalog';

export function labelOf(kind: FieldKind): string {
  return fieldLabels.find((l) => l.kind === kind)!.label;
}

/** Where to point for a problem with the item as a whole: its heading, or its first label. */
export function itemAnchor(item: Item): { start: number; end: number } {
  if (item.heading.end > item.heading.start) return { start: item.heading.start, end: item.heading.end };
  const first = item.fields[0];
  return first ? { start: first.label.start, end: first.label.end } : { start: item.span.start, end: item.span.end };
}

/** A short name for messages. */
export function itemName(item: Item): string {
  const text = item.itemText || 'this item';
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

const conclusions = new WeakMap<Item, Conclusion | null>();

/** The rationale's conclusion, computed once per item and shared by the rules that need it. */
export function conclusionOf(letter: Letter, item: Item): Conclusion | undefined {
  let c = conclusions.get(item);
  if (c === undefined) {
    const rationale = item.fields.find((f) => f.kind === 'rationale');
    c = rationale ? (findConclusion(letter.source, rationale.content) ?? null) : null;
    conclusions.set(item, c);
  }
  return c ?? undefined;
}

/** Item text compared loosely: case, spacing and punctuation ignored. */
export function normaliseItemText(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9#/.]+/g, ' ').trim();
}

const drugs = new WeakMap<Item, { catalog: Catalog; drug: DrugEntry | undefined }>();

/** The catalog drug the item requests (by brand or generic name), looked up once per item and catalog. */
export function drugOf(catalog: Catalog, item: Item): DrugEntry | undefined {
  const hit = drugs.get(item);
  if (hit && hit.catalog === catalog) return hit.drug;
  const drug = catalog.findDrugs(item.itemText)[0]?.drug;
  drugs.set(item, { catalog, drug });
  return drug;
}

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

const conclusions = new WeakMap<Item, { catalog: Catalog; conclusion: Conclusion | null }>();

/** The rationale's conclusion, computed once per item and catalog and shared by the rules that need it. */
export function conclusionOf(letter: Letter, catalog: Catalog, item: Item): Conclusion | undefined {
  const hit = conclusions.get(item);
  if (hit && hit.catalog === catalog) return hit.conclusion ?? undefined;
  const rationale = item.fields.find((f) => f.kind === 'rationale');
  const conclusion = rationale ? (findConclusion(letter.source, rationale.content, itemWords(catalog, item)) ?? null) : null;
  conclusions.set(item, { catalog, conclusion });
  return conclusion ?? undefined;
}

/** Heading words too common to name the item ("the", "for", "request"). */
const notNames = new Set(['the', 'and', 'for', 'with', 'of', 'per', 'request', 'requested', 'retrospective', 'prospective', 'remaining', 'times', 'week', 'weeks', 'day', 'days', 'month', 'months', 'additional', 'original', 'portion', 'eligible', 'imr', 'authorized', 'claims', 'administrator', 'was', 'leaving', 'unknown', 'quantity', 'left', 'right', 'bilateral', 'session', 'sessions', 'visit', 'visits', 'purchase', 'rental', 'dos', 'tab', 'tabs', 'tablet', 'tablets']);

/**
 * The lower-case words that name the item: its heading's words, and its drug's other names and class
 * ("hydrocodone" and "opioids" for a Norco heading). A conclusion about them is about the item.
 */
const namesOfItems = new WeakMap<Item, { catalog: Catalog; words: Set<string> }>();

export function itemWords(catalog: Catalog, item: Item): Set<string> {
  const hit = namesOfItems.get(item);
  if (hit && hit.catalog === catalog) return hit.words;
  const words = new Set<string>();
  namesOfItems.set(item, { catalog, words });
  for (const w of nameWords(item.itemText)) words.add(w);
  const drug = drugOf(catalog, item);
  if (drug) for (const w of drugWords(drug)) words.add(w);
  return words;
}

function nameWords(text: string): string[] {
  return (text.toLowerCase().match(/[a-z][a-z-]{2,}/g) ?? []).filter((w) => !notNames.has(w));
}

/** A drug's words for `itemWords`, in the order they are added; catalog data, so read once per drug entry. */
const wordsOfDrugs = new WeakMap<DrugEntry, string[]>();

function drugWords(drug: DrugEntry): string[] {
  let words = wordsOfDrugs.get(drug);
  if (words) return words;
  words = [];
  for (const name of [...drug.brands, ...drug.generic]) words.push(...nameWords(name));
  for (const w of drug.class.toLowerCase().split(/[^a-z-]+/)) if (w.length > 3) words.push(w, `${w}s`);
  wordsOfDrugs.set(drug, words);
  return words;
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

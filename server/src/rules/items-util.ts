// Shared facts about items for the item rules.
import type { FieldKind, Item } from '../letter/model';
import { fieldLabels } from '../letter/items';
import type { DrugEntry } from '../catalog';

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

/** Heading words too common to name the item ("the", "for", "request"). */
const notNames = new Set(['the', 'and', 'for', 'with', 'of', 'per', 'request', 'requested', 'retrospective', 'prospective', 'remaining', 'times', 'week', 'weeks', 'day', 'days', 'month', 'months', 'additional', 'original', 'portion', 'eligible', 'imr', 'authorized', 'claims', 'administrator', 'was', 'leaving', 'unknown', 'quantity', 'left', 'right', 'bilateral', 'session', 'sessions', 'visit', 'visits', 'purchase', 'rental', 'dos', 'tab', 'tabs', 'tablet', 'tablets']);

/**
 * The words of a heading that may name the item (not "the", "request", "sessions" …), and the initials of its
 * runs of words, which a rationale may write for them: "uds" for "Urine drug screen", "fce" for "Functional
 * capacity evaluation", "tens" for "Transcutaneous electrical nerve stimulation unit", "pt" for a heading opening
 * with "Physical therapy".
 */
export function nameWords(text: string): string[] {
  const words = (text.toLowerCase().match(/[a-z][a-z-]{2,}/g) ?? []).filter((w) => !notNames.has(w));
  return [...words, ...initialsOf(words)];
}

function initialsOf(words: readonly string[]): string[] {
  const found: string[] = [];
  for (let from = 0; from < words.length; from++) {
    // Two letters only for the heading's first two words ("PT" of "Physical therapy … lumbar spine").
    for (let length = from === 0 ? 2 : 3; length <= 5 && from + length <= words.length; length++) {
      found.push(words.slice(from, from + length).map((w) => w[0]).join(''));
    }
  }
  return found;
}

/** A drug's words for `itemWords`, in the order they are added; catalog data, so read once per drug entry. */
const wordsOfDrugs = new WeakMap<DrugEntry, string[]>();

export function drugWords(drug: DrugEntry): string[] {
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


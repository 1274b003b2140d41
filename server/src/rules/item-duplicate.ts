import type { Item } from '../letter/model';
import type { Rule } from './types';
import { drugOf, itemName, normaliseItemText } from './items-util';
import { isDrugLike, signatureOf } from './drug-signature';
import type { Catalog } from '../catalog';

/**
 * What makes two items the same request. A drug is its catalog entry (so a brand and its generic
 * name agree) or its name, with its strength and quantity, however they are written ("30 Soma 350 mg",
 * "SOMA 350MG #30", "Carisoprodol 350mg #30"). Anything else is its words.
 */
function requestKey(item: Item, catalog: Catalog): string {
  const sig = signatureOf(item.itemText);
  if (!isDrugLike(sig) || !sig.strength) return normaliseItemText(item.itemText);
  const drug = drugOf(catalog, item)?.id ?? sig.words[0] ?? '';
  return `drug:${drug}|${sig.strength}|${sig.quantity ?? ''}`;
}

export const itemDuplicate: Rule = {
  id: 'item-duplicate',
  defaultSeverity: 'warning',
  description: 'Two items request the same thing.',
  check({ letter, catalog, report }) {
    const seen = new Map<string, Item>();
    for (const item of letter.items) {
      const key = item.itemText ? requestKey(item, catalog) : '';
      if (!key) continue;
      const first = seen.get(key);
      if (!first) {
        seen.set(key, item);
        continue;
      }
      report({
        message: `'${itemName(item)}' is decided twice. Remove one of the items or say how they differ.`,
        start: item.itemSpan.start,
        end: item.itemSpan.end,
        related: [{ start: first.itemSpan.start, end: first.itemSpan.end, message: 'The same item, first decided here.' }],
      });
    }
  },
};

import type { Item } from '../letter/model';
import type { Rule } from './types';
import { itemName, normaliseItemText } from './items-util';

export const itemDuplicate: Rule = {
  id: 'item-duplicate',
  defaultSeverity: 'warning',
  description: 'Two items request the same thing.',
  check({ letter, report }) {
    const seen = new Map<string, Item>();
    for (const item of letter.items) {
      const key = normaliseItemText(item.itemText);
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

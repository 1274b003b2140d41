import type { Rule } from './types';
import { itemName, labelOf } from './items-util';

export const itemFieldDuplicate: Rule = {
  id: 'item-field-duplicate',
  defaultSeverity: 'error',
  description: 'A field appears twice in one item.',
  check({ letter, report }) {
    for (const item of letter.items) {
      const firstOfKind = new Map<string, (typeof item.fields)[number]>();
      item.fields.forEach((f) => {
        const first = firstOfKind.get(f.kind);
        if (!first) {
          firstOfKind.set(f.kind, f);
          return;
        }
        report({
          message: `'${labelOf(f.kind)}' appears twice in the item '${itemName(item)}'. Merge the two into one field.`,
          start: f.label.start,
          end: f.label.end,
          related: [{ start: first.label.start, end: first.label.end, message: 'First occurrence.' }],
        });
      });
    }
  },
};

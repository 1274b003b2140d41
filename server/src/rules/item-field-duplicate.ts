import type { Rule } from './types';
import { itemName, labelOf } from './items-util';

export const itemFieldDuplicate: Rule = {
  id: 'item-field-duplicate',
  defaultSeverity: 'error',
  description: 'A field appears twice in one item.',
  check({ letter, report }) {
    for (const item of letter.items) {
      item.fields.forEach((f, i) => {
        const first = item.fields.slice(0, i).find((p) => p.kind === f.kind);
        if (!first) return;
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

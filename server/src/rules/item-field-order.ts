import type { ItemField } from '../letter/model';
import type { Rule } from './types';
import { labelOf } from './items-util';

const rank = { claims: 0, maximus: 1, rationale: 2 } as const;

export const itemFieldOrder: Rule = {
  id: 'item-field-order',
  defaultSeverity: 'warning',
  description: 'The fields of an item are out of order.',
  check({ letter, report }) {
    for (const item of letter.items) {
      // The latest-ranked field so far: one pass, however many fields an item has.
      let highest: ItemField | undefined;
      for (const f of item.fields) {
        if (!highest || rank[f.kind] >= rank[highest.kind]) {
          highest = f;
          continue;
        }
        report({
          message: `'${labelOf(f.kind)}' must come before '${labelOf(highest.kind)}'. The order is Claims Administrator guideline, MAXIMUS guideline, Decision rationale.`,
          start: f.label.start,
          end: f.label.end,
          related: [{ start: highest.label.start, end: highest.label.end, message: `'${labelOf(highest.kind)}' stands here, earlier.` }],
        });
        break;
      }
    }
  },
};

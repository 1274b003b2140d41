import type { Rule } from './types';
import { labelOf } from './items-util';

const rank = { claims: 0, maximus: 1, rationale: 2 } as const;

export const itemFieldOrder: Rule = {
  id: 'item-field-order',
  defaultSeverity: 'warning',
  description: 'The fields of an item are out of order.',
  check({ letter, report }) {
    for (const item of letter.items) {
      for (let i = 1; i < item.fields.length; i++) {
        const f = item.fields[i];
        const earlier = item.fields.slice(0, i).find((p) => rank[p.kind] > rank[f.kind]);
        if (!earlier) continue;
        report({
          message: `'${labelOf(f.kind)}' must come before '${labelOf(earlier.kind)}'. The order is Claims Administrator guideline, MAXIMUS guideline, Decision rationale.`,
          start: f.label.start,
          end: f.label.end,
          related: [{ start: earlier.label.start, end: earlier.label.end, message: `'${labelOf(earlier.kind)}' stands here, earlier.` }],
        });
        break;
      }
    }
  },
};

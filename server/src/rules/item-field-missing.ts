import type { FieldKind } from '../letter/model';
import type { Rule } from './types';
import { itemAnchor, itemName, labelOf } from './items-util';
import { eolOf } from './sections-util';

const order: readonly FieldKind[] = ['claims', 'maximus', 'rationale'];

export const itemFieldMissing: Rule = {
  id: 'item-field-missing',
  defaultSeverity: 'error',
  description: 'An item lacks one of its three fields.',
  check({ letter, report }) {
    const eol = eolOf(letter.source);
    for (const item of letter.items) {
      order.forEach((kind, k) => {
        if (item.fields.some((f) => f.kind === kind)) return;
        // Insert after the field that should precede it, or before the one that should follow.
        const before = order.slice(0, k).reverse().map((p) => item.fields.find((f) => f.kind === p)).find((f) => f);
        const after = order.slice(k + 1).map((n) => item.fields.find((f) => f.kind === n)).find((f) => f);
        let at: number;
        let newText: string;
        if (before) {
          at = before.content.end;
          newText = `${eol}${labelOf(kind)} `;
        } else if (after) {
          at = after.label.start;
          newText = `${labelOf(kind)} ${eol}`;
        } else {
          at = item.heading.end;
          newText = `${eol}${labelOf(kind)} `;
        }
        report({
          message: `The item '${itemName(item)}' has no '${labelOf(kind)}' field. Add it${k < 2 ? ' with the guidelines cited' : ' with the reasons for the decision'}.`,
          ...itemAnchor(item),
          fixes: [{ title: `Insert '${labelOf(kind)}'`, edits: [{ start: at, end: at, newText }], safe: false, preferred: true }],
        });
      });
    }
  },
};

import type { Rule } from './types';
import { canonicalHeading, firstOfEach, requiredOrder } from './sections-util';

export const sectionOrder: Rule = {
  id: 'section-order',
  defaultSeverity: 'error',
  description: 'The sections are out of order.',
  check({ letter, report }) {
    const present = [...firstOfEach(letter).values()].sort((a, b) => a.heading.start - b.heading.start);
    for (let i = 1; i < present.length; i++) {
      const here = present[i];
      const before = present.slice(0, i).find((p) => requiredOrder.indexOf(p.kind) > requiredOrder.indexOf(here.kind));
      if (!before) continue;
      report({
        message: `'${canonicalHeading(here.kind)}' must come before '${canonicalHeading(before.kind)}'. Move this section up.`,
        start: here.heading.start,
        end: here.heading.end,
        related: [{ start: before.heading.start, end: before.heading.end, message: `'${canonicalHeading(before.kind)}' stands here, earlier.` }],
      });
    }
  },
};

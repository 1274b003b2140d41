import type { Rule } from './types';
import { canonicalHeading, firstOfEach } from './sections-util';

export const sectionDuplicate: Rule = {
  id: 'section-duplicate',
  defaultSeverity: 'error',
  description: 'A section heading appears twice.',
  check({ letter, report }) {
    const first = firstOfEach(letter);
    for (const s of letter.sections) {
      const original = first.get(s.kind)!;
      if (original === s) continue;
      report({
        message: `'${canonicalHeading(s.kind)}' appears a second time. A letter has each section once: merge the two.`,
        start: s.heading.start,
        end: s.heading.end,
        related: [{ start: original.heading.start, end: original.heading.end, message: 'First heading.' }],
      });
    }
  },
};

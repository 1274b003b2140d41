import type { Rule } from './types';
import { canonicalHeading } from './sections-util';

export const sectionEmpty: Rule = {
  id: 'section-empty',
  defaultSeverity: 'error',
  description: 'A section has no content.',
  check({ letter, report }) {
    for (const s of letter.sections) {
      if (s.body.text.trim().length > 0) continue;
      report({
        message: `The '${canonicalHeading(s.kind)}' section is empty. Write its content under the heading.`,
        start: s.heading.start,
        end: s.heading.end,
      });
    }
  },
};

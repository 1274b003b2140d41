import type { Rule } from './types';
import { canonicalHeading } from './sections-util';

export const sectionHeadingFormat: Rule = {
  id: 'section-heading-format',
  defaultSeverity: 'warning',
  description: 'A section heading is recognisable but not written in its exact form.',
  check({ letter, report }) {
    for (const s of letter.sections) {
      if (s.canonical) continue;
      const canonical = canonicalHeading(s.kind);
      report({
        message: `Write this heading exactly as '${canonical}'.`,
        start: s.heading.start,
        end: s.heading.end,
        fixes: [{ title: `Change to '${canonical}'`, edits: [{ start: s.heading.start, end: s.heading.end, newText: canonical }], safe: true, preferred: true }],
      });
    }
  },
};

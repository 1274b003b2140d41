import type { Rule } from './types';
import { canonicalHeading, eolOf, firstOfEach, introOf } from './sections-util';
import { letterKey } from '../letter/text';

/** How far into the section the opening sentence may start (a stray line may precede it). */
const SEARCH_WINDOW = 400;

export const sectionIntroMissing: Rule = {
  id: 'section-intro-missing',
  defaultSeverity: 'info',
  description: 'The standard opening sentence of CLINICAL CASE SUMMARY or IMR ISSUES is missing.',
  check({ letter, report }) {
    const eol = eolOf(letter.source);
    for (const s of firstOfEach(letter).values()) {
      const intro = introOf(s.kind);
      if (!intro) continue;
      // Compare letters only, so wrapping, spacing and punctuation slips do not count.
      const key = letterKey(s.body.text.slice(0, SEARCH_WINDOW + intro.length));
      // The sentence's first 60 letters identify it; some letters end it differently.
      if (key.includes(letterKey(intro).slice(0, 60))) continue;
      const at = s.heading.end;
      report({
        message: `'${canonicalHeading(s.kind)}' usually opens with: "${intro}"`,
        start: s.heading.start,
        end: s.heading.end,
        fixes: [{ title: 'Insert the standard opening sentence', edits: [{ start: at, end: at, newText: `${eol}${intro}` }], safe: true, preferred: true }],
      });
    }
  },
};

import type { Rule } from './types';
import { canonicalHeading, eolOf, firstOfEach, introOf, requiredOrder } from './sections-util';

export const sectionMissing: Rule = {
  id: 'section-missing',
  defaultSeverity: 'error',
  description: 'A required section heading is absent.',
  check({ letter, report }) {
    const present = firstOfEach(letter);
    const eol = eolOf(letter.source);
    requiredOrder.forEach((kind, k) => {
      if (present.has(kind)) return;
      const heading = canonicalHeading(kind);
      // Insert before the next required section that is present, or at the end of the letter.
      const next = requiredOrder.slice(k + 1).map((n) => present.get(n)).find((s) => s !== undefined);
      const intro = introOf(kind);
      const block = `${heading}${eol}${intro ? intro + eol : ''}`;
      let at: number;
      let text: string;
      if (next) {
        at = next.heading.start;
        text = block;
      } else {
        at = letter.source.length;
        const endsWithBreak = /[\r\n]$/.test(letter.source) || at === 0;
        text = `${endsWithBreak ? '' : eol}${block}`;
      }
      // Point at the place it belongs: the next heading, or the last line.
      const start = next ? next.heading.start : letter.lines.lineStart(letter.lines.lineCount - 1);
      const end = next ? next.heading.end : letter.source.length;
      report({
        message: `The letter has no '${heading}' section. Insert the heading${intro ? ' and its opening sentence' : ''} ${next ? `before '${canonicalHeading(next.kind)}'` : 'at the end'}.`,
        start,
        end,
        fixes: [{ title: `Insert '${heading}'`, edits: [{ start: at, end: at, newText: text }], safe: true, preferred: true }],
      });
    });
  },
};

import type { Rule } from './types';

export const itemMissing: Rule = {
  id: 'item-missing',
  defaultSeverity: 'error',
  description: 'IMR ISSUES holds no disputed item.',
  check({ letter, report }) {
    const issues = letter.sections.find((s) => s.kind === 'issues');
    if (!issues || letter.items.length > 0) return;
    // An empty section is section-empty's finding.
    if (issues.body.text.trim().length === 0) return;
    report({
      message: "IMR ISSUES has no disputed item. Add one: '<item>: Upheld' (or Overturned) followed by its three fields.",
      start: issues.heading.start,
      end: issues.heading.end,
    });
  },
};

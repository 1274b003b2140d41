import type { Fix, Rule } from './types';
import { conclusionOf } from './items-util';

/** Words whose intended decision is plain; others (Denied, Modified …) need the reviewer's choice. */
const unambiguous: Record<string, 'Upheld' | 'Overturned'> = {
  upheld: 'Upheld',
  uphold: 'Upheld',
  upholds: 'Upheld',
  overturned: 'Overturned',
  overturn: 'Overturned',
  overturns: 'Overturned',
};

export const itemDecisionInvalid: Rule = {
  id: 'item-decision-invalid',
  defaultSeverity: 'error',
  description: 'A word other than Upheld or Overturned stands where the item decision belongs.',
  check({ letter, catalog, report }) {
    for (const item of letter.items) {
      const word = item.decisionWord;
      if (!word || item.decision) continue;
      const intended = unambiguous[word.text.toLowerCase()];
      const fixes: Fix[] = [];
      if (intended) {
        fixes.push({ title: `Change to '${intended}'`, edits: [{ start: word.start, end: word.end, newText: intended }], safe: true, preferred: true });
      } else {
        const c = conclusionOf(letter, catalog, item);
        const likely = c ? (c.necessity === 'necessary' ? 'Overturned' : 'Upheld') : undefined;
        for (const d of ['Upheld', 'Overturned'] as const) {
          fixes.push({ title: `Change to '${d}'`, edits: [{ start: word.start, end: word.end, newText: d }], safe: false, preferred: d === likely });
        }
        fixes.sort((a, b) => Number(b.preferred ?? false) - Number(a.preferred ?? false));
      }
      report({
        message: `'${word.text}' is not an item decision; use ${intended ? `'${intended}'` : "'Upheld' or 'Overturned'"}.`,
        start: word.start,
        end: word.end,
        fixes,
      });
    }
  },
};

import type { Fix, Rule } from './types';
import { itemAnchor, itemName } from './items-util';
import { bareHeadingEnd } from '../letter/items';

export const itemDecisionMissing: Rule = {
  id: 'item-decision-missing',
  defaultSeverity: 'error',
  description: "An item heading has no ': Upheld' or ': Overturned'.",
  check({ letter, facts, report }) {
    for (const item of letter.items) {
      if (item.decisionWord) continue;
      const anchor = itemAnchor(item);
      const fixes: Fix[] = [];
      if (item.heading.end > item.heading.start) {
        // The rationale's conclusion says which decision is meant; offer that one first.
        const c = facts.conclusionOf(item);
        const likely = c ? (c.necessity === 'necessary' ? 'Overturned' : 'Upheld') : undefined;
        const heading = item.heading.text;
        const ownColon = heading.trimEnd().endsWith(':');
        // A dash or a blank left where the decision goes ("Tramadol #60 -", "Aide: [decision]") gives way to it.
        const bare = ownColon ? undefined : bareHeadingEnd(heading);
        const start = bare === undefined ? item.heading.end : item.heading.start + heading.slice(0, bare).trimEnd().length;
        const sep = ownColon ? ' ' : ': ';
        for (const word of ['Upheld', 'Overturned'] as const) {
          fixes.push({ title: `Add ': ${word}'`, edits: [{ start, end: item.heading.end, newText: `${sep}${word}` }], safe: false, preferred: word === likely });
        }
        fixes.sort((a, b) => Number(b.preferred ?? false) - Number(a.preferred ?? false));
      }
      // With no heading at all, "The item 'this item' has no decision" said nothing useful.
      const hasHeading = item.heading.end > item.heading.start;
      report({
        message: hasHeading
          ? `The item '${itemName(item)}' has no decision. End its heading with ': Upheld' or ': Overturned'.`
          : "These fields have no item heading. Write the item above them, ending in ': Upheld' or ': Overturned'.",
        ...anchor,
        fixes,
      });
    }
  },
};

import type { Rule } from './types';
import { itemName } from './items-util';

export const decisionConclusionMissing: Rule = {
  id: 'decision-conclusion-missing',
  defaultSeverity: 'warning',
  description: 'The rationale states no medical-necessity conclusion.',
  check({ letter, facts, report }) {
    for (const item of letter.items) {
      const rationale = item.fields.find((f) => f.kind === 'rationale');
      if (!rationale) continue;
      // A rationale still holding a «…» field is being written (a new letter's skeleton leaves the
      // conclusion's verb open: «is not/is»); the placeholder rule reports what is left to fill in.
      if (rationale.content.text.includes('«')) continue;
      if (facts.conclusionOf(item)) continue;
      const verdict = item.decision === 'Overturned' ? 'is medically necessary' : 'is not medically necessary';
      report({
        message: `The rationale for '${itemName(item)}' never says whether the request is medically necessary. End it with a conclusion such as "Therefore, the request ${verdict}."`,
        start: rationale.label.start,
        end: rationale.label.end,
        // The item it leaves undecided, named by its heading: in a long rationale the label is far from it.
        related: [{ start: item.itemSpan.start, end: item.itemSpan.end, message: 'The item this rationale decides' }],
      });
    }
  },
};

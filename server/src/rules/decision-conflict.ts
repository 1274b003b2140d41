import type { Rule } from './types';

export const decisionConflict: Rule = {
  id: 'decision-conflict',
  defaultSeverity: 'error',
  description: "The heading's decision contradicts the rationale's medical-necessity conclusion.",
  check({ letter, facts, report }) {
    for (const item of letter.items) {
      if (!item.decision || !item.decisionWord) continue;
      const c = facts.conclusionOf(item);
      // Only a conclusion in the words of medical necessity can prove a decision wrong.
      if (!c || c.strength !== 'stated') continue;
      const expected = c.necessity === 'necessary' ? 'Overturned' : 'Upheld';
      if (item.decision === expected) continue;
      const says = c.necessity === 'necessary' ? 'medically necessary' : 'not medically necessary';
      report({
        message: `The item is '${item.decision}' but its rationale concludes the request is ${says}, which means '${expected}'. Change the decision or the conclusion.`,
        start: item.decisionWord.start,
        end: item.decisionWord.end,
        related: [{ start: c.sentence.start, end: c.sentence.end, message: `The rationale concludes: ${says}.` }],
        fixes: [
          {
            title: `Change the decision to '${expected}'`,
            edits: [{ start: item.decisionWord.start, end: item.decisionWord.end, newText: expected }],
            safe: false,
            preferred: true,
          },
        ],
      });
    }
  },
};

import type { Rule } from './types';
import { conclusionOf, itemWords } from './items-util';
import { differentTreatment, namesNothing, treatmentNames } from './treatment-names';

export const conclusionItemMismatch: Rule = {
  id: 'conclusion-item-mismatch',
  defaultSeverity: 'warning',
  description: "The rationale's conclusion names another drug or service than the item heading.",
  check({ letter, catalog, report }) {
    for (const item of letter.items) {
      if (item.itemSpan.end <= item.itemSpan.start) continue;
      const c = conclusionOf(letter, catalog, item);
      // Only a conclusion that names what it is about: "the request" alone names nothing.
      if (!c?.subject || namesNothing(c.subject.text, itemWords(catalog, item))) continue;
      const clash = differentTreatment(treatmentNames(catalog, item.itemText), treatmentNames(catalog, c.subject.text));
      if (!clash) continue;
      report({
        message: `The conclusion is about ${clash.said}, but the item heading is for ${clash.heading}. Make the conclusion speak of this item, or move it to the item it belongs to.`,
        start: c.subject.start,
        end: c.subject.end,
        related: [
          { start: item.itemSpan.start, end: item.itemSpan.end, message: 'The item heading.' },
          { start: c.sentence.start, end: c.sentence.end, message: 'The conclusion.' },
        ],
      });
    }
  },
};

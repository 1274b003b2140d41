import type { Rule } from './types';
import { differentTreatment, namesNothing, treatmentNames } from './treatment-names';

export const conclusionItemMismatch: Rule = {
  id: 'conclusion-item-mismatch',
  defaultSeverity: 'warning',
  description: "The rationale's conclusion names another drug or service than the item heading.",
  check({ letter, catalog, facts, report }) {
    for (const item of letter.items) {
      if (item.itemSpan.end <= item.itemSpan.start) continue;
      const c = facts.conclusionOf(item);
      if (!c) continue;
      const own = facts.itemWords(item);
      const heading = treatmentNames(catalog, item.itemText);
      // The conclusion's subject, then a finding after it about something else (a conclusion pasted from
      // another item). Only a subject that names what it is about: "the request" alone names nothing.
      let clash: { said: string; heading: string } | undefined;
      let subject: { start: number; end: number } | undefined;
      // A verdict that names nothing ("Non-certify.") is about what the finding just before it names.
      const restated = c.subject && !namesNothing(c.subject.text, own) ? undefined : c.restatedSubject;
      for (const candidate of [c.subject, c.laterSubject, restated]) {
        if (!candidate) continue;
        const said = treatmentNames(catalog, candidate.text);
        // "oxycodone IR" under an OxyContin heading names the item's drug, in another form.
        const otherForm = said.release !== undefined && heading.release !== undefined && said.release !== heading.release;
        if (namesNothing(candidate.text, own) && !otherForm) continue;
        clash = differentTreatment(heading, said);
        if (clash) {
          subject = candidate;
          break;
        }
      }
      if (!clash || !subject) continue;
      report({
        message: `The conclusion is about ${clash.said}, but the item heading is for ${clash.heading}. Make the conclusion speak of this item, or move it to the item it belongs to.`,
        start: subject.start,
        end: subject.end,
        related: [
          { start: item.itemSpan.start, end: item.itemSpan.end, message: 'The item heading.' },
          { start: c.sentence.start, end: c.sentence.end, message: 'The conclusion.' },
        ],
      });
    }
  },
};

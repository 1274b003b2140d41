import type { Rule } from './types';
import { FoldedText } from '../letter/text';
import { isDrugLike, signatureOf } from './drug-signature';

/**
 * Only sentences that state the request are compared ("The current request is for Soma 350mg #90"):
 * rationales also quote earlier doses and guideline limits, which may differ on purpose.
 */
const requestSentence = /\brequest(?:ed)?\b[^.]{0,40}?\b(?:is|was|for|of)\b/i;

export const itemRationaleMismatch: Rule = {
  id: 'item-rationale-mismatch',
  defaultSeverity: 'warning',
  description: "The rationale names the item's drug with another strength or quantity than the heading.",
  check({ letter, report }) {
    for (const item of letter.items) {
      const heading = signatureOf(item.itemText);
      const name = heading.words[0];
      if (!isDrugLike(heading) || !name) continue;
      const rationale = item.fields.find((f) => f.kind === 'rationale');
      if (!rationale) continue;
      // Most rationales never name the drug with a strength: look before folding the whole text.
      if (!letter.source.slice(rationale.content.start, rationale.content.end).toLowerCase().includes(name)) continue;
      const folded = new FoldedText(letter.source, rationale.content.start, rationale.content.end);
      const text = folded.text;
      const lower = text.toLowerCase();
      for (let at = lower.indexOf(name); at >= 0; at = lower.indexOf(name, at + name.length)) {
        const sentenceStart = Math.max(text.lastIndexOf('. ', at) + 2, 0);
        if (!requestSentence.test(text.slice(sentenceStart, at))) continue;
        // The drug's own mention: its name and what directly follows it.
        const mention = /^[A-Za-z][A-Za-z -]{0,30}?\s?\d{1,5}(?:\.\d{1,3})?(?:\/\d{1,5})?\s?(?:mg|mcg|gm|g|ml|%)(?:[^.#]{0,25}#\s?\d{1,5})?/i.exec(text.slice(at, at + 80));
        if (!mention) continue;
        const said = signatureOf(mention[0]);
        const strengthDiffers = heading.strength && said.strength && heading.strength !== said.strength;
        const quantityDiffers = heading.quantity && said.quantity && heading.quantity !== said.quantity;
        if (!strengthDiffers && !quantityDiffers) continue;
        const what = strengthDiffers ? `strength ${said.strength} (the heading has ${heading.strength})` : `quantity #${said.quantity} (the heading has #${heading.quantity})`;
        report({
          message: `The rationale states the request with ${what}. Make the heading and the rationale agree.`,
          start: folded.startOf(at),
          end: folded.endOf(at + mention[0].length),
          related: [{ start: item.itemSpan.start, end: item.itemSpan.end, message: 'The item heading.' }],
        });
      }
    }
  },
};

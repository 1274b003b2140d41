import type { Rule } from './types';
import { FoldedText, fold } from '../letter/text';
import { isDrugLike, signatureOf } from './drug-signature';
import { drugOf } from './items-util';

/**
 * Only sentences that state the request are compared ("The current request is for Soma 350mg #90"):
 * rationales also quote earlier doses and guideline limits, which may differ on purpose.
 */
const requestSentence = /\brequest(?:ed)?\b[^.]{0,40}?\b(?:is|was|for|of)\b/i;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** Any of `names` as a word: an alternation of literals, each tried at each position once. */
export function mentionsOf(names: readonly string[]): RegExp {
  return new RegExp(`\\b(?:${names.map(escapeRegExp).join('|')})\\b`, 'gi');
}

/** How far back the sentence stating the request is looked for, and how far the mention may run. */
const CONTEXT_BEFORE = 300;
const MENTION_REACH = 120;

export const itemRationaleMismatch: Rule = {
  id: 'item-rationale-mismatch',
  defaultSeverity: 'warning',
  description: "The rationale names the item's drug with another strength or quantity than the heading.",
  check({ letter, catalog, report }) {
    for (const item of letter.items) {
      const heading = signatureOf(item.itemText);
      const name = heading.words[0];
      if (!isDrugLike(heading) || !name) continue;
      const rationale = item.fields.find((f) => f.kind === 'rationale');
      if (!rationale) continue;
      const { start: from, end: to } = rationale.content;
      const raw = letter.source.slice(from, to);
      // The drug by any of its names: the heading may say Norco and the rationale hydrocodone/APAP.
      const drug = drugOf(catalog, item);
      const names = [name, ...(drug ? [...drug.brands, ...drug.generic] : [])];
      // A case-insensitive search rather than toLowerCase(), which can change a string's length (and so
      // its offsets) for some characters.
      const occurrences = mentionsOf(names);
      for (let found = occurrences.exec(raw); found; found = occurrences.exec(raw)) {
        const at = found.index;
        // Only the words around each mention are folded: the sentence before it (within reach of the
        // "request … is/was/for" test) and the mention itself.
        const before = fold(letter.source.slice(from + Math.max(0, at - CONTEXT_BEFORE), from + at));
        const sentence = before.slice(before.lastIndexOf('. ') + 1);
        if (!requestSentence.test(sentence)) continue;
        const window = new FoldedText(letter.source, from + at, Math.min(to, from + at + MENTION_REACH));
        // The drug's own mention: its name and what directly follows it.
        const mention = /^[A-Za-z][A-Za-z /-]{0,30}?\s?\d{1,5}(?:\.\d{1,3})?(?:\/\d{1,5})?\s?(?:mg|mcg|gm|g|ml|%)(?:[^.#]{0,25}#\s?\d{1,5})?/i.exec(window.text);
        if (!mention) continue;
        const said = signatureOf(mention[0]);
        const strengthDiffers = heading.strength && said.strength && heading.strength !== said.strength;
        const quantityDiffers = heading.quantity && said.quantity && heading.quantity !== said.quantity;
        if (!strengthDiffers && !quantityDiffers) continue;
        const what = strengthDiffers ? `strength ${said.strength} (the heading has ${heading.strength})` : `quantity #${said.quantity} (the heading has #${heading.quantity})`;
        report({
          message: `The rationale states the request with ${what}. Make the heading and the rationale agree.`,
          start: window.startOf(0),
          end: window.endOf(mention[0].length),
          related: [{ start: item.itemSpan.start, end: item.itemSpan.end, message: 'The item heading.' }],
        });
      }
    }
  },
};

import type { Item } from '../letter/model';
import type { Rule } from './types';
import type { LetterFacts } from './facts';
import { itemName, normaliseItemText } from './items-util';
import { isDrugLike, signatureOf } from './drug-signature';
import { strengthsOf } from './treatment-match';

/**
 * What makes two items the same request. A drug is its catalog entry (so a brand and its generic
 * name agree) or its name, with its strength and quantity, however they are written ("30 Soma 350 mg",
 * "SOMA 350MG #30", "Carisoprodol 350mg #30"). A compounded product is every one of its agents with
 * every strength: two creams that share one agent are different items. Anything else is its words.
 */
function requestKey(item: Item, facts: LetterFacts): string {
  const sig = signatureOf(item.itemText);
  if (!isDrugLike(sig) || !sig.strength) return normaliseItemText(item.itemText);
  // Several agents only where the text joins names; otherwise the item's one drug, looked up once for all rules.
  const single = facts.drugOf(item);
  const drugs = /[/+,&]|\b(?:and|with)\b/i.test(item.itemText) ? facts.catalog.findDrugs(item.itemText).map((h) => h.drug.id) : single ? [single.id] : [];
  const agents = drugs.length > 0 ? [...new Set(drugs)].sort().join('+') : (sig.words[0] ?? '');
  const strengths = drugs.length > 1 ? [...new Set(strengthsOf(item.itemText))].sort().join('+') : sig.strength;
  return `drug:${agents}|${strengths}|${sig.quantity ?? ''}`;
}

export const itemDuplicate: Rule = {
  id: 'item-duplicate',
  defaultSeverity: 'warning',
  description: 'Two items request the same thing (an error when they are decided differently).',
  check({ letter, facts, report }) {
    const seen = new Map<string, Item>();
    for (const item of letter.items) {
      // Read from the item text alone: kept for the document's next versions.
      const key = item.itemText ? facts.ofItemText('request-key', item, () => requestKey(item, facts)) : '';
      if (!key) continue;
      const first = seen.get(key);
      if (!first) {
        seen.set(key, item);
        continue;
      }
      // Two different decisions on one request contradict each other: the letter cannot stand.
      const conflicting = first.decision !== undefined && item.decision !== undefined && first.decision !== item.decision;
      report({
        message: conflicting
          ? `'${itemName(item)}' is decided twice, ${first.decision} and then ${item.decision}. Keep one item with the right decision.`
          : `'${itemName(item)}' is decided twice. Remove one of the items or say how they differ.`,
        start: item.itemSpan.start,
        end: item.itemSpan.end,
        related: [{ start: first.itemSpan.start, end: first.itemSpan.end, message: `The same item, first decided here${first.decision ? ` (${first.decision})` : ''}.` }],
        ...(conflicting ? { severity: 'error' as const } : {}),
      });
    }
  },
};

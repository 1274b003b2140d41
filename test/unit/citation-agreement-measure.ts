// How often the suggested citation is the one the reviewer wrote, leave-one-letter-out: for each letter,
// the evidence is learned from all the others, every item's MAXIMUS field is set aside, and the ranked
// suggestions for the item are compared with what the reviewer cited.
import type { Catalog } from '../../server/src/catalog';
import { Evidence, partOfCiteKey } from '../../server/src/catalog/evidence';
import { citeKeysOfField, fieldOf, itemContextOf, learnEvidence } from '../../server/src/catalog/evidence-letters';
import { rankCitations } from '../../server/src/catalog/suggest-rank';
import type { Letter } from '../../server/src/letter/model';

export { caseFiles } from '../helpers/case-files';

export interface Disagreement {
  letter: number;
  item: string;
  offered: string[];
  cited: string[];
}

export interface Agreement {
  items: number;
  part: number;
  partAndTopic: number;
  amongThree: number;
  disagreements: Disagreement[];
}

export function measureAgreement(letters: readonly Letter[], catalog: Catalog): Agreement {
  const result: Agreement = { items: 0, part: 0, partAndTopic: 0, amongThree: 0, disagreements: [] };
  letters.forEach((letter, n) => {
    const evidence = new Evidence(learnEvidence(letters.filter((_, k) => k !== n), catalog));
    for (const item of letter.items) {
      const maximus = fieldOf(letter, item, 'maximus', catalog);
      const cited = maximus ? citeKeysOfField(maximus) : [];
      if (cited.length === 0) continue;
      const offered = rankCitations(item.itemText, letter.era, 'maximus', catalog, { context: itemContextOf(letter, item, catalog), evidence, limit: 3 });
      result.items++;
      const first = offered[0];
      const partOk = first !== undefined && cited.some((c) => partOfCiteKey(c) === partOfCiteKey(first.key));
      const topicOk = first !== undefined && cited.includes(first.key);
      const amongThree = offered.some((s) => cited.includes(s.key));
      if (partOk) result.part++;
      if (topicOk) result.partAndTopic++;
      if (amongThree) result.amongThree++;
      if (!topicOk || !amongThree) result.disagreements.push({ letter: n, item: item.itemText, offered: offered.map((s) => s.key), cited });
    }
  });
  return result;
}

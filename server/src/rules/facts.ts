// What several rules and providers read of one letter with one catalog: the parsed guideline fields,
// each item's conclusion, the words that name each item and the drug it requests, and the era the letter
// is judged by. Made once per analysis (`analyze` builds it, the rules and the providers share it), each
// fact computed on first use — so a letter's facts live exactly as long as its analysis, in the open.
import type { Catalog, DrugEntry } from '../catalog';
import { parseLetterFields, partsCitedIn, type ParsedGuidelineField } from '../citations';
import type { PartCitation } from '../citations';
import { findConclusion, type Conclusion } from '../letter/conclusion';
import type { Era, Item, Letter } from '../letter/model';
import { drugWords, nameWords } from './items-util';
import type { Profile } from './types';

/** The era a letter is judged by: the profile's, or the letter's own under `auto`. */
export function judgedEra(letter: Letter, profile: Profile): Era {
  return profile === 'auto' ? letter.era : profile;
}

export class LetterFacts {
  readonly era: Era;
  private fields: ParsedGuidelineField[] | undefined;
  private readonly conclusions = new Map<Item, Conclusion | null>();
  private readonly names = new Map<Item, Set<string>>();
  private readonly drugs = new Map<Item, DrugEntry | null>();

  constructor(
    readonly letter: Letter,
    readonly catalog: Catalog,
    profile: Profile = 'auto',
  ) {
    this.era = judgedEra(letter, profile);
  }

  /** Every guideline field of the letter, parsed (six rules and three providers read them). */
  guidelineFields(): ParsedGuidelineField[] {
    return (this.fields ??= parseLetterFields(this.letter, this.catalog));
  }

  /** Every MTUS part the finished guideline fields cite, in document order. */
  citedParts(): Generator<PartCitation> {
    return partsCitedIn(this.guidelineFields());
  }

  /** The catalog drug the item requests (by brand or generic name). */
  drugOf(item: Item): DrugEntry | undefined {
    let drug = this.drugs.get(item);
    if (drug === undefined) this.drugs.set(item, (drug = this.catalog.findDrugs(item.itemText)[0]?.drug ?? null));
    return drug ?? undefined;
  }

  /**
   * The lower-case words that name the item: its heading's words, and its drug's other names and class
   * ("hydrocodone" and "opioids" for a Norco heading). A conclusion about them is about the item.
   */
  itemWords(item: Item): Set<string> {
    let words = this.names.get(item);
    if (words) return words;
    words = new Set(nameWords(item.itemText));
    const drug = this.drugOf(item);
    if (drug) for (const w of drugWords(drug)) words.add(w);
    this.names.set(item, words);
    return words;
  }

  /** The rationale's conclusion (decision-conflict, the conclusion rules and the decision fixes read it). */
  conclusionOf(item: Item): Conclusion | undefined {
    let conclusion = this.conclusions.get(item);
    if (conclusion === undefined) {
      const rationale = item.fields.find((f) => f.kind === 'rationale');
      conclusion = rationale ? (findConclusion(this.letter.source, rationale.content, this.itemWords(item)) ?? null) : null;
      this.conclusions.set(item, conclusion);
    }
    return conclusion ?? undefined;
  }
}

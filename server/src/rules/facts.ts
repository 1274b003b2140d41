// What several rules and providers read of one letter with one catalog: the parsed guideline fields,
// each item's conclusion, the words that name each item and the drug it requests, and the era the letter
// is judged by. Made once per analysis (`analyze` builds it, the rules and the providers share it), each
// fact computed on first use — so a letter's facts live exactly as long as its analysis, in the open.
import type { Catalog, DrugEntry } from '../catalog';
import { parseGuidelineField, parseItemFields, partsCitedIn, type ParsedGuidelineField } from '../citations';
import type { PartCitation } from '../citations';
import { rebase } from '../letter/block-memo';
import { findConclusion, type Conclusion } from '../letter/conclusion';
import type { Era, Item, Letter } from '../letter/model';
import { drugWords, nameWords } from './items-util';
import type { AnalysisMemo } from './memo';
import type { Profile } from './types';

/** The era a letter is judged by: the profile's, or the letter's own under `auto`. */
export function judgedEra(letter: Letter, profile: Profile): Era {
  return profile === 'auto' ? letter.era : profile;
}

/** The facts of each item, shared by a letter's facts and the views of some of its items (`forItems`). */
interface ItemFacts {
  readonly conclusions: Map<Item, Conclusion | null>;
  readonly names: Map<Item, Set<string>>;
  readonly drugs: Map<Item, DrugEntry | null>;
  readonly fields: Map<Item, ParsedGuidelineField[]>;
  readonly texts: Map<string, Map<string, { value: unknown }>>;
}

export class LetterFacts {
  readonly era: Era;
  private fields: ParsedGuidelineField[] | undefined;
  private readonly items: ItemFacts;

  /**
   * With a `memo` (the document's previous versions), a guideline field or an item's drug already read
   * from the same text is taken from it rather than read again.
   */
  constructor(
    readonly letter: Letter,
    readonly catalog: Catalog,
    profile: Profile = 'auto',
    private readonly memo?: AnalysisMemo,
    shared?: ItemFacts,
  ) {
    this.era = judgedEra(letter, profile);
    this.items = shared ?? { conclusions: new Map(), names: new Map(), drugs: new Map(), fields: new Map(), texts: new Map() };
  }

  /**
   * The same facts for `part`, a letter like this one holding only some of its items: the item-scoped
   * rules check one item at a time through it (rules/engine.ts), and what they read is kept for all.
   */
  forItems(part: Letter): LetterFacts {
    // The era is this letter's: a profile of that era judges the part by it.
    return new LetterFacts(part, this.catalog, this.era, this.memo, this.items);
  }

  /** Every guideline field of the letter, parsed (six rules and three providers read them). */
  guidelineFields(): ParsedGuidelineField[] {
    if (this.fields) return this.fields;
    const fields: ParsedGuidelineField[] = [];
    for (const item of this.letter.items) for (const f of this.fieldsOf(item)) fields.push(f);
    return (this.fields = fields);
  }

  /** The item's guideline fields, parsed, in the order written. */
  fieldsOf(item: Item): ParsedGuidelineField[] {
    let fields = this.items.fields.get(item);
    if (fields) return fields;
    fields = parseItemFields(item, (content) => this.parseField(content));
    this.items.fields.set(item, fields);
    return fields;
  }

  /** A field is read from its own text alone, so a memo keeps it by that text. */
  private parseField(content: Item['fields'][number]['content']): ParsedGuidelineField['parsed'] {
    const memo = this.memo;
    if (!memo) return parseGuidelineField(this.letter.source, content, this.catalog);
    const kept = memo.fields.get(content.text);
    if (!kept) {
      memo.checks.fields++;
      const value = parseGuidelineField(this.letter.source, content, this.catalog);
      memo.fields.set(content.text, { at: content.start, value });
      return value;
    }
    // Kept where it was last used: the fields before an edit stay where they were, and are not moved again.
    if (kept.at !== content.start) {
      kept.value = rebase(kept.value, content.start - kept.at);
      kept.at = content.start;
    }
    return kept.value;
  }

  /** Every MTUS part the finished guideline fields cite, in document order. */
  citedParts(): Generator<PartCitation> {
    return partsCitedIn(this.guidelineFields());
  }

  /** The catalog drug the item requests (by brand or generic name). */
  drugOf(item: Item): DrugEntry | undefined {
    let drug = this.items.drugs.get(item);
    if (drug === undefined) {
      const kept = this.memo?.drugs.get(item.itemText);
      drug = kept ? kept.drug : (this.catalog.findDrugs(item.itemText)[0]?.drug ?? null);
      if (this.memo && !kept) this.memo.drugs.set(item.itemText, { drug });
      this.items.drugs.set(item, drug);
    }
    return drug ?? undefined;
  }

  /**
   * The lower-case words that name the item: its heading's words, and its drug's other names and class
   * ("hydrocodone" and "opioids" for a Norco heading). A conclusion about them is about the item.
   */
  itemWords(item: Item): Set<string> {
    let words = this.items.names.get(item);
    if (words) return words;
    words = new Set(nameWords(item.itemText));
    const drug = this.drugOf(item);
    if (drug) for (const w of drugWords(drug)) words.add(w);
    this.items.names.set(item, words);
    return words;
  }

  /**
   * What `compute` reads from the item's text alone (`kind` names it): kept for the document's next
   * versions. It must hold no offsets, which would not move with the item.
   */
  ofItemText<T>(kind: string, item: Item, compute: () => T): T {
    return this.ofText(kind, item.itemText, compute);
  }

  /**
   * What `compute` reads from `text` alone with this catalog (`kind` names it): kept for the document's
   * next versions. It must hold no offsets, and nobody may change it.
   */
  ofText<T>(kind: string, text: string, compute: () => T): T {
    let known = this.items.texts.get(kind);
    if (!known) this.items.texts.set(kind, (known = new Map()));
    let kept = known.get(text);
    if (kept) return kept.value as T;
    const memo = this.memo?.textFacts(kind);
    kept = memo?.get(text);
    if (!kept) {
      kept = { value: compute() };
      memo?.set(text, kept);
    }
    known.set(text, kept);
    return kept.value as T;
  }

  /** The rationale's conclusion (decision-conflict, the conclusion rules and the decision fixes read it). */
  conclusionOf(item: Item): Conclusion | undefined {
    let conclusion = this.items.conclusions.get(item);
    if (conclusion === undefined) {
      const rationale = item.fields.find((f) => f.kind === 'rationale');
      conclusion = rationale ? (findConclusion(this.letter.source, rationale.content, this.itemWords(item)) ?? null) : null;
      this.items.conclusions.set(item, conclusion);
    }
    return conclusion ?? undefined;
  }
}

// The guideline catalog with its lookup structures, built once from the data (the server runs the
// citation rules on every keystroke, so every lookup here is a map or trie walk over a few tokens).
import { editDistance, typoAllowance } from '../text/distance';
import { keyWords, normKey, tokenize, type Token } from '../text/tokens';
import { TokenTrie, type TrieMatch } from './trie';
import type {
  AcoemChapter,
  CatalogData,
  DrugEntry,
  ItemKindEntry,
  NonMtusTopic,
  OdgChapter,
  OdgTopic,
  PageRange,
  PartEntry,
  PartVariant,
  SectionEntry,
} from './types';

/** A printed part label, resolved. */
export interface PartLabelHit {
  part: PartEntry;
  /** The form matched: the label itself or one of its variants. */
  text: string;
  /** The edition the printed form implies when no year follows it. */
  impliedYear?: string;
  misspelling: boolean;
}

export type SectionVia = 'name' | 'name2009' | 'alias' | 'misspelling' | 'number' | 'title';

/** A section or topic name, resolved within a part. */
export interface SectionHit {
  section?: SectionEntry;
  /** Set instead of `section` for a topic the part does not have but ODG does (Zolpidem in Chronic Pain). */
  nonMtus?: NonMtusTopic;
  via: SectionVia;
}

export interface Nearest<T> {
  value: T;
  /** The name to write instead. */
  text: string;
  distance: number;
}

interface PartIndex {
  trie: TokenTrie<SectionHit>;
  byNumber: Map<string, SectionEntry>;
  /** Names for "did you mean" (no misspellings). */
  fuzzy: { key: string; section: SectionEntry }[];
}

interface KindPhraseHit {
  kind: number;
  group: number;
}

export interface DrugHit {
  drug: DrugEntry;
  /** Where the name stands in the searched text. */
  start: number;
  end: number;
}

/** `norm` starts with a-z and holds a digit somewhere: the shape `strengthSuffix` needs before it can match. */
function startsLowerWithDigit(norm: string): boolean {
  const first = norm.charCodeAt(0);
  if (first < 97 || first > 122) return false;
  for (let i = 1; i < norm.length; i++) {
    const c = norm.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

const strengthSuffix = /^([a-z][a-z-]*?)(\d[\d.,/]*(mg|mcg|g|ml|%)?)$/;

export class Catalog {
  readonly parts: readonly PartEntry[];
  readonly odgChapters: readonly OdgChapter[];
  readonly acoemChapters: readonly AcoemChapter[];
  readonly drugs: readonly DrugEntry[];
  readonly itemKinds: readonly ItemKindEntry[];

  private readonly partById = new Map<string, PartEntry>();
  private readonly labelTrie = new TokenTrie<PartLabelHit>();
  private readonly labelFuzzy: { key: string; hit: PartLabelHit }[] = [];
  private readonly partIndexes = new Map<string, PartIndex>();
  private readonly odgById = new Map<string, OdgChapter>();
  private readonly odgTrie = new TokenTrie<OdgChapter>();
  private readonly odgTopicTries = new Map<string, TokenTrie<OdgTopic>>();
  private readonly drugTrie = new TokenTrie<DrugEntry>();
  private readonly kindPhrases = new TokenTrie<KindPhraseHit[]>();

  constructor(readonly data: CatalogData) {
    this.parts = data.parts;
    this.odgChapters = data.odgChapters;
    this.acoemChapters = data.acoemChapters;
    this.drugs = data.drugs;
    this.itemKinds = data.itemKinds;
  }

  private indexed = false;

  /**
   * Builds the lookup structures on first use, not at construction: the server answers `initialize`
   * before any letter needs the catalog, which keeps its cold start short.
   */
  private ensureIndexed(): void {
    if (this.indexed) return;
    this.indexed = true;
    this.indexParts();
    this.indexOdg();
    for (const drug of this.data.drugs) {
      for (const name of [...drug.brands, ...drug.generic]) this.drugTrie.add(name, drug);
    }
    this.data.itemKinds.forEach((kind, k) => {
      kind.match.forEach((group, g) => {
        for (const phrase of group) {
          const words = keyWords(phrase);
          let list = this.kindPhrasesGet(words);
          if (!list) {
            list = [];
            this.kindPhrases.addWords(words, list);
          }
          list.push({ kind: k, group: g });
        }
      });
    });
  }

  private kindPhrasesGet(words: string[]): KindPhraseHit[] | undefined {
    return this.kindPhrases.get(words.join(' '));
  }

  private indexParts(): void {
    for (const part of this.parts) this.partById.set(part.id, part);
    // Canonical labels first so a variant never shadows a label.
    for (const part of this.parts) this.addLabel(part, { text: part.label });
    for (const part of this.parts) for (const variant of part.variants ?? []) this.addLabel(part, variant);
    // 2014-15 letters name an ACOEM 2004 chapter after the guideline ("MTUS ACOEM Low Back Complaints
    // Page(s): 301"): the chapter, not the umbrella "ACOEM" with the chapter as its topic. Only in the trie, so
    // a misspelt label is still compared with the printed labels alone.
    for (const part of this.parts) {
      if (part.family !== 'acoem-2004' || part.id === 'acoem') continue;
      for (const text of [part.label, ...(part.variants ?? []).filter((v) => !v.misspelling).map((v) => v.text)]) {
        this.labelTrie.add(`ACOEM ${text}`, { part, text: `ACOEM ${text}`, impliedYear: undefined, misspelling: false });
      }
    }
    for (const part of this.parts) this.partIndexes.set(part.id, this.indexSections(part));
  }

  private addLabel(part: PartEntry, variant: PartVariant): void {
    const hit: PartLabelHit = { part, text: variant.text, impliedYear: variant.year, misspelling: variant.misspelling === true };
    this.labelTrie.add(variant.text, hit);
    if (!hit.misspelling) this.labelFuzzy.push({ key: normKey(variant.text), hit });
  }

  private indexSections(part: PartEntry): PartIndex {
    const trie = new TokenTrie<SectionHit>();
    const byNumber = new Map<string, SectionEntry>();
    const fuzzy: PartIndex['fuzzy'] = [];
    // Precedence when two entries share a key: names, then 2009 names, titles, aliases, misspellings.
    for (const section of part.sections) {
      trie.add(section.name, { section, via: 'name' });
      fuzzy.push({ key: normKey(section.name), section });
      if (section.number) byNumber.set(section.number, section);
    }
    for (const section of part.sections) {
      if (section.name2009) {
        trie.add(section.name2009, { section, via: 'name2009' });
        fuzzy.push({ key: normKey(section.name2009), section });
      }
      if (section.title) trie.add(section.title, { section, via: 'title' });
    }
    for (const section of part.sections) {
      for (const alias of section.aliases ?? []) {
        trie.add(alias, { section, via: 'alias' });
        fuzzy.push({ key: normKey(alias), section });
      }
    }
    for (const section of part.sections) {
      for (const misspelling of section.misspellings ?? []) trie.add(misspelling, { section, via: 'misspelling' });
    }
    for (const topic of part.nonMtusTopics ?? []) {
      for (const name of [topic.name, ...(topic.aliases ?? [])]) trie.add(name, { nonMtus: topic, via: 'name' });
    }
    return { trie, byNumber, fuzzy };
  }

  private indexOdg(): void {
    for (const chapter of this.odgChapters) {
      this.odgById.set(chapter.id, chapter);
      this.odgTrie.add(chapter.name, chapter);
    }
    for (const chapter of this.odgChapters) {
      for (const spelling of chapter.spellings) this.odgTrie.add(spelling, chapter);
      const topics = new TokenTrie<OdgTopic>();
      for (const topic of chapter.topics) topics.add(topic.name, topic);
      for (const topic of chapter.topics) for (const alias of topic.aliases ?? []) topics.add(alias, topic);
      this.odgTopicTries.set(chapter.id, topics);
    }
  }

  // ---- parts -------------------------------------------------------------------------------

  part(id: string): PartEntry | undefined {
    this.ensureIndexed();
    return this.partById.get(id);
  }

  /** The longest part label or printed variant starting at token `index`. */
  matchPartLabel(tokens: readonly Token[], index: number, limit?: number): TrieMatch<PartLabelHit> | undefined {
    this.ensureIndexed();
    return this.labelTrie.longest(tokens, index, limit);
  }

  /** A part by its printed label ("Chronic Pain Treatment Guidelines", "Low Back Complaints"). */
  lookupPart(label: string): PartLabelHit | undefined {
    this.ensureIndexed();
    return this.labelTrie.get(label);
  }

  /** The known label nearest to a misprinted one, within a typo's distance. */
  nearestPart(label: string): Nearest<PartEntry> | undefined {
    this.ensureIndexed();
    const key = normKey(label);
    const allowance = typoAllowance(key.length);
    let best: Nearest<PartEntry> | undefined;
    for (const { key: candidate, hit } of this.labelFuzzy) {
      const d = editDistance(key, candidate, best ? Math.min(best.distance, allowance) : allowance);
      if (d <= allowance && (!best || d < best.distance)) best = { value: hit.part, text: hit.text, distance: d };
    }
    return best;
  }

  /** The edition of `part` nearest to a year it does not have. */
  nearestYear(part: PartEntry, year: string): string | undefined {
    this.ensureIndexed();
    const n = Number(year);
    let best: string | undefined;
    for (const y of part.years) if (best === undefined || Math.abs(Number(y) - n) < Math.abs(Number(best) - n)) best = y;
    return best;
  }

  // ---- sections ----------------------------------------------------------------------------

  /** The longest section name (or alias, misspelling) of `part` starting at token `index`. */
  matchSection(part: PartEntry, tokens: readonly Token[], index: number, limit?: number): TrieMatch<SectionHit> | undefined {
    this.ensureIndexed();
    return this.partIndexes.get(part.id)?.trie.longest(tokens, index, limit);
  }

  /** A section of `part` by its whole name, alias or misspelling, or by number in a numbered part. */
  lookupSection(part: PartEntry, text: string): SectionHit | undefined {
    this.ensureIndexed();
    const index = this.partIndexes.get(part.id);
    if (!index) return undefined;
    const byNumber = index.byNumber.get(text.trim().replace(/\.$/, ''));
    if (byNumber) return { section: byNumber, via: 'number' };
    return index.trie.get(text);
  }

  sectionByNumber(part: PartEntry, number: string): SectionEntry | undefined {
    this.ensureIndexed();
    return this.partIndexes.get(part.id)?.byNumber.get(number);
  }

  /** The section of `part` nearest to an unknown name, within a typo's distance. */
  nearestSection(part: PartEntry, text: string): Nearest<SectionEntry> | undefined {
    this.ensureIndexed();
    const index = this.partIndexes.get(part.id);
    if (!index) return undefined;
    const key = normKey(text);
    const allowance = typoAllowance(key.length);
    let best: Nearest<SectionEntry> | undefined;
    for (const { key: candidate, section } of index.fuzzy) {
      const d = editDistance(key, candidate, best ? Math.min(best.distance, allowance) : allowance);
      if (d <= allowance && (!best || d < best.distance)) best = { value: section, text: section.name, distance: d };
    }
    return best;
  }

  /**
   * The other parts that have a section named `text` — by name, alias or misspelling, or, for a numbered
   * part, by the section number `text` begins with ("3.3.9 Opioids for Chronic Pain …").
   */
  partsWithSection(text: string, except: PartEntry): { part: PartEntry; section: SectionEntry }[] {
    this.ensureIndexed();
    const found: { part: PartEntry; section: SectionEntry }[] = [];
    let number = /^\d[\d.]*/.exec(text.trim())?.[0];
    while (number?.endsWith('.')) number = number.slice(0, -1);
    for (const part of this.parts) {
      if (part.id === except.id) continue;
      const index = this.partIndexes.get(part.id);
      if (!index) continue;
      const section = (number && part.numberedSections ? index.byNumber.get(number) : undefined) ?? index.trie.get(text)?.section;
      if (section) found.push({ part, section });
    }
    return found;
  }

  /** Up to `count` sections of `part` closest to `text`: those sharing the most words, then the nearest spellings. */
  closestSections(part: PartEntry, text: string, count: number): SectionEntry[] {
    this.ensureIndexed();
    const index = this.partIndexes.get(part.id);
    if (!index) return [];
    // A topic name is short; a longer text is compared by its start, which keeps the cost bounded.
    const key = normKey(text.slice(0, 120));
    const words = new Set(keyWords(text.slice(0, 120)));
    const scored = index.fuzzy.map(({ key: candidate, section }) => {
      const shared = keyWords(section.name).filter((w) => w.length > 2 && words.has(w)).length;
      return { section, shared, distance: editDistance(key, candidate, Math.max(key.length, candidate.length)) };
    });
    // A name that shares no word and is far in spelling is no hint at all.
    const near = Math.max(3, Math.floor(key.length / 3));
    const hints = scored.filter((s) => s.shared > 0 || s.distance <= near);
    hints.sort((a, b) => b.shared - a.shared || a.distance - b.distance);
    const seen = new Set<SectionEntry>();
    const closest: SectionEntry[] = [];
    for (const { section } of hints) {
      if (seen.has(section)) continue;
      seen.add(section);
      closest.push(section);
      if (closest.length === count) break;
    }
    return closest;
  }

  /** A part's sections, in catalog order. */
  sectionsOf(partId: string): readonly SectionEntry[] {
    this.ensureIndexed();
    return this.partById.get(partId)?.sections ?? [];
  }

  /** A topic's pages in the 2009 Chronic Pain edition, each with its status; none is verified yet. */
  pages2009(section: SectionEntry): readonly PageRange[] {
    this.ensureIndexed();
    return section.pages?.['2009'] ?? [];
  }

  // ---- ODG ---------------------------------------------------------------------------------

  odgChapter(id: string): OdgChapter | undefined {
    this.ensureIndexed();
    return this.odgById.get(id);
  }

  matchOdgChapter(tokens: readonly Token[], index: number, limit?: number): TrieMatch<OdgChapter> | undefined {
    this.ensureIndexed();
    return this.odgTrie.longest(tokens, index, limit);
  }

  matchOdgTopic(chapter: OdgChapter, tokens: readonly Token[], index: number, limit?: number): TrieMatch<OdgTopic> | undefined {
    this.ensureIndexed();
    return this.odgTopicTries.get(chapter.id)?.longest(tokens, index, limit);
  }

  lookupOdgTopic(chapter: OdgChapter, name: string): OdgTopic | undefined {
    this.ensureIndexed();
    return this.odgTopicTries.get(chapter.id)?.get(name);
  }

  // ---- items -------------------------------------------------------------------------------

  /** Drugs named in an item's text, by brand or generic name, in order of appearance. */
  findDrugs(itemText: string): DrugHit[] {
    this.ensureIndexed();
    const tokens = tokenize(itemText);
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      // The regex only where it can match: a word that starts with a letter and holds a digit.
      if (t.kind !== 'word' || !startsLowerWithDigit(t.norm)) continue;
      const m = strengthSuffix.exec(t.norm);
      if (m) tokens[i] = { ...t, norm: m[1] };
    }
    const hits: DrugHit[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const match = this.drugTrie.longest(tokens, i);
      if (!match) continue;
      if (!hits.some((h) => h.drug === match.value)) {
        hits.push({ drug: match.value, start: tokens[i].start, end: tokens[match.endIndex - 1].end });
      }
      i = match.endIndex - 1;
    }
    return hits;
  }

  /** Non-drug item kinds whose phrases the item text contains, in catalog order (specific first). */
  detectItemKinds(itemText: string): ItemKindEntry[] {
    this.ensureIndexed();
    const tokens = tokenize(itemText);
    const groupsSeen = new Map<number, Set<number>>();
    for (let i = 0; i < tokens.length; i++) {
      if (tokens[i].kind === 'punct') continue;
      for (const list of this.kindPhrases.allAt(tokens, i)) {
        for (const { kind, group } of list) {
          let seen = groupsSeen.get(kind);
          if (!seen) groupsSeen.set(kind, (seen = new Set()));
          seen.add(group);
        }
      }
    }
    return this.itemKinds.filter((kind, k) => (groupsSeen.get(k)?.size ?? 0) === kind.match.length);
  }
}

// The catalog's data, as the JSON files in data/ hold it (catalog.schema.json is the same shape).
// A file may hold any of the lists; user catalog files are merged over the built-in ones by id.

export type PageStatus = 'seed' | 'quoted' | 'verified';

export interface PageRange {
  from: number;
  to: number;
  status: PageStatus;
  note?: string;
}

export interface SectionEntry {
  /** As letters print it; for Chronic Pain topics the 2016 name. */
  name: string;
  /** The 2009 edition's name when it differs (Physical medicine / Physical medicine treatment). */
  name2009?: string;
  /** Numbered parts (Opioid Treatment 2016): `3.3.9`. */
  number?: string;
  title?: string;
  aliases?: string[];
  /** Resolved to this section but reported, with a fix to `name`. */
  misspellings?: string[];
  pages?: { '2009'?: PageRange[]; '2016'?: PageRange[] };
  source: string;
}

export interface PartVariant {
  text: string;
  /** The edition this printed form implies when no year follows ("Chronic Pain Treatment Guidelines": 2009). */
  year?: string;
  misspelling?: boolean;
}

export interface NonMtusTopic {
  name: string;
  aliases?: string[];
  odg: { chapter: string; topic: string };
  source: string;
}

export interface PartEntry {
  id: string;
  label: string;
  years: string[];
  family: string;
  regulation?: string;
  variants?: PartVariant[];
  /** True when every section is listed, so an unlisted one is reported. */
  sectionsComplete?: boolean;
  numberedSections?: boolean;
  sections: SectionEntry[];
  /** Topics letters cite under this part that come from ODG. */
  nonMtusTopics?: NonMtusTopic[];
  source: string;
}

export interface OdgTopic {
  name: string;
  aliases?: string[];
}

export interface OdgChapter {
  id: string;
  name: string;
  /** The name inserted citations use ("Pain" in "ODG, Pain Chapter"); defaults to `name`. */
  short?: string;
  spellings: string[];
  topics: OdgTopic[];
  source: string;
}

export interface AcoemChapter {
  edition: string;
  chapter: number;
  title: string;
  mtusPart?: string;
  source: string;
}

export interface MtusRef {
  mtus: string;
  year?: string;
  sections?: string[];
}

export interface OdgRef {
  odg: string;
  topic: string;
}

export type CitationRef = MtusRef | OdgRef;

export interface DrugEntry {
  id: string;
  generic: string[];
  brands: string[];
  class: string;
  cite2014: CitationRef[];
  cite2016: CitationRef[];
  source: string;
}

export interface ItemKindEntry {
  id: string;
  label: string;
  /** Each entry is a list of phrases; every entry must have one of its phrases in the item text. */
  match: string[][];
  cite2014: CitationRef[];
  cite2016: CitationRef[];
  source: string;
}

export interface CatalogData {
  parts: PartEntry[];
  odgChapters: OdgChapter[];
  acoemChapters: AcoemChapter[];
  drugs: DrugEntry[];
  itemKinds: ItemKindEntry[];
}

/** One catalog file as written: every list optional, entries possibly partial (merged by id). */
export interface CatalogFile {
  source?: string;
  parts?: Partial<PartEntry>[];
  odgChapters?: Partial<OdgChapter>[];
  acoemChapters?: AcoemChapter[];
  drugs?: Partial<DrugEntry>[];
  itemKinds?: Partial<ItemKindEntry>[];
}

export function isMtusRef(ref: CitationRef): ref is MtusRef {
  return (ref as MtusRef).mtus !== undefined;
}

// What a guideline field says, read into its basis statement and citation clauses: the types the
// readers fill in and the citation rules, hover and code lens read. Every piece keeps its span in the document.
import type { NonMtusTopic, OdgChapter, OdgTopic, PartEntry, SectionEntry, SectionVia } from '../catalog';
import type { Span } from '../letter/model';

export type BasisKind = 'no-evidence' | 'outside-mtus' | 'not-based-on-mtus';

export interface BasisStatement {
  kind: BasisKind;
  /** Who the statement names. */
  actor: 'claims' | 'reviewer' | 'unknown';
  span: Span;
}

export interface CitedYear {
  span: Span;
  /** The year read, spaces removed ("200 7" -> "2007"). */
  value: string;
  /** True when the year was printed with a space inside it. */
  noisy: boolean;
}

export interface CitedSection {
  span: Span;
  /** Set when the text resolves to a section of the part. */
  section?: SectionEntry;
  via?: SectionVia;
  /** Set when the text is a topic the part does not have but ODG does (Zolpidem as an MTUS topic). */
  nonMtus?: NonMtusTopic;
  /** True for a bare number in a part whose sections are not numbered (`Section(s): 326`). */
  numberOnly?: boolean;
}

export interface CitedPages {
  span: Span;
  from: number;
  to: number;
}

export interface PartCitation {
  /** The part label as printed (and any trailing "Guidelines"). */
  label: Span;
  /** The part the label names; absent when the catalog does not know it. */
  part?: PartEntry;
  /** True when the label is a known misprint of `part`'s label. */
  labelMisspelled: boolean;
  year?: CitedYear;
  /** The edition the printed label implies when no year follows ("Chronic Pain Treatment Guidelines": 2009). */
  impliedYear?: string;
  /** `Section(s):` as written. */
  sectionsMarker?: Span;
  sections: CitedSection[];
  /** `Page(s):` as written. */
  pagesMarker?: Span;
  pages: CitedPages[];
  span: Span;
}

export interface MtusClause {
  kind: 'mtus';
  /** "Decision based on MTUS". */
  lead: Span;
  parts: PartCitation[];
  /** Text after the last part the parser could not place (rare); not checked. */
  rest?: Span;
  span: Span;
}

export interface OdgReference {
  chapter?: { span: Span; chapter: OdgChapter };
  /** A "<name> Chapter" the catalog does not know ("Cervical Spine Chapter"), when no known chapter is named. */
  unknownChapter?: Span;
  topic?: { span: Span; topic?: OdgTopic };
}

export interface NonMtusClause {
  kind: 'non-mtus';
  /** "Decision based on Non-MTUS Citation". */
  lead: Span;
  /** The "Non-MTUS" word as written; `canonical` is false for "Non- MTUS", "NonMTUS", "Non MTUS". */
  marker: Span;
  canonical: boolean;
  /** The free text of the citation. */
  text?: Span;
  odg?: OdgReference;
  span: Span;
}

export interface OtherClause {
  kind: 'other';
  /** "Decision based on". */
  lead: Span;
  text?: Span;
  span: Span;
}

export type CitationClause = MtusClause | NonMtusClause | OtherClause;

export interface GuidelineField {
  content: Span;
  basis?: BasisStatement;
  clauses: CitationClause[];
  /** Text that is neither the basis statement nor in a clause (before the first clause). */
  unparsed: Span[];
  /** True when the field names a guideline (MTUS, ODG, ACOEM, "Guidelines") anywhere. */
  mentionsGuideline: boolean;
}

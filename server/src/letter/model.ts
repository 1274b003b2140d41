// The Letter model: what `parseLetter` reads out of a draft. Every piece keeps its place as offsets
// (UTF-16 code units, as JavaScript strings count them) into `Letter.source`, the text as the parser
// reads it. For plain text that is the document itself; for text pasted from Word or a PDF it is the
// normalised text (normalize.ts), and `Letter.sourceMap` takes offsets back to the document.
// `Letter.lines` turns an offset into a document position either way. Nothing here depends on an editor.
import type { SourceMap } from './normalize';

/** A piece of the document: `text` is exactly `source.slice(start, end)`. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

/** The three required sections, in their required order. */
export type SectionKind = 'how' | 'summary' | 'issues';

export interface Section {
  kind: SectionKind;
  /** The heading as written (may be split over two lines). */
  heading: Span;
  /** The heading normalised: whitespace folded, trimmed. */
  headingText: string;
  /** True when the heading is written exactly in its canonical form. */
  canonical: boolean;
  /** From the end of the heading to the next section heading or the end of the text. */
  body: Span;
}

export type HeaderFieldKey =
  | 'caseNumber'
  | 'dateAssigned'
  | 'decisionDate'
  | 'priority'
  | 'dateOfInjury'
  | 'urDenialDate'
  | 'applicationReceived';

export interface HeaderField {
  key: HeaderFieldKey;
  label: Span;
  /** Absent when the label has no value. */
  value?: Span;
}

export interface Header {
  /** From the first non-blank character to the end of the last header value. */
  span: Span;
  fields: HeaderField[];
  /** `lines`: `Label: value`; `columns`: the PDF form, a column of labels then a column of values. */
  layout: 'lines' | 'columns';
}

export type FieldKind = 'claims' | 'maximus' | 'rationale';

export interface ItemField {
  kind: FieldKind;
  /** The label with its colon, e.g. `MAXIMUS guideline:`. */
  label: Span;
  /** From after the colon to the end of the field (the next label, item or section), trimmed. */
  content: Span;
}

export type Decision = 'Upheld' | 'Overturned';

export interface Item {
  /** The whole block: heading to the end of the last field. */
  span: Span;
  /** The heading line(s), up to and including the decision word if there is one. */
  heading: Span;
  /** The treatment requested: the heading before its last colon, whitespace folded. */
  itemText: string;
  /** Where the item text stands in the document (before the colon). */
  itemSpan: Span;
  /** The word(s) after the heading's last colon, when there are any. */
  decisionWord?: Span;
  /** The decision when `decisionWord` is exactly one of the two item decisions. */
  decision?: Decision;
  /** The fields in the order written; a field may be missing or appear twice. */
  fields: ItemField[];
}

export type DateForm = 'slash' | 'dash' | 'dot' | 'words';

export interface DateMention {
  span: Span;
  month: number;
  day: number;
  /** Four-digit year (two-digit years are read as 19xx/20xx around 1970). */
  year: number;
  form: DateForm;
  /** False for an impossible calendar date (2/30/2016, 13/12/16). */
  valid: boolean;
}

export interface RequestMention {
  /** A request the case summary names, e.g. `Soma 350mg #90`. */
  span: Span;
  text: string;
  /**
   * The summary states it as what utilization review refused and IMR reviews (a denial, the requests
   * under consideration, the application), not only as requested, planned or recommended.
   */
  disputed: boolean;
  /** Utilization review modified it: part of it may have been authorised, and the rest is disputed. */
  modified?: boolean;
  /** A reference to requests not listed ("the requested medications", "all of the requests"): it stands for any of them. */
  collective?: boolean;
}

/** Which template the letter follows: the 2016 form (header, credentials block) or the 2014–15 form. */
export type Era = '2016' | '2014';

export interface Letter {
  /** The text the parser read: the document, or its normalised form (normalize.ts). */
  source: string;
  /**
   * Present only when offsets into `source` differ from the document's (a soft hyphen dropped, an ellipsis
   * spelt out, page furniture skipped). One-for-one replacements (curly quotes, no-break spaces, dashes)
   * keep every offset, and need none.
   */
  sourceMap?: SourceMap;
  /** Lines and positions of the document, addressed by offsets into `source`. */
  lines: LineIndexLike;
  header?: Header;
  /** Every section heading found, in document order: a duplicated heading appears twice. */
  sections: Section[];
  /** The disputed items of the IMR ISSUES section, in document order. */
  items: Item[];
  dates: DateMention[];
  requests: RequestMention[];
  era: Era;
}

/** What the model needs from a line index; implemented by `LineIndex`. */
export interface LineIndexLike {
  readonly lineCount: number;
  lineStart(line: number): number;
  /** Offset just past the line's text, before its line break. */
  lineEnd(line: number): number;
  lineOf(offset: number): number;
  position(offset: number): { line: number; character: number };
  /** The position of a range's exclusive end (differs from `position` only where characters were dropped). */
  endPosition(offset: number): { line: number; character: number };
  offset(position: { line: number; character: number }): number;
}

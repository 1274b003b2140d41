// Reads a guideline field ("Claims Administrator guideline:", "MAXIMUS guideline:") into its basis
// statement and citation clauses, every piece with its span in the document. Works on word tokens
// (see catalog/tokens.ts), so line wraps, runs of spaces, ® marks and "Non- MTUS" do not matter,
// and it is linear in the field's length: each step either consumes tokens or stops.
import type { Catalog, NonMtusTopic, OdgChapter, OdgTopic, PartEntry, SectionEntry, SectionVia, Token } from '../catalog';
import { tokenize } from '../catalog';
import type { FieldKind, Item, ItemField, Letter, Span } from './model';

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

// ---- token helpers ---------------------------------------------------------------------------

function spanOf(source: string, start: number, end: number): Span {
  return { start, end, text: source.slice(start, end) };
}

function tokensSpan(source: string, tokens: readonly Token[], from: number, to: number): Span {
  return spanOf(source, tokens[from].start, tokens[to - 1].end);
}

// Fixed parameters rather than a rest array: these run at every token, and a rest array is an
// allocation per call. Unused parameters are undefined, which no token's `norm` equals.
function isWord(tokens: readonly Token[], i: number, a: string, b?: string, c?: string, d?: string, e?: string): boolean {
  if (i >= tokens.length) return false;
  const token = tokens[i];
  if (token.kind === 'punct') return false;
  const n = token.norm;
  return n === a || n === b || n === c || n === d || n === e;
}

function isPunct(tokens: readonly Token[], i: number, a: string, b?: string, c?: string, d?: string): boolean {
  if (i >= tokens.length) return false;
  const token = tokens[i];
  if (token.kind !== 'punct') return false;
  const n = token.norm;
  return n === a || n === b || n === c || n === d;
}

/** Index just past `words` when they follow each other from `i` (punctuation between is skipped). */
function matchWords(tokens: readonly Token[], i: number, words: readonly string[], limit: number): number {
  let k = i;
  for (const word of words) {
    while (k < limit && tokens[k].kind === 'punct') k++;
    if (k >= limit || tokens[k].norm !== word) return -1;
    k++;
  }
  return k;
}

/** Extends a match that ends inside parentheses ("Carisoprodol (Soma") past its closing ")". */
function closeParens(tokens: readonly Token[], from: number, to: number, limit: number): number {
  let open = 0;
  for (let i = from; i < to; i++) {
    if (isPunct(tokens, i, '(')) open++;
    else if (isPunct(tokens, i, ')')) open--;
  }
  let end = to;
  while (open > 0 && end < limit && isPunct(tokens, end, ')')) {
    open--;
    end++;
  }
  return end;
}

/** Drops trailing punctuation tokens (the sentence's period) from [from, to). */
function trimEnd(tokens: readonly Token[], from: number, to: number): number {
  let end = to;
  while (end > from && tokens[end - 1].kind === 'punct' && tokens[end - 1].norm !== ')') end--;
  return end;
}

// ---- basis statements ------------------------------------------------------------------------

const basisPhrases: { kind: BasisKind; words: string[] }[] = [
  { kind: 'no-evidence', words: ['did', 'not', 'cite', 'any', 'medical', 'evidence'] },
  { kind: 'not-based-on-mtus', words: ['did', 'not', 'base', 'their', 'decision', 'on', 'the', 'mtus'] },
  { kind: 'not-based-on-mtus', words: ['did', 'not', 'base', 'its', 'decision', 'on', 'the', 'mtus'] },
  { kind: 'outside-mtus', words: ['outside', 'of', 'the', 'mtus'] },
  { kind: 'outside-mtus', words: ['outside', 'the', 'mtus'] },
];

// Word sequences matched at many tokens, made once rather than at every call.
const claimsAdministrator: readonly string[] = ['claims', 'administrator'];
const expertReviewer: readonly string[] = ['expert', 'reviewer'];
const decisionBasedOn: readonly string[] = ['decision', 'based', 'on'];
const officialDisability: readonly string[] = ['official', 'disability'];
const officialDisabilities: readonly string[] = ['official', 'disabilities'];

function findBasis(source: string, tokens: readonly Token[], from: number, to: number): BasisStatement | undefined {
  for (let i = from; i < to; i++) {
    if (tokens[i].kind === 'punct') continue;
    for (const phrase of basisPhrases) {
      if (tokens[i].norm !== phrase.words[0]) continue;
      if (matchWords(tokens, i, phrase.words, to) < 0) continue;
      const end = trimEnd(tokens, from, to);
      let actor: BasisStatement['actor'] = 'unknown';
      for (let k = from; k < i; k++) {
        if (matchWords(tokens, k, claimsAdministrator, i) > 0) actor = 'claims';
        else if (matchWords(tokens, k, expertReviewer, i) > 0) actor = 'reviewer';
      }
      return { kind: phrase.kind, actor, span: tokensSpan(source, tokens, from, Math.max(end, from + 1)) };
    }
  }
  return undefined;
}

// ---- clause leads ----------------------------------------------------------------------------

interface Lead {
  kind: CitationClause['kind'];
  /** Token index of "Decision". */
  start: number;
  /** Token index just past the lead ("MTUS", "Citation"). */
  end: number;
  markerStart?: number;
  markerEnd?: number;
}

/** Reads "Non-MTUS" in any of its printed forms at `i`: Non-MTUS, Non- MTUS, NonMTUS, Non MTUS. */
function nonMtusAt(tokens: readonly Token[], i: number, limit: number): number {
  if (isWord(tokens, i, 'nonmtus', 'non-mtus')) return i + 1;
  if (isWord(tokens, i, 'non')) {
    let k = i + 1;
    if (isPunct(tokens, k, '-')) k++;
    if (k < limit && isWord(tokens, k, 'mtus')) return k + 1;
  }
  return -1;
}

function findLeads(tokens: readonly Token[]): Lead[] {
  const leads: Lead[] = [];
  const n = tokens.length;
  for (let i = 0; i < n; i++) {
    if (!isWord(tokens, i, 'decision')) continue;
    const after = matchWords(tokens, i, decisionBasedOn, n);
    if (after < 0) continue;
    const nonEnd = nonMtusAt(tokens, after, n);
    if (nonEnd > 0) {
      const end = isWord(tokens, nonEnd, 'citation', 'citations') ? nonEnd + 1 : nonEnd;
      leads.push({ kind: 'non-mtus', start: i, end, markerStart: after, markerEnd: nonEnd });
      i = end - 1;
    } else if (isWord(tokens, after, 'mtus')) {
      leads.push({ kind: 'mtus', start: i, end: after + 1 });
      i = after;
    } else {
      leads.push({ kind: 'other', start: i, end: after });
      i = after - 1;
    }
  }
  return leads;
}

// ---- MTUS clauses ----------------------------------------------------------------------------

function isYearValue(text: string): boolean {
  return /^(19|20)\d\d$/.test(text);
}

/** A year at `i`: `2016`, or a year split by a space (`200 7`, `20 16`). */
function yearAt(source: string, tokens: readonly Token[], i: number, limit: number): { year: CitedYear; next: number } | undefined {
  if (i >= limit || tokens[i].kind !== 'number') return undefined;
  if (isYearValue(tokens[i].norm)) {
    return { year: { span: tokensSpan(source, tokens, i, i + 1), value: tokens[i].norm, noisy: false }, next: i + 1 };
  }
  if (i + 1 < limit && tokens[i + 1].kind === 'number') {
    const joined = tokens[i].norm + tokens[i + 1].norm;
    const between = source.slice(tokens[i].end, tokens[i + 1].start);
    if (isYearValue(joined) && /^[ \t]+$/.test(between)) {
      return { year: { span: tokensSpan(source, tokens, i, i + 2), value: joined, noisy: true }, next: i + 2 };
    }
  }
  return undefined;
}

const sectionWords: readonly string[] = ['section', 'sections'];
const pageWords: readonly string[] = ['page', 'pages', 'pg', 'pgs', 'pp'];

/** `Section(s):`, `Sections:`, `Section:` at `i`; returns the index past the colon. */
function sectionsMarkerAt(tokens: readonly Token[], i: number): number {
  return markerAt(tokens, i, sectionWords);
}

/** `Page(s):`, `Pages`, `Page`, `pg.`, `p.` at `i`. */
function pagesMarkerAt(tokens: readonly Token[], i: number): number {
  const k = markerAt(tokens, i, pageWords);
  if (k > 0) return k;
  // "p." / "p" only when a number follows, so a topic word "p" is never read as a marker.
  if (isWord(tokens, i, 'p')) {
    const j = isPunct(tokens, i + 1, '.') ? i + 2 : i + 1;
    if (j < tokens.length && tokens[j].kind === 'number') return j;
  }
  return -1;
}

function markerAt(tokens: readonly Token[], i: number, words: readonly string[]): number {
  if (i >= tokens.length || tokens[i].kind === 'punct' || !words.includes(tokens[i].norm)) return -1;
  let k = i + 1;
  if (isPunct(tokens, k, '(') && isWord(tokens, k + 1, 's') && isPunct(tokens, k + 2, ')')) k += 3;
  const marked = k > i + 1;
  if (isPunct(tokens, k, ':', '.')) return k + 1;
  // A bare "Section"/"Pages" counts only with "(s)" or when a number follows ("pages 535-536").
  if (marked || (k < tokens.length && tokens[k].kind === 'number')) return k;
  return -1;
}

/** Page numbers written where a section belongs: `112`, `112-113`, `112, 114`. */
function pagesOnly(tokens: readonly Token[], from: number, to: number): boolean {
  if (to <= from || tokens[from].kind !== 'number') return false;
  for (let i = from + 1; i < to; i++) {
    if (tokens[i].kind !== 'number' && !isPunct(tokens, i, '-', '–', '—', ',')) return false;
  }
  return true;
}

type LabelMatch = ReturnType<Catalog['matchPartLabel']>;

class ClauseReader {
  /** The part whose sections are being read. */
  private current: PartEntry | undefined;
  /**
   * The part label at each token index, looked up once: the list readers ask at every token whether
   * a part starts there, several times over (null: looked up, none).
   */
  private readonly labels: (LabelMatch | null)[] = [];

  constructor(
    private readonly source: string,
    private readonly tokens: readonly Token[],
    private readonly catalog: Catalog,
    /** One past the clause's last token. */
    private readonly limit: number,
  ) {}

  private labelAt(k: number): LabelMatch {
    const known = this.labels[k];
    if (known !== undefined) return known ?? undefined;
    const label = this.catalog.matchPartLabel(this.tokens, k, this.limit);
    this.labels[k] = label ?? null;
    return label;
  }

  /** The next part when a separator ("," / ";" / "and") and a label with a year or "Guidelines" start at `i`. */
  nextPartAt(i: number): number {
    const t = this.tokens;
    let k = i;
    let separated = false;
    if (isPunct(t, k, ',', ';')) {
      k++;
      separated = true;
    }
    if (isWord(t, k, 'and')) {
      k++;
      separated = true;
    }
    if (!separated || k >= this.limit) return -1;
    const label = this.labelAt(k);
    if (!label) return -1;
    let after = label.endIndex;
    if (isWord(t, after, 'guidelines')) after++;
    const followedByYear = yearAt(this.source, t, after, this.limit) !== undefined;
    const labelHasGuidelines = after > label.endIndex || t[label.endIndex - 1].norm === 'guidelines';
    if (followedByYear || labelHasGuidelines) return k;
    // Without a year, a label ending the list counts when it cannot be a section of the current part
    // ("Prevention" is both) and is not one of the 2017 chapters, whose labels are everyday words.
    const ends = after >= this.limit || isPunct(t, after, ',', ';', '.');
    const ambiguous = label.value.part.family === 'acoem-2017' || (this.current !== undefined && this.catalog.matchSection(this.current, t, k, this.limit) !== undefined);
    return ends && !ambiguous ? k : -1;
  }

  /** True at a point where a section or topic list ends. */
  private listEndsAt(i: number): boolean {
    return i >= this.limit || pagesMarkerAt(this.tokens, i) > 0 || this.nextPartAt(i) >= 0 || isPunct(this.tokens, i, '.');
  }

  readPart(i: number): { part: PartCitation; next: number } {
    const t = this.tokens;
    const start = i;
    const label = this.labelAt(i);
    let k: number;
    if (label) {
      k = label.endIndex;
    } else {
      // An unknown label runs to its year, its section list, a comma or the end.
      k = i;
      while (
        k < this.limit &&
        !yearAt(this.source, t, k, this.limit) &&
        !isPunct(t, k, ',', ';', '.', ':') &&
        sectionsMarkerAt(t, k) < 0 &&
        pagesMarkerAt(t, k) < 0
      ) {
        k++;
      }
      if (k === i) k = Math.min(i + 1, this.limit);
    }
    if (isWord(t, k, 'guidelines', 'guideline')) k++;
    const labelEnd = k;
    this.current = label?.value.part;
    const citation: PartCitation = {
      label: tokensSpan(this.source, t, start, labelEnd),
      part: label?.value.part,
      labelMisspelled: label?.value.misspelling ?? false,
      impliedYear: label?.value.impliedYear,
      sections: [],
      pages: [],
      span: tokensSpan(this.source, t, start, labelEnd),
    };
    const year = yearAt(this.source, t, k, this.limit);
    if (year) {
      citation.year = year.year;
      k = year.next;
      if (isWord(t, k, 'guidelines')) k++;
    }
    if (isPunct(t, k, ',')) k++;
    // Sections, topics and pages, in whatever order they come, until the part ends.
    let guard = 0;
    while (k < this.limit && guard++ < this.limit) {
      if (this.nextPartAt(k) >= 0 || isPunct(t, k, '.')) break;
      const sectionsEnd = sectionsMarkerAt(t, k);
      if (sectionsEnd > 0) {
        citation.sectionsMarker ??= tokensSpan(this.source, t, k, sectionsEnd);
        k = this.readSections(citation, sectionsEnd);
        continue;
      }
      const pagesEnd = pagesMarkerAt(t, k);
      if (pagesEnd > 0) {
        citation.pagesMarker ??= tokensSpan(this.source, t, k, pagesEnd);
        k = this.readPages(citation, pagesEnd);
        continue;
      }
      if (isPunct(t, k, ',', ';')) {
        k++;
        continue;
      }
      // The 2014-15 form: topics straight after the label, no "Section(s):".
      const before = k;
      k = this.readSections(citation, k);
      if (k === before) break;
    }
    // Offsets, not token indexes; a loop, not a spread, since a section list can be very long.
    let last = Math.max(citation.label.end, citation.year?.span.end ?? 0);
    for (const s of citation.sections) if (s.span.end > last) last = s.span.end;
    for (const p of citation.pages) if (p.span.end > last) last = p.span.end;
    citation.span = spanOf(this.source, t[start].start, last);
    return { part: citation, next: k };
  }

  private readSections(citation: PartCitation, from: number): number {
    const t = this.tokens;
    let k = from;
    while (k < this.limit) {
      while (isPunct(t, k, ',', ';')) {
        if (this.nextPartAt(k) >= 0) return k;
        k++;
      }
      if (isWord(t, k, 'and') && this.nextPartAt(k) < 0 && !this.listEndsAt(k + 1)) k++;
      if (this.listEndsAt(k)) return k;
      const part = citation.part;
      if (part?.numberedSections && t[k].kind === 'number') {
        k = this.readNumberedSection(citation, part, k);
        continue;
      }
      const match = part ? this.catalog.matchSection(part, t, k, this.limit) : undefined;
      if (match) {
        const end = closeParens(t, match.startIndex, match.endIndex, this.limit);
        citation.sections.push({
          span: tokensSpan(this.source, t, k, end),
          section: match.value.section,
          via: match.value.via,
          nonMtus: match.value.nonMtus,
        });
        k = end;
        continue;
      }
      k = this.readUnknownSection(citation, k);
    }
    return k;
  }

  /** `3.3.9 Opioids for ...: Maintenance ...`: the number, then its title up to the next numbered section. */
  private readNumberedSection(citation: PartCitation, part: PartEntry, from: number): number {
    const t = this.tokens;
    let k = from + 1;
    if (isPunct(t, k, '.')) k++;
    while (k < this.limit) {
      if (isPunct(t, k, ';') || isPunct(t, k, '.') || this.nextPartAt(k) >= 0 || pagesMarkerAt(t, k) > 0) break;
      if (isPunct(t, k, ',') && k + 1 < this.limit && t[k + 1].kind === 'number') break;
      k++;
    }
    const end = trimEnd(t, from, k);
    const section = this.catalog.sectionByNumber(part, t[from].norm);
    citation.sections.push({ span: tokensSpan(this.source, t, from, end), section, via: section ? 'number' : undefined });
    return k;
  }

  /** Text the part does not have: up to the next separator after which a known section, part or end follows. */
  private readUnknownSection(citation: PartCitation, from: number): number {
    const t = this.tokens;
    let k = from + 1;
    while (k < this.limit) {
      if (this.listEndsAt(k)) break;
      if (isPunct(t, k, ',', ';')) {
        let j = k + 1;
        if (isWord(t, j, 'and')) j++;
        const known = citation.part ? this.catalog.matchSection(citation.part, t, j, this.limit) : undefined;
        if (known || this.listEndsAt(j) || t[j]?.kind === 'number') break;
      }
      k++;
    }
    const end = trimEnd(t, from, k);
    const numberOnly = !citation.part?.numberedSections && pagesOnly(t, from, end);
    citation.sections.push({ span: tokensSpan(this.source, t, from, Math.max(end, from + 1)), numberOnly: numberOnly || undefined });
    return k;
  }

  private readPages(citation: PartCitation, from: number): number {
    const t = this.tokens;
    let k = from;
    while (k < this.limit) {
      if (t[k].kind !== 'number') break;
      const first = Number(t[k].norm);
      let end = k + 1;
      let last = first;
      if (isPunct(t, end, '-') && end + 1 < this.limit && t[end + 1].kind === 'number') {
        last = Number(t[end + 1].norm);
        end += 2;
      }
      citation.pages.push({ span: tokensSpan(this.source, t, k, end), from: first, to: last });
      k = end;
      if ((isPunct(t, k, ',', ';') || isWord(t, k, 'and')) && k + 1 < this.limit && t[k + 1].kind === 'number') k++;
      else break;
    }
    return k;
  }
}

function readMtusClause(source: string, tokens: readonly Token[], catalog: Catalog, lead: Lead, limit: number): MtusClause {
  const reader = new ClauseReader(source, tokens, catalog, limit);
  const parts: PartCitation[] = [];
  let k = lead.end;
  while (k < limit) {
    // "MTUS:" or "MTUS," before the label; a clause of punctuation alone has no part.
    while (k < limit && tokens[k].kind === 'punct' && tokens[k].norm !== '(') k++;
    if (k >= limit) break;
    const { part, next } = reader.readPart(k);
    parts.push(part);
    const nextPart = reader.nextPartAt(next);
    if (nextPart < 0 || nextPart <= k) {
      k = next;
      break;
    }
    k = nextPart;
  }
  const end = trimEnd(tokens, lead.start, limit);
  const clause: MtusClause = {
    kind: 'mtus',
    lead: tokensSpan(source, tokens, lead.start, lead.end),
    parts,
    span: tokensSpan(source, tokens, lead.start, Math.max(end, lead.end)),
  };
  const restEnd = trimEnd(tokens, k, limit);
  if (restEnd > k) clause.rest = tokensSpan(source, tokens, k, restEnd);
  return clause;
}

// ---- Non-MTUS clauses ------------------------------------------------------------------------

const odgChapterFiller = new Set(['chapter', 'section', 'acute', 'chronic', 'and', 'online', 'version', 'updated', 'odg', 'topic']);

function readOdg(source: string, tokens: readonly Token[], catalog: Catalog, from: number, to: number): OdgReference | undefined {
  let odgAt = -1;
  for (let i = from; i < to; i++) {
    if (isWord(tokens, i, 'odg') || matchWords(tokens, i, officialDisability, to) > 0 || matchWords(tokens, i, officialDisabilities, to) > 0) {
      odgAt = i;
      break;
    }
  }
  if (odgAt < 0) return undefined;
  const reference: OdgReference = {};
  for (let i = odgAt; i < to; i++) {
    const match = catalog.matchOdgChapter(tokens, i, to);
    if (!match) continue;
    reference.chapter = { span: tokensSpan(source, tokens, i, match.endIndex), chapter: match.value };
    let k = match.endIndex;
    // Skip "Chapter", "(Acute & Chronic)", "(updated 11/3/16)" and punctuation before the topic.
    while (k < to && (tokens[k].kind === 'punct' || odgChapterFiller.has(tokens[k].norm) || tokens[k].kind === 'number')) k++;
    if (k < to) {
      const topic = catalog.matchOdgTopic(match.value, tokens, k, to);
      let end = topic ? closeParens(tokens, k, topic.endIndex, to) : k;
      if (!topic) while (end < to && !isPunct(tokens, end, ',', ';', '.')) end++;
      end = trimEnd(tokens, k, end);
      if (end > k) reference.topic = { span: tokensSpan(source, tokens, k, end), topic: topic?.value };
    }
    break;
  }
  if (!reference.chapter) reference.unknownChapter = unknownChapterName(source, tokens, odgAt + 1, to);
  return reference;
}

/** The words before the first "Chapter" after `from`, back to the punctuation before them. */
function unknownChapterName(source: string, tokens: readonly Token[], from: number, to: number): Span | undefined {
  for (let i = from; i < to; i++) {
    if (!isWord(tokens, i, 'chapter')) continue;
    let start = i;
    while (start > from && tokens[start - 1].kind !== 'punct') start--;
    return start < i ? tokensSpan(source, tokens, start, i + 1) : undefined;
  }
  return undefined;
}

function readNonMtusClause(source: string, tokens: readonly Token[], catalog: Catalog, lead: Lead, limit: number): NonMtusClause {
  const markerStart = lead.markerStart ?? lead.start;
  const markerEnd = lead.markerEnd ?? lead.end;
  const marker = tokensSpan(source, tokens, markerStart, markerEnd);
  // "Non-MTUS" exactly, or split only by a line wrap after the hyphen.
  const canonical = /^non-(\r?\n|\r)?mtus$/i.test(marker.text);
  const end = trimEnd(tokens, lead.start, limit);
  const clause: NonMtusClause = {
    kind: 'non-mtus',
    lead: tokensSpan(source, tokens, lead.start, lead.end),
    marker,
    canonical,
    span: tokensSpan(source, tokens, lead.start, Math.max(end, lead.end)),
  };
  const textEnd = trimEnd(tokens, lead.end, limit);
  if (textEnd > lead.end) {
    clause.text = tokensSpan(source, tokens, lead.end, textEnd);
    clause.odg = readOdg(source, tokens, catalog, lead.end, textEnd);
  }
  return clause;
}

// ---- the field -------------------------------------------------------------------------------

const guidelineWords = new Set(['mtus', 'odg', 'acoem', 'guideline', 'guidelines', 'nonmtus']);

/** Parses the guideline field whose content (after the label's colon) is `content`. */
export function parseGuidelineField(source: string, content: Span, catalog: Catalog): GuidelineField {
  const tokens = tokenize(source, content.start, content.end);
  const field: GuidelineField = {
    content,
    clauses: [],
    unparsed: [],
    mentionsGuideline: tokens.some((t) => guidelineWords.has(t.norm)),
  };
  if (tokens.length === 0) return field;
  const leads = findLeads(tokens);
  const firstLead = leads.length > 0 ? leads[0].start : tokens.length;
  if (firstLead > 0) {
    field.basis = findBasis(source, tokens, 0, firstLead);
    if (!field.basis) field.unparsed.push(tokensSpan(source, tokens, 0, firstLead));
  }
  leads.forEach((lead, n) => {
    const limit = n + 1 < leads.length ? leads[n + 1].start : tokens.length;
    if (lead.kind === 'mtus') field.clauses.push(readMtusClause(source, tokens, catalog, lead, limit));
    else if (lead.kind === 'non-mtus') field.clauses.push(readNonMtusClause(source, tokens, catalog, lead, limit));
    else {
      const end = trimEnd(tokens, lead.start, limit);
      const textEnd = trimEnd(tokens, lead.end, limit);
      field.clauses.push({
        kind: 'other',
        lead: tokensSpan(source, tokens, lead.start, lead.end),
        text: textEnd > lead.end ? tokensSpan(source, tokens, lead.end, textEnd) : undefined,
        span: tokensSpan(source, tokens, lead.start, Math.max(end, lead.end)),
      });
    }
  });
  return field;
}

// ---- per letter ------------------------------------------------------------------------------

export interface ParsedGuidelineField {
  item: Item;
  field: ItemField;
  kind: Exclude<FieldKind, 'rationale'>;
  parsed: GuidelineField;
  /**
   * The field still holds a «…» placeholder: the reviewer is filling it in, and the placeholder rule
   * reports it. The citation rules leave such a field alone rather than report the same spot twice.
   */
  unfinished: boolean;
}

const cache = new WeakMap<Letter, WeakMap<Catalog, ParsedGuidelineField[]>>();

/** Every guideline field of the letter, parsed once per letter and catalog (six rules share it). */
export function guidelineFields(letter: Letter, catalog: Catalog): ParsedGuidelineField[] {
  let byCatalog = cache.get(letter);
  if (!byCatalog) cache.set(letter, (byCatalog = new WeakMap()));
  let fields = byCatalog.get(catalog);
  if (!fields) {
    fields = [];
    for (const item of letter.items) {
      for (const field of item.fields) {
        if (field.kind === 'rationale') continue;
        fields.push({ item, field, kind: field.kind, parsed: parseGuidelineField(letter.source, field.content, catalog), unfinished: field.content.text.includes('«') });
      }
    }
    byCatalog.set(catalog, fields);
  }
  return fields;
}

/**
 * Every MTUS part cited in a guideline field, in document order. Fields still holding a «…»
 * placeholder are left out: the placeholder rule reports them.
 */
export function* citedParts(letter: Letter, catalog: Catalog): Generator<PartCitation> {
  for (const { parsed, unfinished } of guidelineFields(letter, catalog)) {
    if (unfinished) continue;
    for (const clause of parsed.clauses) {
      if (clause.kind === 'mtus') yield* clause.parts;
    }
  }
}

/** The year a part citation is judged by: printed, implied by the label, or none. */
export function effectiveYear(part: PartCitation): string | undefined {
  return part.year?.value ?? part.impliedYear;
}

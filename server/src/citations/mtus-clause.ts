// An MTUS citation clause: its parts (matched against the catalog's part labels as they are read),
// each with its year, sections or pages. Linear: each step consumes tokens or stops.
import type { Catalog, PartEntry, Token } from '../catalog';
import type { CitedYear, MtusClause, PartCitation } from './model';
import { closeParens, isPunct, isWord, spanOf, tokensSpan, trimEnd } from './tokens';
import { Lead } from './leads';

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
    // ", and MTUS Opioid Treatment 2016, Section(s): …": the source named again before the next part.
    if (separated && isWord(t, k, 'mtus') && k + 1 < this.limit) k++;
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

export function readMtusClause(source: string, tokens: readonly Token[], catalog: Catalog, lead: Lead, limit: number): MtusClause {
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

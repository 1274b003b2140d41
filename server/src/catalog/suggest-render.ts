// A catalog citation written out as a whole guideline field in the letter's era: the 2016
// `Section(s):` form, the 2014-15 `Chronic Pain Treatment Guidelines <Topic> Page(s): n` form, or for
// topics the MTUS does not address the Non-MTUS form with its basis statement.
import type { Era } from '../letter/model';
import type { Catalog } from './catalog';
import type { CitationRef, MtusRef, OdgRef, PageRange, PartEntry, SectionEntry } from './types';
import { isMtusRef } from './types';
import { normKey } from '../text/tokens';

/** The form a citation is written in: a letter's era. */
export type CitationEra = Era;
export type GuidelineFieldKind = 'claims' | 'maximus';

export interface CitationSuggestion {
  /** The whole field text to insert after the label. */
  text: string;
  /** The likeliest citation for the item (LSP `isPreferred`). */
  preferred: boolean;
  /** A short title for the code action. */
  title: string;
}

function actorOf(fieldKind: GuidelineFieldKind): string {
  return fieldKind === 'claims' ? 'The Claims Administrator' : 'The Expert Reviewer';
}

function findSection(part: PartEntry, name: string): SectionEntry | undefined {
  const key = normKey(name);
  return part.sections.find((s) => s.number === name || normKey(s.name) === key || (s.name2009 !== undefined && normKey(s.name2009) === key));
}

function formatRanges(ranges: readonly PageRange[]): string {
  const seen = new Set<string>();
  for (const r of ranges) seen.add(r.from === r.to ? String(r.from) : `${r.from}-${r.to}`);
  return [...seen].join(', ');
}

/** The pages a 2009 topic is usually cited with: verified or commonly quoted ranges, else the seed's. */
function usualPages(catalog: Catalog, sections: readonly SectionEntry[]): string {
  const ranges = sections.flatMap((s) => catalog.pages2009(s));
  const preferred = ranges.filter((r) => r.status !== 'seed');
  return formatRanges(preferred.length > 0 ? preferred : ranges);
}

export interface Rendered {
  text: string;
  title: string;
}

function renderMtus(ref: MtusRef, era: CitationEra, catalog: Catalog): Rendered | undefined {
  const part = catalog.part(ref.mtus);
  if (!part) return undefined;
  const sections = (ref.sections ?? []).map((name) => findSection(part, name)).filter((s): s is SectionEntry => s !== undefined);
  const year = ref.year ?? part.years[0];
  if (part.id === 'chronic-pain' && year === '2009') {
    // The 2014-15 form: no year, the 2009 topic names separated by ";", then the pages.
    const names = sections.map((s) => s.name2009 ?? s.name);
    const pages = usualPages(catalog, sections);
    const text = `Decision based on MTUS Chronic Pain Treatment Guidelines${names.length ? ` ${names.join('; ')}` : ''}${pages ? ` Page(s): ${pages}` : ''}.`;
    return { text, title: `Cite MTUS Chronic Pain 2009: ${names.join('; ') || 'no topic'}${pages ? ` (p. ${pages})` : ''}` };
  }
  const names = sections.map((s) => s.name);
  const list = names.join(', ');
  if (era === '2016') {
    return {
      text: `Decision based on MTUS ${part.label} ${year}${names.length ? `, Section(s): ${list}` : ''}.`,
      title: `Cite MTUS ${part.label} ${year}${names.length ? `: ${list}` : ''}`,
    };
  }
  // 2014-15 letters name the topic after the part without the 2016 "Section(s):" marker.
  return {
    text: `Decision based on MTUS ${part.label} ${year}${names.length ? `, ${list}` : ''}.`,
    title: `Cite MTUS ${part.label} ${year}${names.length ? `: ${list}` : ''}`,
  };
}

function renderOdg(ref: OdgRef, era: CitationEra, fieldKind: GuidelineFieldKind, catalog: Catalog): Rendered | undefined {
  const chapter = catalog.odgChapter(ref.odg);
  if (!chapter) return undefined;
  const name = chapter.short ?? chapter.name;
  const basis =
    era === '2016'
      ? `${actorOf(fieldKind)} based their decision on recommendation(s) outside of the MTUS Guidelines.`
      : `${actorOf(fieldKind)} did not base their decision on the MTUS.`;
  const publisher = era === '2016' ? 'Official Disability Guidelines (ODG)' : 'ODG';
  return {
    text: `${basis} Decision based on Non-MTUS Citation ${publisher}, ${name} Chapter, ${ref.topic}.`,
    title: `Cite ODG ${name}: ${ref.topic} (Non-MTUS)`,
  };
}

/** One catalog citation written out as field text in the given era. */
export function renderCitation(ref: CitationRef, era: CitationEra, fieldKind: GuidelineFieldKind, catalog: Catalog): Rendered | undefined {
  return isMtusRef(ref) ? renderMtus(ref, era, catalog) : renderOdg(ref, era, fieldKind, catalog);
}


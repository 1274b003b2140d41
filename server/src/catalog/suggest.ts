// Citations for an item, derived from the whole item (a drug by any name and its form, the kind of
// service, the body region, a surgery it belongs to) and ranked by what reviewers cite (suggest-rank.ts),
// each written out as a whole guideline field in the letter's era (suggest-render.ts).
import type { Catalog } from './catalog';
import type { ItemContext } from './evidence-features';
import { rankCitations } from './suggest-rank';
import type { CitationEra, CitationSuggestion, GuidelineFieldKind } from './suggest-render';

export { renderCitation, type CitationEra, type CitationSuggestion, type GuidelineFieldKind } from './suggest-render';
export { rankCitations, type RankedCitation } from './suggest-rank';

/**
 * The citations for the item, likeliest first (at most `limit`). `context` (the letter's other items, the
 * Claims Administrator's citations) sharpens the choice; without it the item text alone decides.
 */
export function suggestCitations(
  itemText: string,
  era: CitationEra,
  fieldKind: GuidelineFieldKind,
  catalog: Catalog,
  limit = 6,
  context?: ItemContext,
): CitationSuggestion[] {
  return rankCitations(itemText, era, fieldKind, catalog, { limit, context }).map(({ text, preferred, title }) => ({ text, preferred, title }));
}

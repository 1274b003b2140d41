// MTUS part labels and years the catalog does not know, and misprints of "Non-MTUS". Real letters
// carry such typos ("Acupuncture Treatment 200 7", "NonMTUS"), so this warns and offers the fix.
import { keyWords, type OdgChapter } from '../catalog';
import { regionsNamed, regionsOfOdgChapter } from '../catalog/regions';
import type { Rule } from './types';

/** The chapter an unknown name most likely means: one covering the body region it names, else one sharing a word. */
function nearestOdgChapter(chapters: readonly OdgChapter[], text: string): OdgChapter | undefined {
  const regions = regionsNamed(text);
  const byRegion = chapters.filter((c) => regionsOfOdgChapter(c.id).some((r) => regions.has(r)));
  if (byRegion.length === 1) return byRegion[0];
  const words = new Set(keyWords(text).filter((w) => w !== 'chapter' && w.length > 2));
  return chapters.find((c) => c.spellings.some((s) => keyWords(s).some((w) => words.has(w))));
}

export const citationUnknownGuideline: Rule = {
  id: 'citation-unknown-guideline',
  defaultSeverity: 'warning',
  description: 'A citation names an MTUS part or edition year the catalog does not know.',
  check({ catalog, facts, report }) {
    for (const { parsed, unfinished } of facts.guidelineFields()) {
      if (unfinished) continue;
      for (const clause of parsed.clauses) {
        if (clause.kind === 'non-mtus' && !clause.canonical) {
          report({
            message: `"${clause.marker.text}" should read "Non-MTUS".`,
            start: clause.marker.start,
            end: clause.marker.end,
            fixes: [{ title: 'Write "Non-MTUS"', edits: [{ start: clause.marker.start, end: clause.marker.end, newText: 'Non-MTUS' }], safe: true, preferred: true }],
          });
        }
        if (clause.kind === 'non-mtus' && clause.odg?.unknownChapter) {
          const span = clause.odg.unknownChapter;
          const nearest = nearestOdgChapter(catalog.odgChapters, span.text);
          const name = nearest ? `${nearest.short ?? nearest.name} Chapter` : undefined;
          report({
            message: name
              ? `"${span.text}" is not an ODG chapter; did you mean "${name}"?`
              : `"${span.text}" is not an ODG chapter the catalog knows. Name the chapter as ODG does, e.g. "Pain Chapter" or "Low Back Chapter".`,
            start: span.start,
            end: span.end,
            fixes: name ? [{ title: `Change to "${name}"`, edits: [{ start: span.start, end: span.end, newText: name }], safe: false, preferred: true }] : undefined,
          });
        }
        if (clause.kind !== 'mtus') continue;
        for (const cited of clause.parts) {
          const { label, part, year } = cited;
          if (!part) {
            const nearest = catalog.nearestPart(label.text);
            report({
              message: nearest
                ? `"${label.text}" is not an MTUS part the catalog knows; did you mean "${nearest.text}"?`
                : `"${label.text}" is not an MTUS part the catalog knows. Cite a part as letters print it, e.g. "Chronic Pain Medical Treatment 2016" or "Low Back Complaints 2004" (or add it to a user catalog).`,
              start: label.start,
              end: label.end,
              fixes: nearest
                ? [{ title: `Change to "${nearest.text}"`, edits: [{ start: label.start, end: label.end, newText: nearest.text }], safe: false, preferred: true }]
                : undefined,
            });
            continue;
          }
          if (cited.labelMisspelled) {
            report({
              message: `"${label.text}" is a misprint of the MTUS part "${part.label}".`,
              start: label.start,
              end: label.end,
              fixes: [{ title: `Change to "${part.label}"`, edits: [{ start: label.start, end: label.end, newText: part.label }], safe: true, preferred: true }],
            });
          }
          if (!year) continue;
          if (!part.years.includes(year.value)) {
            const nearest = catalog.nearestYear(part, year.value);
            report({
              message: `${part.label} has no ${year.value} edition; the MTUS part is cited as ${part.label} ${part.years.join(' or ')}.`,
              start: year.span.start,
              end: year.span.end,
              fixes: nearest ? [{ title: `Change the year to ${nearest}`, edits: [{ start: year.span.start, end: year.span.end, newText: nearest }], safe: false, preferred: true }] : undefined,
            });
          } else if (year.noisy) {
            report({
              message: `The year "${year.span.text}" has a space in it; write ${year.value}.`,
              start: year.span.start,
              end: year.span.end,
              fixes: [{ title: `Write ${year.value}`, edits: [{ start: year.span.start, end: year.span.end, newText: year.value }], safe: true, preferred: true }],
            });
          }
        }
      }
    }
  },
};

// Pages cited for 2009 Chronic Pain topics that fall outside the range letters usually quote. None of
// the catalog's page numbers is verified against the 2009 text, so this is never more than a note.
import { effectiveYear } from '../citations';
import type { PageRange } from '../catalog';
import type { Rule } from './types';

/** How far outside the usual range a page may be before the note appears. */
const slack = 2;

function formatRange(r: PageRange): string {
  return r.from === r.to ? String(r.from) : `${r.from}–${r.to}`;
}

export const citationPageUnusual: Rule = {
  id: 'citation-page-unusual',
  defaultSeverity: 'info',
  description: 'A 2009 page number lies outside the pages usually cited for the topic.',
  check({ catalog, facts, report }) {
    for (const cited of facts.citedParts()) {
      if (!cited.part || cited.pages.length === 0) continue;
      // Pages without a year are the 2014-15 form, i.e. the 2009 edition; 2016 pages are citation-style-mixed's.
      const year = effectiveYear(cited);
      if (year !== undefined && year !== '2009') continue;
      const topics = cited.sections.filter((s) => s.section && catalog.pages2009(s.section).length > 0);
      const ranges = topics.flatMap((s) => catalog.pages2009(s.section!));
      if (ranges.length === 0) continue;
      for (const page of cited.pages) {
        const usual = ranges.some((r) => page.from >= r.from - slack && page.to <= r.to + slack);
        if (usual) continue;
        const names = topics.map((s) => s.section!.name2009 ?? s.section!.name).join('; ');
        const quoted = [...new Set(ranges.map(formatRange))].join(', ');
        report({
          message:
            `Page ${page.span.text} is outside the pages usually cited for ${names} (p. ${quoted}). ` +
            'No page in the catalog is verified against the 2009 guideline, so check the page there.',
          start: page.span.start,
          end: page.span.end,
        });
      }
    }
  },
};

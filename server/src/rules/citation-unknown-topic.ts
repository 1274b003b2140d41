// Sections and topics the cited MTUS part does not have. Misspellings the catalog knows ("Inital
// Care") and near misses get a fix; an unlisted name is reported only for parts whose section list
// is complete, since the catalog does not list every Chronic Pain topic.
import { citedParts, type CitedSection } from '../letter/citations';
import type { PartEntry } from '../catalog';
import type { Report, Rule } from './types';

function describe(part: PartEntry, year: string | undefined): string {
  return year ? `${part.label} ${year}` : part.label;
}

function reportSection(part: PartEntry, year: string | undefined, cited: CitedSection, nearest: { text: string } | undefined): Report | undefined {
  const { span } = cited;
  const where = describe(part, year);
  if (cited.section && cited.via === 'misspelling') {
    return {
      message: `"${span.text}" is a misspelling of "${cited.section.name}" (${where}).`,
      start: span.start,
      end: span.end,
      fixes: [{ title: `Change to "${cited.section.name}"`, edits: [{ start: span.start, end: span.end, newText: cited.section.name }], safe: true, preferred: true }],
    };
  }
  if (cited.section) return undefined;
  if (cited.nonMtus) {
    return {
      message:
        `"${span.text}" is not a topic of the MTUS ${where}; it comes from ODG. ` +
        'Cite it as a Non-MTUS citation (ODG) with the statement that the decision was not based on the MTUS.',
      start: span.start,
      end: span.end,
    };
  }
  if (cited.numberOnly) {
    return {
      message: `"${span.text}" is not a section of ${where}; it looks like a page number. Name the section instead (e.g. "${part.sections[0]?.name ?? 'Special Studies'}").`,
      start: span.start,
      end: span.end,
    };
  }
  if (nearest) {
    return {
      message: `"${span.text}" is not a section of ${where}; did you mean "${nearest.text}"?`,
      start: span.start,
      end: span.end,
      fixes: [{ title: `Change to "${nearest.text}"`, edits: [{ start: span.start, end: span.end, newText: nearest.text }], safe: false, preferred: true }],
    };
  }
  if (!part.sectionsComplete) return undefined;
  const known = part.sections.slice(0, 6).map((s) => s.name);
  return {
    message: part.numberedSections
      ? `"${span.text}" is not a numbered section of ${where} (sections run from ${part.sections[0]?.number} to ${part.sections[part.sections.length - 1]?.number}).`
      : `"${span.text}" is not a section of ${where}. Its sections include ${known.join(', ')}.`,
    start: span.start,
    end: span.end,
  };
}

export const citationUnknownTopic: Rule = {
  id: 'citation-unknown-topic',
  defaultSeverity: 'warning',
  description: 'A citation names a section or topic the cited MTUS part does not have.',
  check({ letter, catalog, report }) {
    for (const cited of citedParts(letter, catalog)) {
      const part = cited.part;
      if (!part) continue;
      for (const section of cited.sections) {
        const nearest = !section.section && !section.nonMtus && !section.numberOnly ? catalog.nearestSection(part, section.span.text) : undefined;
        const finding = reportSection(part, cited.year?.value, section, nearest);
        if (finding) report(finding);
      }
    }
  },
};

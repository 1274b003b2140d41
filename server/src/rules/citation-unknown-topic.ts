// Sections and topics the cited MTUS part does not have. Misspellings the catalog knows ("Inital
// Care") and near misses get a fix; an unlisted name is reported, with the nearest known topics, for
// parts whose section list is complete. A section of one other part is citation-wrong-part's.
import { type CitedSection } from '../citations';
import type { PartEntry, SectionEntry } from '../catalog';
import type { Report, Rule } from './types';

function describe(part: PartEntry, year: string | undefined): string {
  return year ? `${part.label} ${year}` : part.label;
}

function reportSection(
  part: PartEntry,
  year: string | undefined,
  cited: CitedSection,
  nearest: { text: string } | undefined,
  elsewhere: readonly PartEntry[],
  closestSections: readonly SectionEntry[],
): Report | undefined {
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
      message: `"${span.text}" is not a section of ${where}; it looks like a page number. Name the section instead: ${year && year !== '2009' ? `the ${year} edition is cited by section, not page` : 'sections are cited by name'}.`,
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
  if (elsewhere.length > 1) {
    return {
      message: `"${span.text}" is not a section of ${where}; ${elsewhere.map((p) => p.label).join(', ')} have a section of that name.`,
      start: span.start,
      end: span.end,
    };
  }
  if (!part.sectionsComplete) return undefined;
  const closest = closestSections.map((s) => `"${s.name}"`);
  return {
    message: part.numberedSections
      ? `"${span.text}" is not a numbered section of ${where} (sections run from ${part.sections[0]?.number} to ${part.sections[part.sections.length - 1]?.number}).`
      : closest.length === 0
        ? `"${span.text}" is not a section of ${where}.`
        : `"${span.text}" is not a section of ${where}. The nearest known ${closest.length === 1 ? 'one is' : 'are'} ${closest.join(', ')}.`,
    start: span.start,
    end: span.end,
  };
}

export const citationUnknownTopic: Rule = {
  id: 'citation-unknown-topic',
  defaultSeverity: 'warning',
  description: 'A citation names a section or topic the cited MTUS part does not have.',
  check({ catalog, facts, report }) {
    for (const cited of facts.citedParts()) {
      const part = cited.part;
      if (!part) continue;
      for (const section of cited.sections) {
        // "[ADD SECTION]", "<<topic>>", "{section}": a blank left to fill in is the placeholder rule's finding.
        if (/^[[{<]/.test(section.span.text)) continue;
        const unknown = !section.section && !section.nonMtus && !section.numberOnly;
        const elsewhere = unknown ? [...new Set(catalog.partsWithSection(section.span.text, part).map((e) => e.part))] : [];
        // A section of exactly one other part is citation-wrong-part's finding.
        if (elsewhere.length === 1) continue;
        const nearest = unknown ? catalog.nearestSection(part, section.span.text) : undefined;
        const closest = unknown && !nearest && part.sectionsComplete && elsewhere.length === 0 ? catalog.closestSections(part, section.span.text, 3) : [];
        const finding = reportSection(part, cited.year?.value, section, nearest, elsewhere, closest);
        // A name the catalog lacks may still be right: the reviewer can add it to the workspace's catalog.
        const addable = finding && unknown && elsewhere.length === 0 && !part.numberedSections && section.span.text.length <= 120;
        if (finding) report(addable ? { ...finding, catalogAddition: { partId: part.id, partLabel: part.label, name: section.span.text.replace(/\s+/g, ' ').trim() } } : finding);
      }
    }
  },
};

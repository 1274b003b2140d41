// A section the catalog knows, cited under a part that does not have it: an Opioid Treatment 2016 numbered
// section under Chronic Pain, "Opioids for chronic pain" under Low Back Complaints. The fix moves the section
// to its own part: the part label is replaced when the section is the only one cited, otherwise the section
// leaves the list and a clause for its part is added after it.
// And a part that does not speak to the item at all (catalog/scopes.ts): an epidural steroid injection cited
// to Acupuncture Treatment 2007, a urine drug screen to Neck and Upper Back Complaints. The fixes put the
// item's likeliest citations in the field's place when the part is all the field cites.
import { effectiveYear, type CitedSection, type PartCitation } from '../citations';
import type { Catalog, PartEntry } from '../catalog';
import { itemContextOf } from '../catalog/evidence-letters';
import { hasNarrowScope, scopeMismatch, type TreatmentKinds } from '../catalog/scopes';
import { suggestCitations } from '../catalog/suggest';
import type { Item } from '../letter/model';
import type { Fix, OffsetEdit, Rule, RuleContext } from './types';

/** The year to print for `part`: the cited year when the part has it, else its latest. */
function yearFor(part: PartEntry, cited: string | undefined): string {
  return cited && part.years.includes(cited) ? cited : part.years[part.years.length - 1] ?? '';
}

function labelWithYear(part: PartEntry, year: string): string {
  return year ? `${part.label} ${year}` : part.label;
}

/** The edits removing `section` from its list: with the separator before it, or after it when it is first. */
function removal(citation: PartCitation, index: number): OffsetEdit {
  const section = citation.sections[index].span;
  if (index > 0) return { start: citation.sections[index - 1].span.end, end: section.end, newText: '' };
  const next = citation.sections[index + 1].span;
  return { start: section.start, end: next.start, newText: '' };
}

function moveFix(citation: PartCitation, index: number, to: PartEntry): Fix {
  const year = yearFor(to, effectiveYear(citation));
  const section = citation.sections[index];
  if (citation.sections.length === 1) {
    const labelEnd = citation.year?.span.end ?? citation.label.end;
    return {
      title: `Cite it under ${labelWithYear(to, year)}`,
      edits: [{ start: citation.label.start, end: labelEnd, newText: labelWithYear(to, year) }],
      safe: false,
      preferred: true,
    };
  }
  const last = citation.sections[citation.sections.length - 1].span;
  const clause = `, and ${labelWithYear(to, year)}, Section(s): ${section.span.text}`;
  // The clause goes after the list; when the moved section is the last one its removal ends there too.
  const edits: OffsetEdit[] = index === citation.sections.length - 1
    ? [{ ...removal(citation, index), newText: clause }]
    : [removal(citation, index), { start: last.end, end: last.end, newText: clause }];
  return { title: `Move it to ${labelWithYear(to, year)}`, edits, safe: false, preferred: true };
}

/** The part `section` belongs to, when it is not the cited part's and exactly one other part has it. */
export function rightPartOf(catalog: Catalog, part: PartEntry, section: CitedSection): PartEntry | undefined {
  if (section.section || section.nonMtus || section.numberOnly) return undefined;
  const elsewhere = catalog.partsWithSection(section.span.text, part);
  const parts = new Set(elsewhere.map((e) => e.part));
  return parts.size === 1 ? elsewhere[0].part : undefined;
}

function treatmentKinds(catalog: Catalog, item: Item): TreatmentKinds {
  return {
    kinds: catalog.detectItemKinds(item.itemText).map((k) => k.id),
    drugClasses: catalog.findDrugs(item.itemText).map((h) => h.drug.class),
  };
}

/** Parts that do not speak to their field's item, each reported on its label. */
function checkScopes({ letter, catalog, facts, era, report }: RuleContext): void {
  const kindsOf = new Map<Item, TreatmentKinds>();
  for (const { item, kind, parsed, unfinished } of facts.guidelineFields()) {
    if (unfinished) continue;
    for (const clause of parsed.clauses) {
      if (clause.kind !== 'mtus') continue;
      for (const citation of clause.parts) {
        if (!citation.part || !hasNarrowScope(citation.part.id)) continue;
        let kinds = kindsOf.get(item);
        if (!kinds) kindsOf.set(item, (kinds = treatmentKinds(catalog, item)));
        const covers = scopeMismatch(citation.part.id, kinds);
        if (!covers) continue;
        const cited = labelWithYear(citation.part, effectiveYear(citation) ?? '').trim();
        // The whole field is replaced only when this part is all it cites: other citations stay the reviewer's.
        // The suggestions never cite a part that does not speak to the item (suggest-rank.ts).
        const alone = parsed.clauses.length === 1 && clause.parts.length === 1 && !parsed.basis;
        const fixes: Fix[] = alone
          ? suggestCitations(item.itemText, era, kind, catalog, 3, itemContextOf(letter, item, catalog))
              .map((s) => ({ title: s.title, edits: [{ start: parsed.content.start, end: parsed.content.end, newText: s.text }], safe: false, preferred: s.preferred }))
          : [];
        report({
          message: `${cited} covers ${covers}, not '${item.itemText}'. Cite the part that speaks to this item.`,
          start: citation.label.start,
          end: citation.year?.span.end ?? citation.label.end,
          related: [{ start: item.itemSpan.start, end: item.itemSpan.end, message: `the item: ${item.itemText}` }],
          fixes,
        });
      }
    }
  }
}

export const citationWrongPart: Rule = {
  id: 'citation-wrong-part',
  defaultSeverity: 'warning',
  description: 'A citation names a section of another MTUS part than the one it cites, or a part that does not speak to the item.',
  check(context) {
    const { catalog, facts, report } = context;
    checkScopes(context);
    for (const citation of facts.citedParts()) {
      const part = citation.part;
      if (!part) continue;
      citation.sections.forEach((section, index) => {
        const right = rightPartOf(catalog, part, section);
        if (!right) return;
        const cited = labelWithYear(part, effectiveYear(citation) ?? '').trim();
        report({
          message: `"${section.span.text}" is a section of ${right.label}, not of ${cited}.`,
          start: section.span.start,
          end: section.span.end,
          related: [{ start: citation.label.start, end: citation.label.end, message: `the part cited: ${cited}` }],
          fixes: [moveFix(citation, index, right)],
        });
      });
    }
  },
};

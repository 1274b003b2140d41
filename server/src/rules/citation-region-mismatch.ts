// An item that names a body region ("MRI of the lumbar spine") or a whole limb ("EMG/NCV bilateral lower
// extremities") whose guideline fields cite body-region chapters, none of which covers it (only Neck and
// Upper Back Complaints), or the body-region sections of Postsurgical Treatment ("Knee" for shoulder
// surgery). Chapters that apply to any region (Chronic Pain, General Approaches, ODG Pain) are never
// compared, and an item naming two regions is satisfied by either.
import { type PartCitation } from '../citations';
import { limbsNamed, regionsNamed, regionsOfOdgChapter, regionsOfPart, regionsOfSection, type Region } from '../catalog/regions';
import type { Span } from '../letter/model';
import type { Rule } from './types';

interface RegionalCitation {
  label: Span;
  name: string;
  regions: readonly Region[];
}

const regionNames: Record<Region, string> = {
  neck: 'neck', thoracic: 'thoracic spine', lumbar: 'low back', shoulder: 'shoulder', elbow: 'elbow',
  'wrist-hand': 'wrist or hand', hip: 'hip', knee: 'knee', 'ankle-foot': 'ankle or foot', head: 'head',
};

/**
 * The body-region citations of a part: the part itself when it is a body-region chapter, else each of its
 * sections that is a body region (Postsurgical Treatment 2009, Section(s): Knee).
 */
function partCitations(part: PartCitation): RegionalCitation[] {
  const entry = part.part;
  if (!entry) return [];
  const regions = regionsOfPart(entry.id);
  if (regions.length > 0) return [{ label: part.label, name: entry.label, regions }];
  const bySection: RegionalCitation[] = [];
  for (const section of part.sections) {
    if (!section.section) continue;
    const covered = regionsOfSection(entry.id, section.section.name);
    if (covered.length > 0) bySection.push({ label: section.span, name: `${entry.label}, ${section.section.name}`, regions: covered });
  }
  return bySection;
}

export const citationRegionMismatch: Rule = {
  id: 'citation-region-mismatch',
  defaultSeverity: 'warning',
  description: "A guideline field cites only body-region chapters that do not cover the item's body region.",
  check({ facts, report }) {
    // Each field is judged on its own: the reviewer's citation to another region is a slip even when the
    // Claims Administrator's field cites the right chapter.
    const byField = new Map<number, { itemText: string; heading: Span; cited: RegionalCitation[] }>();
    for (const { item, field, parsed, unfinished } of facts.guidelineFields()) {
      if (unfinished) continue;
      const entry = byField.get(field.label.start) ?? { itemText: item.itemText, heading: item.itemSpan, cited: [] };
      byField.set(field.label.start, entry);
      for (const clause of parsed.clauses) {
        if (clause.kind === 'mtus') {
          for (const part of clause.parts) entry.cited.push(...partCitations(part));
        } else if (clause.kind === 'non-mtus' && clause.odg?.chapter) {
          const regions = regionsOfOdgChapter(clause.odg.chapter.chapter.id);
          if (regions.length > 0) entry.cited.push({ label: clause.odg.chapter.span, name: `ODG ${clause.odg.chapter.chapter.name}`, regions });
        }
      }
    }
    for (const { itemText, heading, cited } of byField.values()) {
      if (cited.length === 0) continue;
      const named = regionsNamed(itemText);
      // A whole limb ("EMG/NCV bilateral lower extremities") is satisfied by any chapter that takes it.
      const limbs = limbsNamed(itemText);
      if (named.size === 0 && limbs.length === 0) continue;
      if (cited.some((c) => c.regions.some((r) => named.has(r) || limbs.some((l) => l.regions.includes(r))))) continue;
      const regions = [...[...named].map((r) => regionNames[r]), ...limbs.map((l) => l.name)].join(' or ');
      const names = [...new Set(cited.map((c) => c.name))];
      const chapters = names.join(', ');
      const last = cited[cited.length - 1];
      report({
        message: `'${itemText}' concerns the ${regions}, but this guideline field cites only ${chapters}, which ${names.length === 1 ? 'does' : 'do'} not cover it. Cite the chapter for the ${regions}.`,
        start: last.label.start,
        end: last.label.end,
        related: [{ start: heading.start, end: heading.end, message: `the item: ${itemText}` }],
      });
    }
  },
};

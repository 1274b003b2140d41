// A guideline field must cite something or say why it does not. The fixes insert the catalog's
// citations for the item, in the letter's era, likeliest first.
import { suggestCitations } from '../catalog/suggest';
import { guidelineFields } from '../letter/citations';
import type { OffsetEdit, Rule } from './types';

function fieldLabel(kind: 'claims' | 'maximus'): string {
  return kind === 'claims' ? 'Claims Administrator guideline' : 'MAXIMUS guideline';
}

export const citationMissing: Rule = {
  id: 'citation-missing',
  defaultSeverity: 'error',
  description: 'A guideline field has neither a citation nor one of the fixed statements.',
  check({ letter, catalog, era, report }) {
    // A field written twice is item-field-duplicate's finding: only the first of each kind is judged,
    // so one mistake is reported once (and a field repeated thousands of times costs nothing here).
    const judged = new Set<string>();
    for (const { item, field, kind, parsed, unfinished } of guidelineFields(letter, catalog)) {
      if (unfinished) continue;
      const key = `${item.span.start}:${kind}`;
      if (judged.has(key)) continue;
      judged.add(key);
      // A clause that names nothing ("Decision based on MTUS." and no part) cites nothing either.
      const emptyClausesOnly = parsed.clauses.length > 0 && parsed.clauses.every((c) => (c.kind === 'mtus' ? c.parts.length === 0 : c.text === undefined));
      if (parsed.basis || (parsed.clauses.length > 0 && !emptyClausesOnly) || (parsed.clauses.length === 0 && parsed.mentionsGuideline)) continue;
      const empty = parsed.content.end <= parsed.content.start;
      // An empty field gets the text after its label; a field with other text has that text replaced.
      const spaceFollows = letter.source[field.label.end] === ' ';
      const edit = (text: string): OffsetEdit =>
        empty
          ? { start: field.label.end + (spaceFollows ? 1 : 0), end: field.label.end + (spaceFollows ? 1 : 0), newText: spaceFollows ? text : ` ${text}` }
          : { start: parsed.content.start, end: parsed.content.end, newText: text };
      const actor = kind === 'claims' ? 'The Claims Administrator' : 'The Expert Reviewer';
      const fixes = suggestCitations(item.itemText, era, kind, catalog).map((s) => ({
        title: s.title,
        edits: [edit(s.text)],
        safe: false,
        preferred: s.preferred,
      }));
      const noEvidence = `${actor} did not cite any medical evidence for its decision.`;
      fixes.push({ title: `State: "${noEvidence}"`, edits: [edit(noEvidence)], safe: false, preferred: fixes.length === 0 });
      const where = empty ? field.label : parsed.content;
      report({
        message:
          `The '${fieldLabel(kind)}' of '${item.itemText || 'this item'}' cites no guideline. ` +
          `Cite what the decision rests on ("Decision based on MTUS …"), or state "${noEvidence}"`,
        start: where.start,
        end: where.end,
        fixes,
      });
    }
  },
};

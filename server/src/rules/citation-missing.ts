// A guideline field must cite something or say why it does not. The fixes insert the citation reviewers
// most often give such an item, in the letter's era, then up to two alternatives (see catalog/suggest-rank.ts).
import { suggestCitations } from '../catalog/suggest';
import { itemContextOf } from '../catalog/evidence-letters';
import { tokenize } from '../catalog';
import type { OffsetEdit, Rule } from './types';

/** Words that name a body of guidelines, or join such names, but no part, chapter or topic of one. */
const sourceOnlyWords = new Set([
  'the', 'a', 'an', 'and', 'or', 'of', 'on', 'in', 'to', 'per', 'as', 'with', 'by', 'from', 'also', 'both', 'well', 'its', 'their',
  'decision', 'based', 'according', 'accordance', 'using', 'used', 'see',
  'mtus', 'ca', 'california', 'acoem', 'odg', 'official', 'disability', 'guideline', 'guidelines', 'guidance',
  'medical', 'treatment', 'utilization', 'schedule', 'records', 'record', 'criteria', 'recommendation', 'recommendations',
  'evidence', 'evidence-based', 'current', 'standard', 'standards', 'practice', 'applicable', 'relevant', 'appropriate',
]);

/** True when `text` is absent or names only a source of guidelines ("the MTUS and ODG"), no topic. */
function namesNothing(text: string | undefined): boolean {
  if (text === undefined) return true;
  return tokenize(text).every((t) => t.kind === 'punct' || sourceOnlyWords.has(t.norm));
}

function fieldLabel(kind: 'claims' | 'maximus'): string {
  return kind === 'claims' ? 'Claims Administrator guideline' : 'MAXIMUS guideline';
}

export const citationMissing: Rule = {
  id: 'citation-missing',
  defaultSeverity: 'error',
  description: 'A guideline field has neither a citation nor one of the fixed statements.',
  check({ letter, catalog, facts, era, report }) {
    // A field written twice is item-field-duplicate's finding: only the first of each kind is judged,
    // so one mistake is reported once (and a field repeated thousands of times costs nothing here).
    const judged = new Set<string>();
    for (const { item, field, kind, parsed, unfinished } of facts.guidelineFields()) {
      if (unfinished) continue;
      const key = `${item.span.start}:${kind}`;
      if (judged.has(key)) continue;
      judged.add(key);
      // A clause that names a source but nothing in it ("Decision based on MTUS.", "Decision based on the
      // MTUS guidelines.", "Per ACOEM and the MTUS.") cites nothing either.
      const emptyClausesOnly = parsed.clauses.length > 0 && parsed.clauses.every((c) => (c.kind === 'mtus' ? c.parts.length === 0 : namesNothing(c.text?.text)));
      const namesSomething = parsed.clauses.length === 0 ? parsed.mentionsGuideline && !namesNothing(parsed.content.text) : !emptyClausesOnly;
      if (parsed.basis || namesSomething) continue;
      const empty = parsed.content.end <= parsed.content.start;
      // An empty field gets the text after its label; a field with other text has that text replaced.
      const spaceFollows = letter.source[field.label.end] === ' ';
      const edit = (text: string): OffsetEdit =>
        empty
          ? { start: field.label.end + (spaceFollows ? 1 : 0), end: field.label.end + (spaceFollows ? 1 : 0), newText: spaceFollows ? text : ` ${text}` }
          : { start: parsed.content.start, end: parsed.content.end, newText: text };
      const actor = kind === 'claims' ? 'The Claims Administrator' : 'The Expert Reviewer';
      // The Claims Administrator's own citations may break a tie for the reviewer's field, never for its own.
      const context = itemContextOf(letter, item, catalog, facts.guidelineFields());
      if (kind === 'claims') context.claimsCites = [];
      const fixes = suggestCitations(item.itemText, era, kind, catalog, 3, context).map((s) => ({
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

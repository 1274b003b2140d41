// A field that says the decision was not based on the MTUS (or that no evidence was cited) must not
// then cite the MTUS, and a "Non-MTUS Citation" must not name an MTUS part. The MAXIMUS field speaks for the
// rationale below it: when it says the Expert Reviewer cited no medical evidence, the rationale must not rest
// on a guideline ("Per ODG, …", "The MTUS states …").
import { findGuidelineReliance, type NonMtusClause } from '../citations';
import { tokenize, type Catalog } from '../catalog';
import { itemContextOf } from '../catalog/evidence-letters';
import { suggestCitations } from '../catalog/suggest';
import type { Fix, Rule } from './types';

/** MTUS parts of 2004-2016 (the ACOEM-based chapters of 2017+ were not MTUS when letters cited them as Non-MTUS). */
const mtusFamilies = new Set(['acoem-2004', 'mtus-2007', 'mtus-2009', 'mtus-2016']);

/** Where a Non-MTUS citation names the MTUS: the word "MTUS", or an MTUS part label with one of its years. */
function mtusNamedIn(clause: NonMtusClause, source: string, catalog: Catalog): { start: number; end: number } | undefined {
  if (!clause.text) return undefined;
  const tokens = tokenize(source, clause.text.start, clause.text.end);
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].norm === 'mtus') return { start: tokens[i].start, end: tokens[i].end };
    const label = catalog.matchPartLabel(tokens, i);
    if (!label || !mtusFamilies.has(label.value.part.family)) continue;
    let k = label.endIndex;
    if (tokens[k]?.norm === 'guidelines') k++;
    const year = tokens[k];
    if (year && year.kind === 'number' && label.value.part.years.includes(year.norm)) return { start: tokens[i].start, end: year.end };
  }
  return undefined;
}

/** Deletes [start, end) and the whitespace after it. */
function removal(source: string, start: number, end: number, title: string): Fix {
  let stop = end;
  while (stop < source.length && (source[stop] === ' ' || source[stop] === '\t')) stop++;
  return { title, edits: [{ start, end: stop, newText: '' }], safe: false };
}

export const citationBasisConflict: Rule = {
  id: 'citation-basis-conflict',
  defaultSeverity: 'error',
  description: 'A field says the decision was not based on the MTUS (or cites "Non-MTUS") and then cites an MTUS part, or says no evidence was cited while the rationale rests on a guideline.',
  check({ letter, catalog, facts, era, report }) {
    const source = letter.source;
    for (const { item, kind, parsed, unfinished } of facts.guidelineFields()) {
      const basis = parsed.basis;
      // Only the reviewer's own field: the Claims Administrator citing nothing says nothing of the rationale.
      if (kind === 'maximus' && basis?.kind === 'no-evidence' && parsed.clauses.length === 0 && !unfinished) {
        const rationale = item.fields.find((f) => f.kind === 'rationale');
        const reliance = rationale ? findGuidelineReliance(source, rationale.content) : undefined;
        if (reliance) {
          // The fixes put the item's likeliest citations in the statement's place (as citation-missing does).
          const fixes: Fix[] = suggestCitations(item.itemText, era, 'maximus', catalog, 3, itemContextOf(letter, item, catalog)).map((s) => ({
            title: s.title,
            edits: [{ start: parsed.content.start, end: parsed.content.end, newText: s.text }],
            safe: false,
            preferred: s.preferred,
          }));
          report({
            message: `The field states that the Expert Reviewer cited no medical evidence, but the rationale rests on a guideline ("${reliance.text.replace(/\s+/g, ' ')}"). Cite that guideline here, or keep the statement and decide without it.`,
            start: basis.span.start,
            end: basis.span.end,
            severity: 'warning',
            related: [{ start: reliance.start, end: reliance.end, message: 'Where the rationale rests on a guideline' }],
            fixes,
          });
        }
      }
      for (const clause of parsed.clauses) {
        if (clause.kind === 'non-mtus') {
          const named = mtusNamedIn(clause, source, catalog);
          if (named) {
            report({
              message: `A Non-MTUS citation names the MTUS ("${source.slice(named.start, named.end)}"). Cite MTUS parts in a "Decision based on MTUS" clause, and only guidelines outside the MTUS here.`,
              ...named,
            });
          }
          if (basis?.kind === 'no-evidence') {
            report({
              message: 'The field states that no medical evidence was cited, then cites a guideline. Keep the statement or the citation, not both.',
              start: clause.span.start,
              end: clause.span.end,
              related: [{ start: basis.span.start, end: basis.span.end, message: 'The statement that no evidence was cited' }],
              fixes: [removal(source, basis.span.start, basis.span.end, 'Remove the statement'), removal(source, clause.span.start, clause.span.end, 'Remove the citation')],
            });
          }
          continue;
        }
        if (clause.kind !== 'mtus' || !basis) continue;
        const statement =
          basis.kind === 'no-evidence'
            ? 'states that no medical evidence was cited'
            : basis.kind === 'outside-mtus'
              ? 'says the decision rests on recommendations outside of the MTUS'
              : 'says the decision was not based on the MTUS';
        const end = clause.parts[0]?.span.end ?? clause.lead.end;
        report({
          message: `The field ${statement}, then cites the MTUS. Remove the statement, or cite the MTUS part as what the decision rests on.`,
          start: clause.lead.start,
          end,
          related: [{ start: basis.span.start, end: basis.span.end, message: 'The basis statement' }],
          fixes: [removal(source, basis.span.start, basis.span.end, 'Remove the basis statement'), removal(source, clause.span.start, clause.span.end, 'Remove the MTUS citation')],
        });
      }
    }
  },
};

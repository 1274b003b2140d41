// A guideline field read whole: its basis statement and its clauses, in the order written. Works on
// word tokens, so line wraps, runs of spaces, ® marks and "Non- MTUS" do not matter.
import type { Catalog } from '../catalog';
import { tokenize } from '../text/tokens';
import type { Span } from '../letter/model';
import type { GuidelineField } from './model';
import { tokensSpan, trimEnd } from './tokens';
import { findBasis } from './basis';
import { findLeads } from './leads';
import { readMtusClause } from './mtus-clause';
import { readNonMtusClause } from './non-mtus-clause';

// ---- the field -------------------------------------------------------------------------------

const guidelineWords = new Set(['mtus', 'odg', 'acoem', 'guideline', 'guidelines', 'nonmtus']);

/** Parses the guideline field whose content (after the label's colon) is `content`. */
export function parseGuidelineField(source: string, content: Span, catalog: Catalog): GuidelineField {
  const tokens = tokenize(source, content.start, content.end);
  const field: GuidelineField = {
    content,
    clauses: [],
    unparsed: [],
    mentionsGuideline: tokens.some((t) => guidelineWords.has(t.norm)),
  };
  if (tokens.length === 0) return field;
  const leads = findLeads(tokens);
  const firstLead = leads.length > 0 ? leads[0].start : tokens.length;
  if (firstLead > 0) {
    field.basis = findBasis(source, tokens, 0, firstLead);
    if (!field.basis) field.unparsed.push(tokensSpan(source, tokens, 0, firstLead));
  }
  leads.forEach((lead, n) => {
    const limit = n + 1 < leads.length ? leads[n + 1].start : tokens.length;
    if (lead.kind === 'mtus') field.clauses.push(readMtusClause(source, tokens, catalog, lead, limit));
    else if (lead.kind === 'non-mtus') field.clauses.push(readNonMtusClause(source, tokens, catalog, lead, limit));
    else {
      const end = trimEnd(tokens, lead.start, limit);
      const textEnd = trimEnd(tokens, lead.end, limit);
      field.clauses.push({
        kind: 'other',
        lead: tokensSpan(source, tokens, lead.start, lead.end),
        text: textEnd > lead.end ? tokensSpan(source, tokens, lead.end, textEnd) : undefined,
        span: tokensSpan(source, tokens, lead.start, Math.max(end, lead.end)),
      });
    }
  });
  return field;
}

// Where each citation clause of a field begins: "Decision based on MTUS …", "Non-MTUS Citation …".
import type { Token } from '../catalog';
import type { CitationClause } from './model';
import { isPunct, isWord, matchWords } from './tokens';
import { decisionBasedOn } from './basis';

// ---- clause leads ----------------------------------------------------------------------------

export interface Lead {
  kind: CitationClause['kind'];
  /** Token index of "Decision". */
  start: number;
  /** Token index just past the lead ("MTUS", "Citation"). */
  end: number;
  markerStart?: number;
  markerEnd?: number;
}

/** Reads "Non-MTUS" in any of its printed forms at `i`: Non-MTUS, Non- MTUS, NonMTUS, Non MTUS. */
function nonMtusAt(tokens: readonly Token[], i: number, limit: number): number {
  if (isWord(tokens, i, 'nonmtus', 'non-mtus')) return i + 1;
  if (isWord(tokens, i, 'non')) {
    let k = i + 1;
    if (isPunct(tokens, k, '-')) k++;
    if (k < limit && isWord(tokens, k, 'mtus')) return k + 1;
  }
  return -1;
}

export function findLeads(tokens: readonly Token[]): Lead[] {
  const leads: Lead[] = [];
  const n = tokens.length;
  for (let i = 0; i < n; i++) {
    if (!isWord(tokens, i, 'decision')) continue;
    const after = matchWords(tokens, i, decisionBasedOn, n);
    if (after < 0) continue;
    const nonEnd = nonMtusAt(tokens, after, n);
    if (nonEnd > 0) {
      const end = isWord(tokens, nonEnd, 'citation', 'citations') ? nonEnd + 1 : nonEnd;
      leads.push({ kind: 'non-mtus', start: i, end, markerStart: after, markerEnd: nonEnd });
      i = end - 1;
    } else if (isWord(tokens, after, 'mtus')) {
      leads.push({ kind: 'mtus', start: i, end: after + 1 });
      i = after;
    } else {
      leads.push({ kind: 'other', start: i, end: after });
      i = after - 1;
    }
  }
  return leads;
}
